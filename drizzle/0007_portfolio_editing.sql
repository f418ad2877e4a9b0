CREATE TABLE `indicator_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`kind` text NOT NULL,
	`changed_on` text NOT NULL,
	`changed_by` text NOT NULL,
	`user_id` integer,
	`reason` text DEFAULT '' NOT NULL,
	`before` text NOT NULL,
	`after` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "indicator_revisions_kind_check" CHECK("indicator_revisions"."kind" in ('edit', 'retire')),
	CONSTRAINT "indicator_revisions_reason_check" CHECK(length("indicator_revisions"."reason") <= 1000)
);
--> statement-breakpoint
CREATE INDEX `indicator_revisions_indicator_idx` ON `indicator_revisions` (`indicator_id`,`changed_on`);--> statement-breakpoint
ALTER TABLE `areas` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `funding_sources` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicators` ADD `retired_on` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `milestones` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `version` integer DEFAULT 1 NOT NULL;