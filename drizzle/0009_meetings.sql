CREATE TABLE `agenda_item_activities` (
	`item_id` integer NOT NULL,
	`activity_id` integer NOT NULL,
	PRIMARY KEY(`item_id`, `activity_id`),
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `agenda_item_activities_activity_idx` ON `agenda_item_activities` (`activity_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`number` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "agenda_items_kind_check" CHECK("agenda_items"."kind" in ('decision','information','discussion')),
	CONSTRAINT "agenda_items_number_check" CHECK("agenda_items"."number" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_items_meeting_number_unique` ON `agenda_items` (`meeting_id`,`number`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`what` text NOT NULL,
	`owner_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`done_on` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "follow_ups_what_check" CHECK(length(trim("follow_ups"."what")) > 0)
);
--> statement-breakpoint
CREATE INDEX `follow_ups_item_idx` ON `follow_ups` (`item_id`);--> statement-breakpoint
CREATE INDEX `follow_ups_owner_idx` ON `follow_ups` (`owner_id`,`done_on`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body` text NOT NULL,
	`held_on` text NOT NULL,
	`date_note` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`previous_minutes_approved` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "meetings_body_check" CHECK("meetings"."body" in ('board','steering','other')),
	CONSTRAINT "meetings_title_check" CHECK(length(trim("meetings"."title")) > 0)
);
--> statement-breakpoint
CREATE INDEX `meetings_held_on_idx` ON `meetings` (`held_on`);