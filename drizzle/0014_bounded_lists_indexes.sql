CREATE INDEX `activities_health_idx` ON `activities` (`health`,`status`);--> statement-breakpoint
CREATE INDEX `funding_lines_stage_idx` ON `funding_lines` (`stage`);--> statement-breakpoint
CREATE INDEX `fundraising_flags_activity_idx` ON `fundraising_flags` (`activity_id`);--> statement-breakpoint
CREATE INDEX `status_updates_reported_idx` ON `status_updates` (`reported_on`);