-- Custom SQL migration file, put your code below! --
-- Indicator actuals belong to a status update and are as append-only as it: a correction is a new update.
CREATE TRIGGER `indicator_actuals_no_update` BEFORE UPDATE ON `indicator_actuals`
BEGIN
  SELECT RAISE(ABORT, 'indicator actuals are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_actuals_no_delete` BEFORE DELETE ON `indicator_actuals`
BEGIN
  SELECT RAISE(ABORT, 'indicator actuals are append-only');
END;
