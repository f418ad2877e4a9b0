import fs from "node:fs";
import path from "node:path";

import { ROOT, TEMPLATE_DB, TMP_DIR } from "./paths";
import { buildDatabase } from "./template-db";

/** Once per run: a migrated, seeded template database that each test copies. Needs `npm run build` first. */
export default function setup() {
  if (!fs.existsSync(path.join(ROOT, "build/index.js"))) {
    throw new Error("Integration tests run the built server: run `npm run build` first (npm test does).");
  }
  fs.rmSync(TMP_DIR, { recursive: true, force: true });
  fs.mkdirSync(TMP_DIR, { recursive: true });
  buildDatabase(TEMPLATE_DB);
  return () => fs.rmSync(TMP_DIR, { recursive: true, force: true });
}
