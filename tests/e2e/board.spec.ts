import path from "node:path";

import { expect, expectAccessible, test } from "./fixtures";

const SHOTS = path.join(import.meta.dirname, "../../test-results/screenshots");

test.use({ signedInAs: "board" });

test("a board member compares Vollsmose with Korsløkken on employment per resident, and prints a board pack", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Strategisk overblik" })).toBeVisible();
  // The charts draw after hydration, beside their tables, each when it is scrolled into view (decision 016).
  await page.locator(".chart-canvas").first().scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  // Legends: text in the body colour (the series' colour only in its marker), one marker per entry.
  const legend = page.locator(".chart-legend").first();
  await expect(legend).toBeVisible();
  const bodyColour = await page.evaluate(() => getComputedStyle(document.body).color);
  for (const item of await legend.locator("li").all()) {
    expect(await item.evaluate((el) => getComputedStyle(el).color)).toBe(bodyColour);
    await expect(item.locator("svg")).toHaveCount(1);
  }
  await expectAccessible(page);
  for (const canvas of await page.locator(".chart-canvas").all()) await canvas.scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface")).toHaveCount(await page.locator(".chart-canvas").count());
  await page.screenshot({ path: path.join(SHOTS, "dashboard.png"), fullPage: true });

  // Click 1: per 1,000 residents.
  await page.getByRole("link", { name: "Vis pr. 1.000 beboere" }).click();
  await expect(page).toHaveURL(/per=1000/);
  await expect(page.getByText("Pr. 1.000 beboere. Et område uden kendt beboertal vises med —.").first()).toBeVisible();

  // Click 2: Vollsmose and Korsløkken side by side.
  await page.getByRole("link", { name: "Vollsmose og Korsløkken" }).click();
  await expect(page).toHaveURL(/\/compare\?areas=vollsmose,korsloekken&per=1000/);
  await expect(page.getByRole("heading", { name: "Sammenlign boligområder pr. 1.000 beboere" })).toBeVisible();
  const employment = page.getByRole("row", { name: /^Beskæftigelse: aktiviteter/ });
  await expect(employment).toBeVisible();
  const cells = employment.getByRole("cell");
  await expect(cells).toHaveCount(2);
  for (const cell of await cells.all()) expect(await cell.innerText()).toMatch(/^\d+,\d$|^\d+$/);
  await expectAccessible(page);

  // The board pack, as it prints.
  await page.goto("/board-pack");
  await expect(page.getByRole("heading", { level: 1, name: "Bestyrelsespakke" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toHaveCount(0);
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("Udskriv eller gem som PDF")).toBeHidden();
  await page.screenshot({ path: path.join(SHOTS, "board-pack-print.png"), fullPage: true });
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
