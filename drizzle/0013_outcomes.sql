CREATE TABLE `area_statistics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`area_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`year` integer NOT NULL,
	`value` real NOT NULL,
	`source` text NOT NULL,
	`source_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "area_statistics_year_check" CHECK("area_statistics"."year" between 1990 and 2100),
	CONSTRAINT "area_statistics_source_check" CHECK(length(trim("area_statistics"."source")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `area_statistics_unique` ON `area_statistics` (`area_id`,`measure_id`,`year`);--> statement-breakpoint
CREATE INDEX `area_statistics_measure_idx` ON `area_statistics` (`measure_id`,`year`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_da` text NOT NULL,
	`name_en` text NOT NULL,
	`unit` text NOT NULL,
	`direction` text NOT NULL,
	`threshold` real,
	`threshold_inclusive` integer DEFAULT false NOT NULL,
	`threshold_source` text DEFAULT '' NOT NULL,
	`description_da` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 100 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "measures_code_check" CHECK("measures"."code" <> '' and "measures"."code" not glob '*[^a-z0-9-]*'),
	CONSTRAINT "measures_name_check" CHECK(length(trim("measures"."name_da")) > 0 and length(trim("measures"."name_en")) > 0),
	CONSTRAINT "measures_direction_check" CHECK("measures"."direction" in ('higher','lower'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measures_code_unique` ON `measures` (`code`);--> statement-breakpoint
CREATE TABLE `report_narratives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`year` integer NOT NULL,
	`focus_area_id` integer NOT NULL,
	`text` text NOT NULL,
	`updated_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`focus_area_id`) REFERENCES `focus_areas`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "report_narratives_year_check" CHECK("report_narratives"."year" between 2000 and 2100),
	CONSTRAINT "report_narratives_text_check" CHECK(length("report_narratives"."text") <= 10000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_narratives_unique` ON `report_narratives` (`plan_id`,`year`,`focus_area_id`);--> statement-breakpoint
CREATE TABLE `shared_indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`focus_area_id` integer NOT NULL,
	`name_da` text NOT NULL,
	`name_en` text NOT NULL,
	`unit` text NOT NULL,
	`kind` text NOT NULL,
	`description_da` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`focus_area_id`) REFERENCES `focus_areas`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "shared_indicators_name_check" CHECK(length(trim("shared_indicators"."name_da")) > 0 and length(trim("shared_indicators"."name_en")) > 0),
	CONSTRAINT "shared_indicators_kind_check" CHECK("shared_indicators"."kind" in ('cumulative','per_period'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shared_indicators_name_unique` ON `shared_indicators` (`name_da`);--> statement-breakpoint
ALTER TABLE `indicators` ADD `shared_indicator_id` integer REFERENCES shared_indicators(id);--> statement-breakpoint
CREATE INDEX `indicators_shared_idx` ON `indicators` (`shared_indicator_id`);