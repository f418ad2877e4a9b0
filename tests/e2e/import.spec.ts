import fs from "node:fs";

import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

import { expect, expectAccessible, test } from "./fixtures";

/**
 * Importing from a spreadsheet (issue 11): an administrator fills in the template with one bad row, is told
 * the row and column, fixes it, imports, and finds the activities in the list.
 */
test.describe("as an administrator", () => {
  test.use({ signedInAs: "admin" });

  test("imports the template with one bad row, sees the row named, fixes it, imports, and finds the activities", async ({
    page,
  }, testInfo) => {
    await page.goto("/activities");
    await page.getByRole("link", { name: "Importér fra regneark" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Importér fra regneark" })).toBeVisible();
    await expectAccessible(page);

    // The Danish CSV template: its header and example row, filled in with three activities, one of them bad.
    const download = page.waitForEvent("download");
    await page.getByRole("listitem").filter({ hasText: "Aktiviteter" }).getByRole("link", { name: "CSV, dansk" }).click();
    const template = fs.readFileSync(await (await download).path(), "utf8");
    const [header, example] = parse(template, { bom: true }) as string[][];
    expect(header).toContain("titel");
    const titleAt = (header ?? []).indexOf("titel");
    const budgetAt = (header ?? []).indexOf("budget_kr");
    const run = Date.now().toString(36);
    const row = (title: string, budget: string) =>
      (example ?? []).map((cell, i) => (i === titleAt ? title : i === budgetAt ? budget : cell));
    const titles = [`Lektiecafé ${run}`, `Forældrekursus ${run}`, `Sommerlejr ${run}`];
    const write = (budget: string) => {
      const file = testInfo.outputPath("aktiviteter.csv");
      fs.writeFileSync(
        file,
        stringify([header ?? [], row(titles[0] ?? "", "250.000"), row(titles[1] ?? "", budget), row(titles[2] ?? "", "1 000 000")]),
      );
      return file;
    };

    await page.getByLabel("Aktiviteter").check();
    await page.getByLabel("Fil", { exact: true }).setInputFiles(write("12,5"));
    await page.getByRole("button", { name: "Vis hvad der vil ske" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Filen har 1 fejl" })).toBeVisible();
    const errors = page.getByRole("region", { name: "Fejl" });
    await expect(errors.getByRole("row").nth(1)).toContainText("Række 3");
    await expect(errors.getByRole("row").nth(1)).toContainText("Budget (kr.)");
    await expect(page.getByRole("button", { name: "Bekræft og importér" })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel("Fil", { exact: true }).setInputFiles(write("12.500"));
    await page.getByRole("button", { name: "Vis hvad der vil ske" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /Det vil ske, når du importerer/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Ændringer" })).toContainText(titles[1] ?? "");
    await page.getByRole("button", { name: "Bekræft og importér" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Importen er gemt" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Se aktiviteterne i listen" }).click();
    await page.getByLabel("Søg", { exact: false }).first().fill(run);
    await page.getByRole("button", { name: "Vis aktiviteter" }).click();
    for (const title of titles) await expect(page.getByRole("link", { name: title })).toBeVisible();
  });
});
