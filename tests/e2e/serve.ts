/** The server for browser tests: a fresh seeded database with a fixed "today", then the real server. */
import path from "node:path";

import { TEST_TODAY, TMP_DIR } from "../setup/paths";
import { buildDatabase } from "../setup/template-db";

const file = path.join(TMP_DIR, "e2e.db");
process.env.TODAY = TEST_TODAY;
buildDatabase(file);
process.env.DATABASE_URL = file;
process.env.NODE_ENV = "production";
await import("../../server");
