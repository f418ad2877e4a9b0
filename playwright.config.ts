import { defineConfig } from "@playwright/test";

import { CHROMIUM_PATH, hasChromium, INSTALL_CHROMIUM } from "./tests/e2e/chromium";

// `npm test` and `npm run test:e2e` (scripts/test-e2e.ts) skip the browser tests without Chromium, except in CI.
if (!hasChromium()) {
  throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH}: ${INSTALL_CHROMIUM}, or set CHROMIUM_PATH.`);
}

const PORT = Number(process.env.E2E_PORT ?? 3917);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  // Two workers for a 2-core machine, each with its own Chromium, sharing one server and database: the
  // journeys touch different activities, and every-page.spec.ts only reads.
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "journeys", testIgnore: /error-id\.spec\.ts/ },
    // Breaks a table of the shared database on purpose, so it runs alone, after every other browser test.
    { name: "breaks-the-database", testMatch: /error-id\.spec\.ts/, dependencies: ["journeys"] },
  ],
  webServer: {
    command: "node --import tsx tests/e2e/serve.ts",
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(PORT), HOST: "127.0.0.1" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
