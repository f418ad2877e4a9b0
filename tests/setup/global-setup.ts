import fs from "node:fs";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { ROOT, TEMPLATE_DB, TMP_DIR } from "./paths";
import { buildDatabase } from "./template-db";

declare global {
  // Several projects list this file; the first one builds the template for all of them.
  var __overblikTemplateBuilt: boolean | undefined;
}

/**
 * Once per run: a migrated, demo-seeded template database that each test file (or spawned server)
 * copies. The integration project serves the built app, so it needs `npm run build` first.
 */
export default function setup(project: TestProject) {
  if (project.name === "integration" && !fs.existsSync(path.join(ROOT, "build/index.js"))) {
    throw new Error("Integration tests run the built server: run `npm run build` first (npm test does).");
  }
  if (globalThis.__overblikTemplateBuilt) return;
  globalThis.__overblikTemplateBuilt = true;
  fs.rmSync(TMP_DIR, { recursive: true, force: true });
  fs.mkdirSync(TMP_DIR, { recursive: true });
  buildDatabase(TEMPLATE_DB);
  return () => fs.rmSync(TMP_DIR, { recursive: true, force: true });
}
