import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const TMP_DIR = path.join(ROOT, "tests/.tmp");
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");
/** Tests see a fixed "today" so that counts of days and quarters do not drift. */
export const TEST_TODAY = "2026-06-15";
