CREATE TABLE `fundraising_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`priority` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`resolved_at` text,
	`resolved_by` integer,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "fundraising_flags_priority_check" CHECK("fundraising_flags"."priority" in ('high','medium','low')),
	CONSTRAINT "fundraising_flags_note_check" CHECK(length("fundraising_flags"."note") <= 1000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fundraising_flags_open_unique` ON `fundraising_flags` (`activity_id`) WHERE "fundraising_flags"."resolved_at" is null;