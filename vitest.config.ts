import os from "node:os";

import { defineConfig } from "vitest/config";

import { TEST_TODAY } from "./tests/setup/paths";

export default defineConfig({
  test: {
    // Integration tests mostly wait for the server each file spawns, so vitest's default of one worker per
    // core but one leaves half of a 2-core machine idle: at least two (measured: 70 s → 52 s here).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    reporters: ["default", "./tests/setup/assertion-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["app/**/*.test.{ts,tsx}", "db/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/catalogues.ts", "tests/setup/fail-on-console-error.ts", "tests/setup/count-assertions.ts"],
          env: { TODAY: TEST_TODAY },
        },
      },
      {
        // Loaders and actions called in-process (tests/setup/route-harness.ts), each file on its own copy
        // of the seeded template database: no build, no server, milliseconds a request.
        extends: true,
        test: {
          name: "routes",
          include: ["tests/routes/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: [
            "tests/setup/route-db.ts",
            "tests/setup/catalogues.ts",
            "tests/setup/fail-on-console-error.ts",
            "tests/setup/count-assertions.ts",
          ],
          env: { TODAY: TEST_TODAY, SESSION_SECRET: "route-test-session-secret-0123456789abcdef" },
          // Sign-in tests check real passwords (scrypt, about 0.1 s each, 20 in a row for the throttle): on a
          // loaded 2-core machine vitest's default 5 s is not enough.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: ["tests/setup/catalogues.ts", "tests/setup/fail-on-console-error.ts", "tests/setup/count-assertions.ts"],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
