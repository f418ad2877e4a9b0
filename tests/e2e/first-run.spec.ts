import { spawnSync } from "node:child_process";
import path from "node:path";

import type { Page } from "@playwright/test";

import { ROOT, TMP_DIR } from "../setup/paths";
import { startServer, type TestServer } from "../setup/server";
import { buildDatabase, removeDatabase } from "../setup/template-db";
import { expect, expectAccessible, test } from "./fixtures";

/**
 * A new organisation, from an empty database (SEED=none) to its first board dashboard, with no step on the
 * server but `npm run user:create` for the first administrator (issue 10): the README's "Start a real
 * deployment", walked in the browser.
 */
let server: TestServer;
const dbFile = path.join(TMP_DIR, `first-run-${process.pid}.db`);

test.beforeAll(async () => {
  buildDatabase(dbFile, { seed: "none" });
  const created = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/user-create.ts",
      "--email",
      "leder@hojby.dk",
      "--role",
      "admin",
      "--name",
      "Første Administrator",
      "--password",
      "hojby-admin-2026",
    ],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: dbFile }, encoding: "utf8" },
  );
  expect(created.status, created.stderr).toBe(0);
  server = await startServer({ dbFile, env: { SEED: "none" } });
});

test.afterAll(async () => {
  await server?.stop();
  removeDatabase(dbFile);
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log ind" })).toBeVisible();
}

test("an empty database becomes a portfolio with a dashboard, entirely in the browser", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "leder@hojby.dk", "hojby-admin-2026");
  await page.goto(`${server.url}/`);
  const steps = page.getByRole("region", { name: "Kom i gang" });
  await expect(steps).toContainText("Porteføljen er tom");
  // A real deployment: no note about illustrative demo figures, but the accessibility statement is linked.
  await expect(page.getByText("Demodata:")).toHaveCount(0);
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" })).toBeVisible();
  await expectAccessible(page);

  // 1. The first housing area, from the first-steps link.
  await steps.getByRole("link", { name: "Opret det første boligområde" }).click();
  await page.getByLabel("Navn", { exact: true }).fill("Højby Øst");
  await page.getByLabel("Beboere").fill("2.400");
  await page.getByLabel("Boliger").fill("1.100");
  await page.getByLabel("Kategori").selectOption("prevention");
  await page.getByRole("button", { name: "Opret boligområde" }).click();
  await expect(page.getByText("Boligområdet Højby Øst er oprettet.")).toBeVisible();
  // The create form starts afresh after a save, so the same area is not made twice by a second click.
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue("");

  // 2. A plan covering it.
  await page.goto(`${server.url}/admin/plans`);
  await page.getByLabel("Navn", { exact: true }).fill("Helhedsplan Højby 2026–2029");
  await page.getByLabel("Startdato").fill("2026-01-01");
  await page.getByLabel("Slutdato").fill("2029-12-31");
  await page.getByLabel("Højby Øst").check();
  await page.getByRole("button", { name: "Opret helhedsplan" }).click();
  await expect(page.getByText("Helhedsplanen Helhedsplan Højby 2026–2029 er oprettet.")).toBeVisible();

  // 3. The first activity.
  await page.goto(`${server.url}/activities/new`);
  await page.getByLabel("Titel").fill("Lektiecafé i Højby");
  await page.getByLabel(/^Helhedsplan Højby 2026–2029/).check();
  await page.getByRole("group", { name: "Boligområder, aktiviteten kører i" }).getByLabel("Højby Øst").check();
  await page.getByLabel("Indsatsområde").selectOption({ label: "Uddannelse og livschancer" });
  await page.getByLabel("Budget i kroner").fill("500.000");
  await page.getByLabel("Startdato").fill("2026-02-01");
  await page.getByLabel("Status ved start").selectOption("planned");
  await page.getByRole("button", { name: "Opret aktiviteten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lektiecafé i Højby" })).toBeVisible();

  // 4. A programme manager for the area, and a fundraiser.
  for (const [email, name, role] of [
    ["leder.oest@hojby.dk", "Områdeleder Højby Øst", "manager"],
    ["fundraiser@hojby.dk", "Fundraiser Højby", "fundraiser"],
  ] as const) {
    await page.goto(`${server.url}/admin/users`);
    await page.getByLabel("E-mail", { exact: true }).fill(email);
    await page.getByLabel("Navn", { exact: true }).fill(name);
    await page.getByLabel("Rolle").selectOption(role);
    if (role === "manager") await page.getByRole("checkbox", { name: "Højby Øst" }).check();
    await page.getByLabel("Adgangskode").fill("et-langt-kodeord");
    await page.getByRole("button", { name: "Opret bruger" }).click();
    await expect(page.getByText(`Brugeren ${email} er oprettet.`)).toBeVisible();
  }
  await signOut(page);

  // 5. The manager reports the activity's status.
  await signIn(page, "leder.oest@hojby.dk", "et-langt-kodeord");
  await page.goto(`${server.url}/my`);
  await page.getByRole("link", { name: "Lektiecafé i Højby" }).first().click();
  await page.getByLabel("Status", { exact: true }).selectOption("active");
  await page.getByLabel("Note").fill("Første hold er startet.");
  await page.getByRole("button", { name: "Gem statusopdatering" }).click();
  await expect(page.getByText("Statusopdateringen er gemt.")).toBeVisible();
  await expect(page.locator(".activity-badges")).toContainText("Aktiv");
  await expect(page.getByLabel("Note")).toHaveValue("");
  await signOut(page);

  // 6. The fundraiser adds a source and a granted funding line.
  await signIn(page, "fundraiser@hojby.dk", "et-langt-kodeord");
  await page.goto(`${server.url}/funding/sources`);
  await expect(page.getByRole("checkbox", { name: /lokal medfinansiering/ })).toHaveCount(0);
  await page.getByLabel("Navn", { exact: true }).fill("Højby Fonden");
  await page.getByLabel("Type").selectOption("foundation");
  await page.getByRole("button", { name: /Opret kilde|Tilføj kilde/ }).click();
  await expect(page.getByText("Kilden Højby Fonden er oprettet.")).toBeVisible();
  await expect(page.getByLabel("Navn", { exact: true }).last()).toHaveValue("");
  await page.goto(`${server.url}/activities`);
  await page.getByRole("link", { name: "Lektiecafé i Højby" }).click();
  await page.getByRole("link", { name: "Tilføj finansiering" }).click();
  await page.getByLabel("Kilde").selectOption({ label: "Højby Fonden" });
  await page.getByLabel("Stadie").selectOption("granted");
  // A grant needs its decision date: the form offers today's.
  await expect(page.getByLabel("Afgørelsesdato")).not.toHaveValue("");
  await page.getByLabel("2026", { exact: true }).fill("200.000");
  await page.getByRole("button", { name: "Tilføj finansiering" }).click();
  await expect(page.getByText("Finansieringen er gemt.")).toBeVisible();
  await signOut(page);

  // 7. The dashboard shows the activity and its money.
  await signIn(page, "leder@hojby.dk", "hojby-admin-2026");
  await page.goto(`${server.url}/dashboard`);
  await expect(page.getByRole("region", { name: "Kom i gang" })).toHaveCount(0);
  const figures = page.locator(".key-figures").first();
  await expect(figures).toContainText("500.000\u00a0kr.");
  await expect(figures).toContainText("200.000\u00a0kr.");
  await expect(page.getByRole("table").filter({ hasText: "Højby Øst" }).first()).toBeVisible();
  await expectAccessible(page);
});
