import path from "node:path";

import Database from "better-sqlite3";

import { TMP_DIR } from "../setup/paths";
import { expect, expectAccessible, test } from "./fixtures";

/** The activity list's rows and an activity's long history, as the board reads them (issue 16). */
test.use({ signedInAs: "board" });

test("a row of the activity list opens its activity within the app, and back", async ({ page }) => {
  await page.goto("/activities?focus=employment");
  // A document load would lose this.
  await page.evaluate(() => Object.assign(window, { stayedInTheApp: true }));
  await page.locator("table.activity-table").getByRole("link", { name: "Beskæftigelsesmentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Beskæftigelsesmentor" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayedInTheApp?: boolean }).stayedInTheApp)).toBe(true);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Aktiviteter" })).toBeVisible();
  await expect(page).toHaveURL(/focus=employment/);
});

test("a long history is shown a page at a time, newest first", async ({ page }) => {
  const TITLE = "Lokal avis og lokale medier";
  // 25 weekly reports on top of its seeded ones: more than one page of 20.
  const db = new Database(path.join(TMP_DIR, "e2e.db"));
  let id: number;
  let total: number;
  try {
    id = (db.prepare("select id from activities where title = ?").get(TITLE) as { id: number }).id;
    const insert = db.prepare(
      "insert into status_updates (activity_id, status, health, note, reported_on, reported_by) values (?, 'active', 'green', ?, ?, 'Ugerapport')",
    );
    for (let week = 0; week < 25; week++) {
      const day = new Date(Date.UTC(2025, 0, 6 + 7 * week)).toISOString().slice(0, 10);
      insert.run(id, `Uge ${week + 1}`, day);
    }
    total = (db.prepare("select count(*) as n from status_updates where activity_id = ?").get(id) as { n: number }).n;
  } finally {
    db.close();
  }

  await page.goto(`/activities/${id}`);
  const history = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Historik" }) });
  await expect(history.getByText(`Viser 20 af ${total}.`)).toBeVisible();
  await expect(history.locator(".timeline-entry")).toHaveCount(20);
  const pager = history.getByRole("navigation", { name: "Sider" });
  await expect(pager).toContainText(`Side 1 af ${Math.ceil(total / 20)}`);
  await expectAccessible(page);

  await pager.getByRole("link", { name: "Næste" }).click();
  await expect(page).toHaveURL(/\?history=2#timeline-heading$/);
  await expect(pager).toContainText(`Side 2 af ${Math.ceil(total / 20)}`);
  await expect(history.locator(".timeline-entry")).toHaveCount(Math.min(20, total - 20));
  // The oldest of the weekly reports is on the second page, the newest on the first.
  await expect(history.getByText("Uge 1", { exact: true })).toBeVisible();
  await expect(history.getByText("Uge 25", { exact: true })).toHaveCount(0);
  await expectAccessible(page);

  await pager.getByRole("link", { name: "Forrige" }).click();
  await expect(history.getByText("Uge 25", { exact: true })).toBeVisible();
});
