CREATE TABLE `indicator_actuals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`status_update_id` integer NOT NULL,
	`value` real NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`status_update_id`) REFERENCES `status_updates`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_actuals_update_unique` ON `indicator_actuals` (`status_update_id`,`indicator_id`);--> statement-breakpoint
CREATE INDEX `indicator_actuals_indicator_idx` ON `indicator_actuals` (`indicator_id`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`baseline` real NOT NULL,
	`target` real NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "indicators_name_check" CHECK(length(trim("indicators"."name")) > 0),
	CONSTRAINT "indicators_direction_check" CHECK("indicators"."direction" in ('higher','lower')),
	CONSTRAINT "indicators_kind_check" CHECK("indicators"."kind" in ('cumulative','per_period'))
);
--> statement-breakpoint
CREATE INDEX `indicators_activity_idx` ON `indicators` (`activity_id`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`title` text NOT NULL,
	`due_on` text NOT NULL,
	`done_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "milestones_title_check" CHECK(length(trim("milestones"."title")) > 0)
);
--> statement-breakpoint
CREATE INDEX `milestones_activity_idx` ON `milestones` (`activity_id`,`due_on`);--> statement-breakpoint
ALTER TABLE `status_updates` ADD `user_id` integer REFERENCES users(id);