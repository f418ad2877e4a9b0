/**
 * What `npm start` does before serving: build when the sources are newer than the build, apply
 * migrations, and seed the demo portfolio into an empty database (unless SEED=none).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { databasePath, getEnv } from "../app/utils/env.server";
import { today } from "../app/utils/today.server";
import { openDatabase } from "../db/client.server";
import { migrateDatabase } from "../db/migrate";
import { seedDatabase } from "../db/seed";

const root = path.resolve(import.meta.dirname, "..");

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** `npm run dev` writes a development build to the same place: never serve that. */
function isProductionBuild(): boolean {
  return /\bmode = "production"/.test(fs.readFileSync(path.join(root, "build/index.js"), "utf8"));
}

function needsBuild(): boolean {
  const builtAt = Math.min(newestMtime("build/index.js"), newestMtime("build/server.js"));
  if (builtAt === 0 || !fs.existsSync(path.join(root, "public/dkfds")) || !isProductionBuild()) return true;
  const sourcesAt = Math.max(...["app", "db", "server.ts", "remix.config.js", "package.json"].map(newestMtime));
  return sourcesAt > builtAt;
}

const env = getEnv();

if (needsBuild()) {
  console.log("Building the app…");
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const file = databasePath(env);
const db = openDatabase(file);
migrateDatabase(db);
const outcome = seedDatabase(db, { today: today(), seed: env.SEED });
db.$client.close();
if (outcome === "seeded") console.log(`Created the demo database at ${file} (demo figures are illustrative).`);
else if (outcome === "skipped") console.log(`SEED=none: using ${file} without demo data.`);
else console.log(`Using the database at ${file}.`);
