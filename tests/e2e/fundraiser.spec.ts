import { expect, expectAccessible, test } from "./fixtures";

test.use({ signedInAs: "fundraiser" });

test("a fundraiser finds the brobyggerindsats at the top of /funding, records an application, and sees pipeline and gap change", async ({
  page,
}) => {
  await page.goto("/funding");
  await expect(page.getByRole("heading", { level: 1, name: "Finansiering og fundraising" })).toBeVisible();
  await expectAccessible(page);

  const ranked = page.locator("table.funding-table tbody tr");
  const top = ranked.first();
  await expect(top).toContainText("Brobyggerindsats");
  await expect(top).toContainText("Høj prioritet");
  await expect(top.locator("td.strong")).toHaveText("2.400.000\u00a0kr.");
  const appliedBefore = await page
    .locator("tr", { has: page.locator(".stage-applied") })
    .first()
    .locator("td")
    .last()
    .innerText();

  await top.getByRole("link", { name: "Brobyggerindsats" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Brobyggerindsats" })).toBeVisible();
  await page.getByRole("link", { name: "Tilføj finansieringslinje" }).click();
  await expectAccessible(page);

  // A typing error first: decimals are refused, the typed amount stays.
  await page.getByLabel("Kilde").selectOption({ label: "Bikubenfonden" });
  await page.getByLabel("Stadie").selectOption("applied");
  await page.getByLabel("Beløb").fill("800.000,50");
  await page.getByLabel("Ansøgningsfrist").fill("2026-07-10");
  await page.getByRole("button", { name: "Tilføj finansieringslinje" }).click();
  await expect(page.getByText("Beløbet skal være i hele kroner, uden øre.").first()).toBeVisible();
  await expect(page.getByLabel("Beløb")).toHaveValue("800.000,50");

  await page.getByLabel("Beløb").fill("800.000");
  await page.getByRole("button", { name: "Tilføj finansieringslinje" }).click();
  await expect(page.getByText("Finansieringslinjen er gemt.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Bikubenfonden" })).toBeVisible();

  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Finansiering" }).click();
  const row = page.locator("table.funding-table tbody tr", { hasText: "Brobyggerindsats" });
  await expect(row).toContainText("800.000\u00a0kr.");
  const appliedAfter = await page
    .locator("tr", { has: page.locator(".stage-applied") })
    .first()
    .locator("td")
    .last()
    .innerText();
  const kroner = (s: string) => Number(s.replace(/\D/g, ""));
  expect(kroner(appliedAfter) - kroner(appliedBefore)).toBe(800_000);
  await expect(page.locator("tr", { hasText: "Bikubenfonden" }).filter({ hasText: "Brobyggerindsats" })).toContainText("Inden for 30 dage");

  // Granted: the gap shrinks.
  await row.getByRole("link", { name: "Brobyggerindsats" }).click();
  await page.getByRole("link", { name: /Ret linjen Bikubenfonden/ }).click();
  await page.getByLabel("Stadie").selectOption("granted");
  await page.getByRole("button", { name: "Gem finansieringslinje" }).click();
  await expect(page.getByText("Finansieringslinjen er gemt.")).toBeVisible();
  await page.goto("/funding");
  await expect(page.locator("table.funding-table tbody tr", { hasText: "Brobyggerindsats" }).locator("td.strong")).toHaveText(
    "1.600.000\u00a0kr.",
  );
});
