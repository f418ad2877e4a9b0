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
  test.use({ signedInAs: "board" });

  test("the browser fetches its page's language only, once, and renders in it after switching language", async ({ page }) => {
    const catalogues: string[] = [];
    page.on("request", (request) => {
      const lang = /\/catalogue-(da|en)-\w+\.js$/.exec(new URL(request.url()).pathname)?.[1];
      if (lang) catalogues.push(lang);
    });
    /** A client-side navigation (it fetches the route's data, not a document), so the browser's own messages render the page. */
    const navigate = async (link: string, route: string, heading: string) => {
      const data = page.waitForResponse((res) => res.url().includes(`_data=${encodeURIComponent(route)}`));
      await page
        .getByRole("navigation", { name: /^(Hovedmenu|Main menu)$/ })
        .getByRole("link", { name: link, exact: true })
        .click();
      await data;
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    };

    await page.goto("/areas");
    await navigate("Aktiviteter", "routes/activities._index", "Aktiviteter");
    // The preloaded chunk is the one entry.client.tsx imports: one request, not two.
    expect(catalogues).toEqual(["da"]);

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();
    await navigate("Housing areas", "routes/areas._index", "Housing areas");
    await expect(page.getByRole("button", { name: "Dansk" })).toBeVisible();
    expect(catalogues).toEqual(["da", "en"]);

    await page.getByRole("button", { name: "Dansk" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await navigate("Finansiering", "routes/funding._index", "Finansiering og fundraising");
    expect(catalogues).toEqual(["da", "en", "da"]);
  });
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
