DROP INDEX `activities_focus_idx`;--> statement-breakpoint
CREATE INDEX `activities_focus_status_idx` ON `activities` (`focus_area_id`,`status`,`title`);