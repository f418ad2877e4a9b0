import path from "node:path";

import { test as base } from "@playwright/test";
import Database from "better-sqlite3";

import { TMP_DIR } from "../setup/paths";
import { expect, signInAs } from "./fixtures";

/**
 * After a client-side navigation, an unexpected server error reaches the error boundary only as a message:
 * the page must still show the request id the server logged it under. Not the shared fixture: the failing
 * request is meant to log a console error here.
 */
base("an error after a client-side navigation shows the request id of the failing request", async ({ page }) => {
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto("/login");
  await signInAs(page, "board@overblik.test");

  const db = new Database(path.join(TMP_DIR, "e2e.db"));
  db.exec("PRAGMA foreign_keys = OFF; ALTER TABLE areas RENAME TO areas_gone");
  try {
    const failing = page.waitForResponse((res) => res.url().includes("_data=routes%2Fareas._index") && res.status() === 500);
    await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Boligområder", exact: true }).click();
    const id = (await failing).headers()["x-request-id"];
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    await expect(page.getByRole("heading", { level: 1, name: "Der skete en fejl" })).toBeVisible();
    await expect(page.getByText(`Fejl-id: ${id}.`)).toBeVisible();
  } finally {
    db.exec("ALTER TABLE areas_gone RENAME TO areas");
    db.close();
  }
  expect(pageErrors).toEqual([]);
});

/**
 * When the root loader itself fails, its error page has no root data to take a language from: the server
 * writes it in Danish (lang="da"), and the browser must load the Danish messages to hydrate it, even for a
 * reader who chose English (decision 017).
 */
base("an error page without the root's data is Danish in the browser too, for a reader who chose English", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    // The failing document itself is the one console error expected here.
    if (message.type() === "error" && !/status of 500\b/.test(message.text())) problems.push(message.text());
  });
  const catalogues: string[] = [];
  page.on("request", (request) => {
    const lang = /\/catalogue-(da|en)-\w+\.js$/.exec(new URL(request.url()).pathname)?.[1];
    if (lang) catalogues.push(lang);
  });
  await page.goto("/login");
  await signInAs(page, "board@overblik.test");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The root loader looks up the signed-in session: without its table, the root has no data.
  const db = new Database(path.join(TMP_DIR, "e2e.db"));
  db.exec("ALTER TABLE sessions RENAME TO sessions_gone");
  try {
    catalogues.length = 0;
    const res = await page.goto("/areas");
    expect(res?.status()).toBe(500);
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await expect(page.getByRole("heading", { level: 1, name: "Der skete en fejl" })).toBeVisible();
    // Hydrated: React has taken over the page's last element (the footer's link).
    await page.waitForFunction(() => Object.keys(document.querySelector("footer a") ?? {}).some((key) => key.startsWith("__reactFiber")));
    expect(catalogues).toEqual(["da"]);
    await expect(page.getByRole("button", { name: "English" })).toBeVisible();
  } finally {
    db.exec("ALTER TABLE sessions_gone RENAME TO sessions");
    db.close();
  }
  expect(problems).toEqual([]);
});
