import { pathToFileURL } from "node:url";

import { sql } from "drizzle-orm";
import { z } from "zod";

import { databasePath, getEnv } from "../app/utils/env.server";
import { today } from "../app/utils/today.server";
import { type Db, openDatabase } from "./client.server";
import { seedDemoAccounts } from "./demo-accounts";
import { seedDemo } from "./demo-data";
import { seedDemoFlags } from "./demo-flags";
import { seedDemoMeetings } from "./demo-meetings";
import { seedDemoStatistics } from "./demo-statistics";
import { migrateDatabase } from "./migrate";
import { ensureReferenceData } from "./reference-data";
import { oneRow } from "./sql";

/** True when the database holds no portfolio data yet (migrations alone leave it empty). */
export function isEmpty(db: Db): boolean {
  const row = oneRow(
    db,
    z.object({ n: z.number() }),
    sql`select (select count(*) from organisations) + (select count(*) from areas) + (select count(*) from activities) as n`,
  );
  return row.n === 0;
}

export type SeedOutcome = "seeded" | "not-empty" | "skipped";

/** Seeds the demo portfolio into an empty database; a database that holds data is left alone. */
export function seedDatabase(db: Db, options: { today: string; seed: "demo" | "none" }): SeedOutcome {
  ensureReferenceData(db);
  if (options.seed === "none") return "skipped";
  if (!isEmpty(db)) return "not-empty";
  db.transaction((tx) => {
    seedDemo(tx, options.today);
    seedDemoAccounts(tx);
    seedDemoFlags(tx);
    seedDemoMeetings(tx, options.today);
    seedDemoStatistics(tx, options.today);
  });
  return "seeded";
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = databasePath();
  const db = openDatabase(file);
  migrateDatabase(db);
  const outcome = seedDatabase(db, { today: today(), seed: getEnv().SEED });
  db.$client.close();
  const messages: Record<SeedOutcome, string> = {
    seeded: `Seeded the demo portfolio into ${file}`,
    "not-empty": `${file} already holds data: not seeded`,
    skipped: `SEED=none: ${file} left empty`,
  };
  console.log(messages[outcome]);
}
