-- Custom SQL migration file, put your code below! --
-- Status updates are append-only: a correction is a new update. The database refuses edits and deletes
-- so that no code path, present or future, can rewrite history.
CREATE TRIGGER `status_updates_no_update` BEFORE UPDATE ON `status_updates`
BEGIN
  SELECT RAISE(ABORT, 'status updates are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `status_updates_no_delete` BEFORE DELETE ON `status_updates`
BEGIN
  SELECT RAISE(ABORT, 'status updates are append-only');
END;
