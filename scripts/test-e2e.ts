/**
 * `npm run test:e2e` (and the last step of `npm test`): the browser tests, or, on a machine without
 * Chromium, a note that they were skipped and how to install it. In CI (`CI=true`) a missing Chromium fails.
 * Arguments are passed on to `playwright test`.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

import { CHROMIUM_PATH, hasChromium, INSTALL_CHROMIUM, isCI } from "../tests/e2e/chromium";

if (!hasChromium()) {
  if (isCI()) {
    console.error(`Browser tests need Chromium at ${CHROMIUM_PATH} in CI: ${INSTALL_CHROMIUM} (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  console.log(
    `\nBrowser tests SKIPPED: no Chromium at ${CHROMIUM_PATH}.\n` +
      `Install it with \`${INSTALL_CHROMIUM}\` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium, to run them; CI always does.`,
  );
  process.exit(0);
}

const cli = path.resolve(import.meta.dirname, "../node_modules/.bin/playwright");
const result = spawnSync(cli, ["test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
