import AxeBuilder from "@axe-core/playwright";
import { type BrowserContextOptions, expect, type Page, test as base } from "@playwright/test";

export const DEMO_PASSWORD = "overblik-demo";

export const DEMO_USERS = {
  admin: "admin@overblik.test",
  managerVollsmose: "manager.vollsmose@overblik.test",
  board: "board@overblik.test",
  fundraiser: "fundraiser@overblik.test",
} as const;
type DemoUser = keyof typeof DEMO_USERS;
type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

/**
 * Every browser test fails on a console error (CSP violations and hydration mismatches show up there)
 * and on an uncaught page error.
 *
 * `test.use({ signedInAs: "board" })` starts a test signed in: its context gets a session cookie made by
 * posting the sign-in form once per worker and user (the form itself is what the journeys that sign in
 * through the page test), so a test does not spend a sign-in (and the server a password hash) on setup.
 */
/** For `browser.newContext()` in a test that is signed in: contexts made there take the test's session. */
export const SIGNED_OUT: StorageState = { cookies: [], origins: [] };

export const test = base.extend<{ page: Page; signedInAs: DemoUser | null }, { sessionFor: (user: DemoUser) => Promise<StorageState> }>({
  signedInAs: [null, { option: true }],
  sessionFor: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL ?? "";
      const sessions = new Map<DemoUser, StorageState>();
      await use(async (user) => {
        const known = sessions.get(user);
        if (known) return known;
        const request = await playwright.request.newContext({ baseURL });
        const res = await request.post("/login", {
          form: { email: DEMO_USERS[user], password: DEMO_PASSWORD },
          headers: { Origin: baseURL },
          maxRedirects: 0,
        });
        if (res.status() !== 303) throw new Error(`sign-in as ${user} answered ${res.status()}`);
        const state = await request.storageState();
        await request.dispose();
        sessions.set(user, state);
        return state;
      });
    },
    { scope: "worker" },
  ],
  storageState: async ({ signedInAs, sessionFor, storageState }, use) => {
    await use(signedInAs ? await sessionFor(signedInAs) : storageState);
  },
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      // Chromium logs every 4xx answer as a console error; the app sends 400/401/403/409/429 on purpose
      // when it refuses input, and the tests assert those answers themselves.
      if (/^Failed to load resource: the server responded with a status of (400|401|403|409|429)\b/.test(message.text())) return;
      errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
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

/** Signs in through the sign-in form, as a person would, from wherever the page was sent. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  if (!new URL(page.url()).pathname.startsWith("/login")) await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
}

declare global {
  interface Window {
    __hydration?: { commits: number; effects: number; fetches: number };
  }
}

/**
 * Lets `gotoHydrated` see when React has hydrated a page. Installs, before any page script runs, a minimal
 * React DevTools hook (React calls it after every commit and after the effects that follow, in production
 * builds too) and a count of fetches in flight (Remix's route discovery fetches /__manifest from an effect).
 */
export async function watchHydration(page: Page) {
  await page.addInitScript(() => {
    const state = { commits: 0, effects: 0, fetches: 0 };
    window.__hydration = state;
    const fetch = window.fetch.bind(window);
    window.fetch = (...args) => {
      state.fetches += 1;
      return fetch(...args).finally(() => {
        state.fetches -= 1;
      });
    };
    Object.defineProperty(window, "__REACT_DEVTOOLS_GLOBAL_HOOK__", {
      value: {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        onCommitFiberRoot: () => {
          state.commits += 1;
        },
        onCommitFiberUnmount: () => {},
        onPostCommitFiberRoot: () => {
          state.effects += 1;
        },
      },
    });
  });
}

/**
 * Waits until the page has hydrated: React committed, its effects ran, and no fetch they started is still
 * running, so any hydration error has been logged. Needs `watchHydration(page)` first. (Waiting for
 * "networkidle" instead costs a fixed 500 ms of silence per page.)
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const state = window.__hydration;
    return state !== undefined && state.commits > 0 && state.effects > 0 && state.fetches === 0;
  });
}

/** `page.goto`, then `waitForHydration`. */
export async function gotoHydrated(page: Page, path: string) {
  const response = await page.goto(path);
  await waitForHydration(page);
  return response;
}
