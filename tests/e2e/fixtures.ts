import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test as base } from "@playwright/test";

/**
 * Every browser test fails on a console error (CSP violations and hydration mismatches show up there)
 * and on an uncaught page error.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      // Chromium logs every 4xx answer as a console error; the app sends 400/401/403/409/429 on purpose
      // when it refuses input, and the tests assert those answers themselves.
      if (/^Failed to load resource: the server responded with a status of (400|401|403|409|429)\b/.test(message.text())) return;
      errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    expect(errors, "console errors in the browser").toEqual([]);
  },
});

/** No axe-core violations against WCAG 2.1 A and AA. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

export { expect };

export const DEMO_PASSWORD = "overblik-demo";

/** Signs in through the sign-in form, as a person would, from wherever the page was sent. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  if (!new URL(page.url()).pathname.startsWith("/login")) await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
}
