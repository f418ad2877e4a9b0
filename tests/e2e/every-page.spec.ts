import { expect, expectAccessible, gotoHydrated, test, waitForHydration, watchHydration } from "./fixtures";

/**
 * Every page, as an administrator (who may see them all): it hydrates without a console error (a
 * server-only import in a component, a hydration mismatch or a CSP violation would show there) and
 * has no axe-core violations.
 *
 * The pages are dealt out to a few tests that run in parallel, each visiting its share in one tab: a tab
 * keeps its cache, where a fresh one per page would fetch and compile every script again.
 */
const PAGES = [
  "/",
  "/my",
  "/dashboard",
  "/dashboard?per=1000&area=vollsmose&area=korsloekken",
  "/activities",
  "/activities?flagged=1",
  "/activities/new",
  "/activities/{id}",
  "/activities/{id}/edit",
  "/activities/{id}/updates",
  "/activities/{id}/funding",
  "/activities/{id}/flag",
  "/activities/{id}/indicators",
  "/activities/{id}/milestones",
  "/activities/{id}/indicators/{indicator}",
  "/activities/{id}/milestones/{milestone}",
  "/areas",
  "/areas/vollsmose",
  "/areas/oevrige-afdelinger",
  "/funding",
  "/compare?areas=vollsmose,korsloekken,ejerslykke",
  "/board-pack",
  "/admin/users",
  "/admin/audit",
  "/admin",
  "/admin/areas",
  "/admin/areas/vollsmose",
  "/admin/plans",
  "/admin/plans/vollsmose-current",
  "/meetings",
  "/meetings/1",
  "/meetings/1/board-pack",
  "/meetings/1/edit",
  "/meetings/1/items",
  "/meetings/1/items/3",
  "/meetings/new",
  "/organisation",
  "/tilgaengelighed",
  "/funding/sources",
  "/import",
];
const PARTS = 3;

test.describe.configure({ mode: "parallel" });

test.beforeEach(async ({ page }) => {
  await watchHydration(page);
});

test("the sign-in page hydrates cleanly and passes axe", async ({ page }) => {
  const response = await gotoHydrated(page, "/login");
  expect(response?.status()).toBe(200);
  await expectAccessible(page);
});

test.describe("as an administrator", () => {
  test.use({ signedInAs: "admin" });

  for (let part = 0; part < PARTS; part++) {
    const paths = PAGES.filter((_, i) => i % PARTS === part);
    test(`every page hydrates cleanly and passes axe, part ${part + 1} of ${PARTS}`, async ({ page }) => {
      test.setTimeout(120_000);
      let id = "";
      let indicator = "";
      let milestone = "";
      if (paths.some((path) => path.includes("{id}"))) {
        await page.goto("/activities?q=Bydelss%C3%B8stre");
        const href = await page.getByRole("link", { name: "Bydelssøstre", exact: true }).getAttribute("href");
        id = href?.split("/").pop() ?? "";
      }
      if (paths.some((path) => path.includes("{indicator}") || path.includes("{milestone}"))) {
        // The activity's first indicator and milestone, from their edit links on its page.
        await page.goto(`/activities/${id}`);
        const last = async (selector: string) => ((await page.locator(selector).first().getAttribute("href")) ?? "").split("/").pop() ?? "";
        indicator = await last(`a[href^="/activities/${id}/indicators/"]`);
        milestone = await last(`a[href^="/activities/${id}/milestones/"]`);
      }
      for (const path of paths) {
        const url = path.replace("{id}", id).replace("{indicator}", indicator).replace("{milestone}", milestone);
        await test.step(url, async () => {
          const response = await gotoHydrated(page, url);
          expect(response?.status(), url).toBe(200);
          await expectAccessible(page);
          // Money ends in "kr.": a sentence must not add a second full stop ("mangler 600.000 kr..").
          expect(await page.locator("body").textContent(), url).not.toMatch(/kr\.\s*\./);
        });
      }
    });
  }

  test("the 404 page, and the busiest page in English, pass axe", async ({ page }) => {
    // The 404 page (its status is logged as a console error by Chromium, so it gets a tab of its own).
    const other = await page.context().newPage();
    expect((await other.goto("/no/such/page"))?.status()).toBe(404);
    await expectAccessible(other);
    await other.close();

    await gotoHydrated(page, "/dashboard");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await waitForHydration(page);
    await expectAccessible(page);
  });
});
