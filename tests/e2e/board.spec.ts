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

  // Click 2: Vollsmose and Korsløkken side by side. A plain link (the dashboard has many), which still
  // navigates within the app: the page is not loaded afresh, so what this page set on window stays.
  await page.evaluate(() => Object.assign(window, { overblikStayed: true }));
  await page.getByRole("link", { name: "Vollsmose og Korsløkken" }).click();
  await expect(page).toHaveURL(/\/compare\?areas=vollsmose,korsloekken&per=1000/);
  expect(await page.evaluate(() => (window as unknown as { overblikStayed?: boolean }).overblikStayed)).toBe(true);
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

test("a board member compares Vollsmose with Korsløkken on the employment criterion and on jobs reached per 1,000 residents, with sources", async ({
  page,
}) => {
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Vollsmose og Korsløkken" }).click();
  await expect(page).toHaveURL(/\/compare\?areas=vollsmose,korsloekken/);

  // The employment criterion of almenboligloven § 61 a, for both areas, in the latest year with figures.
  await expect(page.getByRole("heading", { name: "Områdestatistik 2025" })).toBeVisible();
  const statistics = page.getByRole("table", { name: "Områdestatistik 2025" });
  const criterion = statistics.getByRole("row", { name: /^Uden for arbejdsmarked og uddannelse \(18–64 år\)/ });
  // Vollsmose first, as the link asked for it first.
  const [vollsmose, korsloekken, threshold] = await criterion.getByRole("cell").all();
  // Each figure with its year and its source (the demo's are illustrative and say so).
  await expect(korsloekken!).toContainText("34,1 %");
  await expect(korsloekken!).toContainText("Kriteriet er ikke opfyldt");
  await expect(korsloekken!).toContainText("Kilde: Illustrativt demotal (ikke et rigtigt tal), 2025");
  await expect(vollsmose!).toContainText("41,3 %");
  await expect(vollsmose!).toContainText("Kriteriet er opfyldt");
  await expect(vollsmose!).toContainText("Kilde: Illustrativt demotal (ikke et rigtigt tal), 2025");
  await expect(threshold!).toContainText("Opfyldt over 40 %");
  await expect(threshold!).toContainText("Almenboligloven § 61 a, stk. 1, nr. 1");

  // What the activities reached: jobs and education after a programme, per 1,000 residents, with who reports it.
  const shared = page.getByRole("table", { name: "Aktiviteternes resultater" });
  const jobs = shared.getByRole("row", { name: /^Beboere i job eller uddannelse efter forløb/ });
  const [jobsVollsmose, jobsKorsloekken] = await jobs.getByRole("cell").all();
  await expect(jobsKorsloekken!).toContainText(/\d+,\d pr\. 1\.000 beboere/);
  await expect(jobsKorsloekken!).toContainText("1 af 1 aktivitet har indberettet");
  await expect(jobsVollsmose!).toContainText(/\d+,\d pr\. 1\.000 beboere/);
  await expect(jobsVollsmose!).toContainText("2 af 2 aktiviteter har indberettet");
  await expect(page.getByText("Kilde: aktiviteternes statusopdateringer i Overblik, til og med 15. jun. 2026.")).toBeVisible();

  // An earlier year, through the form, as a person would.
  await page.getByLabel("År for områdestatistik").selectOption("2021");
  await page.getByRole("button", { name: "Sammenlign" }).click();
  await expect(page).toHaveURL(/year=2021/);
  await expect(
    page.getByRole("table", { name: "Områdestatistik 2021" }).getByRole("row", { name: /^Uden for arbejdsmarked/ }),
  ).toContainText("46,2 %");
  // The criterion's trend as a chart beside its table, after hydration, drawn when scrolled into view (decision 016).
  await page.locator(".chart-canvas").first().scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: path.join(SHOTS, "compare-outcomes.png"), fullPage: true });
});

test("the secretariat prints LBF's yearly report for the current plan and year", async ({ page }) => {
  await page.goto("/reports/lbf");
  await page.getByRole("link", { name: "Årsrapport 2026: Boligsocial helhedsplan Vollsmose 2025–2028" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Årsrapport 2026: Boligsocial helhedsplan Vollsmose 2025–2028" })).toBeVisible();
  for (const focus of ["Uddannelse og livschancer", "Beskæftigelse", "Sammenhængskraft og medborgerskab", "Kriminalitetsforebyggelse"]) {
    await expect(page.getByRole("heading", { level: 2, name: focus })).toBeVisible();
  }
  await expect(page.getByText("Beskæftigelsesindsatsen har i år nået flere beboere end sidste år.", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Hent som Excel-fil (.xlsx)" })).toBeVisible();
  // The board reads the narrative but has no form to write one.
  await expect(page.getByText("Ret fortællingen")).toHaveCount(0);
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Hent som Excel-fil (.xlsx)" })).toBeHidden();
  await page.screenshot({ path: path.join(SHOTS, "lbf-report-print.png"), fullPage: true });
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(20_000);
});
