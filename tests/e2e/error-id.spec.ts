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
