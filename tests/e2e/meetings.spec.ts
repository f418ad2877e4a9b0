import path from "node:path";

import { expect, expectAccessible, test } from "./fixtures";

const SHOTS = path.join(import.meta.dirname, "../../test-results/screenshots");

/** A4 portrait less the print margins (16 mm each side), in CSS pixels: what a printed line can hold. */
const A4_PRINT_WIDTH_PX = Math.floor(((210 - 2 * 16) / 25.4) * 96);

test.use({ signedInAs: "board" });

test("a board member goes from the brobyggerindsats to the April 2020 discussion, sees the open follow-up, and prints the meeting's pack", async ({
  page,
}) => {
  await page.goto("/activities?q=Brobygger");
  await page.getByRole("link", { name: "Brobyggerindsats", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Brobyggerindsats" })).toBeVisible();

  // One click from the activity to the discussion that started it.
  const meetings = page.getByRole("region", { name: "Behandlet på møder" });
  await expect(meetings.getByText("Bestyrelsen, 22. apr. 2020: punkt 3, drøftelsespunkt")).toBeVisible();
  await meetings.getByRole("link", { name: "Punkt 3. Mulig brobyggerindsats" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+#item-\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bestyrelsesmøde i Vollsmose Sekretariatet, april 2020" })).toBeVisible();
  await expect(page.getByText("Datoen er omtrentlig: Referatet angiver ingen dato; mødet lå mellem 20. og 28. april 2020")).toBeVisible();

  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Punkt 3. Mulig brobyggerindsats" }) });
  await expect(item.getByText("Drøftelsespunkt")).toBeVisible();
  await expect(item.getByText("bestyrelsen er positiv over for indsatsen", { exact: false })).toBeVisible();
  const followUp = item.getByRole("listitem").filter({ hasText: "Undersøg mulighederne for ekstern finansiering af brobyggerindsatsen" });
  await expect(followUp).toContainText("Sofie Lund (demo)");
  await expect(followUp).toContainText("Frist overskredet");
  // The board reads; it cannot mark someone else's follow-up done.
  await expect(followUp.getByRole("button")).toHaveCount(0);
  await expectAccessible(page);

  // From the meeting, one click reaches each linked activity.
  await expect(item.getByRole("link", { name: "Brobyggerindsats" })).toHaveAttribute("href", /^\/activities\/\d+$/);

  // The meeting's board pack, on A4 paper.
  await page.getByRole("link", { name: "Bestyrelsespakke til mødet" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Bestyrelsespakke: Bestyrelsesmøde i Vollsmose Sekretariatet, april 2020" }),
  ).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: /Brobyggerindsats/ })).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize({ width: A4_PRINT_WIDTH_PX, height: 1100 });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Udskriv" })).toBeHidden();
  const overflow = await page.evaluate(() => {
    const wide = [...document.querySelectorAll("table, p, li, h1, h2")].filter((el) => el.scrollWidth > el.clientWidth + 1);
    return { page: document.documentElement.scrollWidth, wide: wide.map((el) => el.tagName + ":" + (el.textContent ?? "").slice(0, 40)) };
  });
  expect(overflow.wide).toEqual([]);
  expect(overflow.page).toBeLessThanOrEqual(A4_PRINT_WIDTH_PX);
  await page.screenshot({ path: path.join(SHOTS, "meeting-pack-print.png"), fullPage: true });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test("the general board pack, set to a meeting date and a plan, fits A4 too", async ({ page }) => {
  await page.goto("/board-pack");
  await page.getByLabel("Mødedato").fill("2026-06-15");
  await page.getByLabel("Helhedsplan").selectOption("vollsmose-current");
  await page.getByRole("button", { name: "Vis pakken" }).click();
  await expect(page).toHaveURL(/date=2026-06-15/);
  await expect(page.getByText("Til bestyrelsesmødet den 15. juni 2026")).toBeVisible();
  await expect(page.getByText(/Ændringer siden forrige bestyrelsesmøde/)).toBeVisible();
  await page.setViewportSize({ width: A4_PRINT_WIDTH_PX, height: 1100 });
  await page.emulateMedia({ media: "print" });
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll(".board-pack table")]
      .filter((el) => !el.closest(".pack-landscape") && el.scrollWidth > el.clientWidth + 1)
      .map((el) => (el.textContent ?? "").slice(0, 40)),
  );
  expect(wide).toEqual([]);
});
