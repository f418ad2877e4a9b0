/**
 * `npm run seed:large [-- --activities 5000 --updates 100000 --areas 30 --plans 10 --seed 1 --replace]`
 *
 * Builds a large synthetic database in the file DATABASE_URL names (default data/overblik.db): the demo
 * portfolio and its accounts (password `overblik-demo`), grown with db/large-data.ts to the sizes asked for.
 * A file that already holds data is left alone unless `--replace` is given (then it is deleted first).
 */
import fs from "node:fs";
import { parseArgs } from "node:util";

import { databasePath } from "../app/utils/env.server";
import { today } from "../app/utils/today.server";
import { buildLargeDatabase, LARGE_DEFAULTS } from "../db/large-data";

const { values } = parseArgs({
  options: {
    activities: { type: "string" },
    updates: { type: "string" },
    areas: { type: "string" },
    plans: { type: "string" },
    seed: { type: "string" },
    replace: { type: "boolean", default: false },
  },
});

function whole(name: keyof typeof LARGE_DEFAULTS): number {
  const given = values[name];
  if (given === undefined) return LARGE_DEFAULTS[name];
  if (!/^\d{1,7}$/.test(given)) {
    console.error(`--${name} must be a whole number, got "${given}"`);
    process.exit(2);
  }
  return Number(given);
}

const file = databasePath();
if (values.replace) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
const started = Date.now();
try {
  const counts = buildLargeDatabase(file, {
    activities: whole("activities"),
    updates: whole("updates"),
    areas: whole("areas"),
    plans: whole("plans"),
    seed: whole("seed"),
    today: today(),
  });
  console.log(`Seeded a large synthetic portfolio into ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  console.log(
    `  ${Object.entries(counts)
      .map(([table, n]) => `${table} ${n.toLocaleString("da-DK")}`)
      .join(", ")}`,
  );
  console.log("  Sign in with the demo accounts (password overblik-demo), or manager.<area>@overblik.test for the new areas.");
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
