-- Custom SQL migration file, put your code below! --
-- Indicator revisions are history, like status updates: never edited or deleted.
CREATE TRIGGER `indicator_revisions_no_update` BEFORE UPDATE ON `indicator_revisions`
BEGIN
  SELECT RAISE(ABORT, 'indicator revisions are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_revisions_no_delete` BEFORE DELETE ON `indicator_revisions`
BEGIN
  SELECT RAISE(ABORT, 'indicator revisions are append-only');
END;
