/**
 * `npm run backup`: an online backup of the database (DATABASE_URL) into the backups folder (BACKUP_DIR,
 * by default `backups` beside the database), safe while the server runs. Prints the backup's path.
 */
import { backupsDir, databasePath } from "../app/utils/env.server";
import { backupDatabase, RefusedError } from "../db/backup";

try {
  const result = await backupDatabase(databasePath(), backupsDir());
  console.error(`Backed up ${databasePath()}: ${(result.bytes / 1024).toFixed(0)} KB in ${result.ms} ms, integrity ok.`);
  console.log(result.file);
} catch (error) {
  if (!(error instanceof RefusedError)) throw error;
  console.error(`Backup refused: ${error.message}`);
  process.exit(1);
}
