/**
 * `npm run load:concurrency`: managers signed in at once post status updates over HTTP to activities of
 * their own and shared ones, with fresh and stale versions, against the built server on a fresh copy of the
 * demo database; then every answer is checked against the database (see scripts/load/status-update-load.ts).
 *
 *   npm run load:concurrency                          20 managers × 250 updates
 *   npm run load:concurrency -- --managers 6 --updates 30 --seed 7
 *   npm run load:concurrency -- --crash               kill -9 the server mid-run, start it again, check
 *   npm run load:concurrency -- --crash --crash-after 1500 --keep
 *
 * Needs a build (`npm run build`). Exits 1 when a check fails. `--keep` leaves the database file for a look.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { openDatabase } from "../db/client.server";
import { migrateDatabase } from "../db/migrate";
import { seedDatabase } from "../db/seed";
import { formatReport, LOAD_TODAY, prepareLoad, runLoad } from "./load/status-update-load";

const { values } = parseArgs({
  options: {
    managers: { type: "string", default: "20" },
    updates: { type: "string", default: "250" },
    seed: { type: "string" },
    crash: { type: "boolean", default: false },
    "crash-after": { type: "string" },
    keep: { type: "boolean", default: false },
  },
});

const managers = Number(values.managers);
const updates = Number(values.updates);
const seed = Number(values.seed ?? process.env.LOAD_SEED ?? Date.now() % 100_000);
if (!Number.isInteger(managers) || managers < 3 || !Number.isInteger(updates) || updates < 1 || !Number.isInteger(seed)) {
  console.error("Usage: npm run load:concurrency -- [--managers N≥3] [--updates N≥1] [--seed N] [--crash [--crash-after N]] [--keep]");
  process.exit(2);
}
// By default the kill comes when about a third of the expected acknowledgements are in.
const crashAfter = values.crash ? Number(values["crash-after"] ?? Math.max(1, Math.round((managers * updates) / 4))) : undefined;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "overblik-load-"));
const dbFile = path.join(dir, "overblik.db");
const db = openDatabase(dbFile);
migrateDatabase(db);
seedDatabase(db, { today: LOAD_TODAY, seed: "demo" });
db.$client.close();
console.error(`Preparing ${managers} managers and their activities in ${dbFile} …`);
const plan = await prepareLoad(dbFile, managers);

const result = await runLoad({
  dbFile,
  plan,
  updatesPerManager: updates,
  seed,
  crashAfter,
  updatesAfterCrash: values.crash ? 20 : undefined,
});
console.log(formatReport(result, { managers, updatesPerManager: updates, seed }));
if (values.keep) console.error(`The database is kept: ${dbFile}`);
else fs.rmSync(dir, { recursive: true, force: true });
process.exit(result.report.failures.length === 0 ? 0 : 1);
