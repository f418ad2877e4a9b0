import { expect, expectAccessible, signInAs, test } from "./fixtures";

/**
 * Every page, as an administrator (who may see them all): it hydrates without a console error (a
 * server-only import in a component, a hydration mismatch or a CSP violation would show there) and
 * has no axe-core violations.
 */
const PAGES = [
  "/",
  "/my",
  "/dashboard",
  "/dashboard?per=1000&area=vollsmose&area=korsloekken",
  "/activities",
  "/activities?flagged=1",
  "/activities/{id}",
  "/activities/{id}/updates",
  "/activities/{id}/funding",
  "/activities/{id}/flag",
  "/activities/{id}/indicators",
  "/activities/{id}/milestones",
  "/areas",
  "/areas/vollsmose",
  "/areas/oevrige-afdelinger",
  "/funding",
  "/compare?areas=vollsmose,korsloekken,ejerslykke",
  "/board-pack",
  "/admin/users",
  "/admin/audit",
  "/admin/funding-sources",
];

test("every page hydrates cleanly and passes axe", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/login");
  await expectAccessible(page);
  await signInAs(page, "admin@overblik.test");
  await page.goto("/activities?q=Bydelss%C3%B8stre");
  const href = await page.getByRole("link", { name: "Bydelssøstre", exact: true }).getAttribute("href");
  const id = href?.split("/").pop() ?? "";
  for (const path of PAGES) {
    const response = await page.goto(path.replace("{id}", id));
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
  }
  // The 404 page (its status is logged as a console error by Chromium, so it gets a page of its own).
  const other = await page.context().newPage();
  expect((await other.goto("/no/such/page"))?.status()).toBe(404);
  await expectAccessible(other);
  await other.close();

  // English too, on the busiest page.
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
});
