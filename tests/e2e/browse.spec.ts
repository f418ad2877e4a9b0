import { expect, expectAccessible, signInAs, test } from "./fixtures";

test("browse the portfolio: filter to Vollsmose and a focus area, open an activity, switch to English", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2F/);
  await expectAccessible(page);
  await signInAs(page, "board@overblik.test");
  await expect(page.getByRole("heading", { level: 1, name: "Porteføljen" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Aktiviteter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aktiviteter" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("checkbox", { name: "Vollsmose", exact: true }).check();
  await page.getByRole("checkbox", { name: "Beskæftigelse", exact: true }).check();
  await page.getByRole("button", { name: "Vis aktiviteter" }).click();
  await expect(page).toHaveURL(/area=vollsmose/);
  await expect(page).toHaveURL(/focus=employment/);

  const rows = page.locator("table.activity-table tbody tr");
  await expect(rows.filter({ hasText: "Fritidsjobrådgivning" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Beskæftigelsesmentor" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Bydelssøstre" })).toHaveCount(0);

  await page.getByRole("link", { name: "Beskæftigelsesmentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Beskæftigelsesmentor" })).toBeVisible();
  await expect(page.getByText("Formål")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Beskæftigelsesmentor" })).toBeVisible();
  await expect(page.getByText("Purpose")).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the activities" })).toBeVisible();
  await expectAccessible(page);
});

test("the list works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/activities");
  await signInAs(page, "fundraiser@overblik.test");
  await expect(page).toHaveURL(/\/activities$/);
  await page.getByRole("checkbox", { name: "Kriminalitetsforebyggelse", exact: true }).check();
  await page.getByRole("button", { name: "Vis aktiviteter" }).click();
  await expect(page).toHaveURL(/focus=crime/);
  await expect(page.getByRole("link", { name: "Nabohjælp" })).toBeVisible();
  await context.close();
});

test.describe(() => {
  test.use({ signedInAs: "managerVollsmose" });

  test("keyboard: the skip link is first and moves focus to the content", async ({ page }) => {
    await page.goto("/areas");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Gå til indhold" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
    await expectAccessible(page);
  });
});
