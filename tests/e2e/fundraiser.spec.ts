import { expect, expectAccessible, test } from "./fixtures";

test.use({ signedInAs: "fundraiser" });

const kroner = (s: string) => Number(s.replace(/\D/g, ""));

test("a fundraiser finds the brobyggerindsats at the top of /funding, records a three-year application, and sees pipeline and gap change", async ({
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
  // The stage table: each stage's applications (count) and amount.
  const stages = page.locator('section[aria-labelledby="pipeline-heading"] table').first();
  const appliedRow = () => stages.locator("tr", { has: page.locator(".stage-applied") });
  const appliedBefore = {
    count: await appliedRow().locator("td").first().innerText(),
    amount: await appliedRow().locator("td").last().innerText(),
  };

  await top.getByRole("link", { name: "Brobyggerindsats" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Brobyggerindsats" })).toBeVisible();
  await page.getByRole("link", { name: "Tilføj finansiering" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Tilføj finansiering" })).toBeVisible();
  await expectAccessible(page);

  // One application over three years. A typing error first: decimals are refused beside their year, and
  // what was typed stays.
  await page.getByLabel("Kilde").selectOption({ label: "Bikubenfonden" });
  await page.getByLabel("Stadie").selectOption("applied");
  await page.getByLabel("Ansøgningsfrist").fill("2026-05-10");
  await page.getByLabel("Forventet svar").fill("2026-09-30");
  await page.getByLabel("2026", { exact: true }).fill("800.000");
  await page.getByLabel("2027", { exact: true }).fill("600.000,50");
  await page.getByLabel("2028", { exact: true }).fill("400 000");
  await page.getByRole("button", { name: "Tilføj finansiering" }).click();
  await expect(page.getByText("Beløbet skal være i hele kroner, uden øre.").first()).toBeVisible();
  await expect(page.getByLabel("2027", { exact: true })).toHaveValue("600.000,50");
  await expect(page.getByLabel("2027", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("2026", { exact: true })).toHaveValue("800.000");
  await expectAccessible(page);

  await page.getByLabel("2027", { exact: true }).fill("600.000");
  await page.getByRole("button", { name: "Tilføj finansiering" }).click();
  await expect(page.getByText("Finansieringen er gemt.")).toBeVisible();
  const bikuben = page.getByRole("row", { name: /Bikubenfonden/ });
  await expect(bikuben).toHaveCount(3);
  await expect(bikuben.first()).toContainText("ansøgning 2026–2028");
  await expect(bikuben.first()).toContainText("Afventer svar, forventet 30. sep. 2026");

  // On /funding: the pipeline grows by the three years, the stage table by one application.
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Finansiering" }).click();
  const row = page.locator("table.funding-table tbody tr", { hasText: "Brobyggerindsats" });
  await expect(row.locator("td").nth(5)).toHaveText("1.800.000\u00a0kr.");
  expect(kroner(await appliedRow().locator("td").last().innerText()) - kroner(appliedBefore.amount)).toBe(1_800_000);
  expect(kroner(await appliedRow().locator("td").first().innerText()) - kroner(appliedBefore.count)).toBe(1);
  const open = page.locator("tr", { hasText: "Bikubenfonden" }).filter({ hasText: "Brobyggerindsats" });
  await expect(open).toHaveCount(3);
  await expect(open.first()).toContainText("Afventer svar");
  await expect(open.first()).not.toContainText("Fristen er overskredet");

  // The activity page's gap ("Mangler").
  const gap = page.locator("dl.fact-list dd.num-strong").nth(2);

  // One year granted on its own: the form names the line, offers today as the decision date, and can be left.
  await row.getByRole("link", { name: "Brobyggerindsats" }).click();
  await page.getByRole("link", { name: "Ret linjen Bikubenfonden 2026" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ret: Bikubenfonden 2026" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Annuller" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Tilføj finansiering" })).toBeVisible();
  await page.getByRole("link", { name: "Ret linjen Bikubenfonden 2026" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ret: Bikubenfonden 2026" })).toBeVisible();
  await page.getByLabel("Stadie").selectOption("granted");
  await expect(page.getByLabel("Afgørelsesdato")).toHaveValue("2026-06-15");
  await page.getByRole("button", { name: "Gem finansieringslinje" }).click();
  await expect(page.getByText("Finansieringslinjen er gemt.")).toBeVisible();
  await expect(gap).toHaveText("1.600.000\u00a0kr.");

  // The whole application: the form names it, says its years now differ, and grants 2027 too while 2028 is dropped.
  await page.getByRole("link", { name: "Ret ansøgningen Bikubenfonden 2026–2028" }).first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Ret ansøgning: Bikubenfonden 2026–2028" })).toBeVisible();
  await expect(page.getByText("Ansøgningens år har ikke alle samme kilde, stadie, datoer og note.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Stadie").selectOption("granted");
  await page.getByLabel("Afgørelsesdato").fill("2026-06-12");
  await page.getByLabel("2028", { exact: true }).fill("");
  await page.getByRole("button", { name: "Gem ansøgning" }).click();
  await expect(page.getByText("Finansieringen er gemt.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Bikubenfonden/ })).toHaveCount(2);
  await expect(page.getByRole("row", { name: /Bikubenfonden/ }).first()).toContainText("12. jun. 2026");
  await page.goto("/funding");
  await expect(page.locator("table.funding-table tbody tr", { hasText: "Brobyggerindsats" }).locator("td.strong")).toHaveText(
    "1.000.000\u00a0kr.",
  );
  await expect(page.locator("tr", { hasText: "Bikubenfonden" }).filter({ hasText: "Brobyggerindsats" }).first()).toContainText(
    "12. jun. 2026",
  );

  // Withdrawn together: the gap is back where it started.
  await page.goto("/activities");
  await page.getByRole("link", { name: "Brobyggerindsats", exact: true }).click();
  await page.getByRole("link", { name: "Ret ansøgningen Bikubenfonden 2026–2027" }).first().click();
  await page.getByRole("button", { name: "Træk hele ansøgningen tilbage" }).click();
  await expect(page.getByText("Ansøgningen er trukket tilbage.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Bikubenfonden/ })).toHaveCount(0);
  await expect(gap).toHaveText("2.400.000\u00a0kr.");
});
