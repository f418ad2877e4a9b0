/**
 * `npm run restore -- FILE`: replaces the database (DATABASE_URL) with a backup, after checking it. Refused
 * while a server runs on the database; the database it replaces is kept in the backups folder.
 */
import { backupsDir, databasePath } from "../app/utils/env.server";
import { RefusedError, restoreDatabase } from "../db/backup";

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error("Usage: npm run restore -- FILE   (a backup made by npm run backup)");
  process.exit(2);
}

try {
  const result = await restoreDatabase(file, databasePath(), backupsDir());
  console.log(`Restored ${file} into ${databasePath()} in ${result.ms} ms.`);
  if (result.migrationsApplied > 0) console.log(`Applied ${result.migrationsApplied} migrations the backup did not have yet.`);
  if (result.replacedKeptIn) console.log(`The database it replaced is kept in ${result.replacedKeptIn}.`);
} catch (error) {
  if (!(error instanceof RefusedError)) throw error;
  console.error(`Restore refused: ${error.message}`);
  process.exit(1);
}
