CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`focus_area_id` integer NOT NULL,
	`title` text NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`target_group` text DEFAULT '' NOT NULL,
	`content` text DEFAULT '' NOT NULL,
	`partners` text DEFAULT '' NOT NULL,
	`responsible` text DEFAULT '' NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`budget` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`health` text NOT NULL,
	`health_reason` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`focus_area_id`) REFERENCES `focus_areas`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "activities_title_check" CHECK(length(trim("activities"."title")) > 0),
	CONSTRAINT "activities_budget_check" CHECK("activities"."budget" >= 0),
	CONSTRAINT "activities_status_check" CHECK("activities"."status" in ('idea','planned','active','paused','completed','stopped')),
	CONSTRAINT "activities_health_check" CHECK("activities"."health" in ('green','amber','red')),
	CONSTRAINT "activities_period_check" CHECK("activities"."ends_on" is null or "activities"."starts_on" is null or "activities"."ends_on" >= "activities"."starts_on"),
	CONSTRAINT "activities_version_check" CHECK("activities"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `activities_plan_idx` ON `activities` (`plan_id`);--> statement-breakpoint
CREATE INDEX `activities_focus_idx` ON `activities` (`focus_area_id`);--> statement-breakpoint
CREATE INDEX `activities_status_idx` ON `activities` (`status`);--> statement-breakpoint
CREATE TABLE `activity_areas` (
	`activity_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `area_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `activity_areas_area_idx` ON `activity_areas` (`area_id`);--> statement-breakpoint
CREATE TABLE `area_organisations` (
	`area_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`area_id`, `organisation_id`),
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`residents` integer,
	`homes` integer,
	`housing_sections` integer,
	`classification` text NOT NULL,
	`description_da` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	CONSTRAINT "areas_slug_check" CHECK("areas"."slug" <> '' and "areas"."slug" not glob '*[^a-z0-9-]*'),
	CONSTRAINT "areas_classification_check" CHECK("areas"."classification" in ('transformation','prevention','vulnerable','other')),
	CONSTRAINT "areas_residents_check" CHECK("areas"."residents" is null or "areas"."residents" >= 0),
	CONSTRAINT "areas_homes_check" CHECK("areas"."homes" is null or "areas"."homes" >= 0),
	CONSTRAINT "areas_sections_check" CHECK("areas"."housing_sections" is null or "areas"."housing_sections" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `areas_slug_unique` ON `areas` (`slug`);--> statement-breakpoint
CREATE TABLE `focus_areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_da` text NOT NULL,
	`name_en` text NOT NULL,
	`sort_order` integer NOT NULL,
	CONSTRAINT "focus_areas_code_check" CHECK("focus_areas"."code" in ('education','employment','cohesion','crime','crosscutting'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `focus_areas_code_unique` ON `focus_areas` (`code`);--> statement-breakpoint
CREATE TABLE `funding_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`year` integer NOT NULL,
	`amount` integer NOT NULL,
	`stage` text NOT NULL,
	`deadline` text,
	`decided_on` text,
	`note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `funding_sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "funding_lines_amount_check" CHECK("funding_lines"."amount" >= 0),
	CONSTRAINT "funding_lines_year_check" CHECK("funding_lines"."year" between 2000 and 2100),
	CONSTRAINT "funding_lines_stage_check" CHECK("funding_lines"."stage" in ('prospect','applied','granted','paid','rejected'))
);
--> statement-breakpoint
CREATE INDEX `funding_lines_activity_idx` ON `funding_lines` (`activity_id`,`stage`);--> statement-breakpoint
CREATE INDEX `funding_lines_source_idx` ON `funding_lines` (`source_id`);--> statement-breakpoint
CREATE TABLE `funding_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`counts_as_local` integer DEFAULT false NOT NULL,
	`organisation_id` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "funding_sources_kind_check" CHECK("funding_sources"."kind" in ('lbf','municipality','housing','foundation','other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funding_sources_name_unique` ON `funding_sources` (`name`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	CONSTRAINT "organisations_kind_check" CHECK("organisations"."kind" in ('housing','municipality','fund','secretariat','partner'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_name_unique` ON `organisations` (`name`);--> statement-breakpoint
CREATE TABLE `plan_areas` (
	`plan_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	PRIMARY KEY(`plan_id`, `area_id`),
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	CONSTRAINT "plans_period_check" CHECK("plans"."ends_on" >= "plans"."starts_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_slug_unique` ON `plans` (`slug`);--> statement-breakpoint
CREATE TABLE `status_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`status` text NOT NULL,
	`health` text NOT NULL,
	`health_reason` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`reported_on` text NOT NULL,
	`reported_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "status_updates_status_check" CHECK("status_updates"."status" in ('idea','planned','active','paused','completed','stopped')),
	CONSTRAINT "status_updates_health_check" CHECK("status_updates"."health" in ('green','amber','red')),
	CONSTRAINT "status_updates_note_check" CHECK(length("status_updates"."note") <= 2000)
);
--> statement-breakpoint
CREATE INDEX `status_updates_activity_idx` ON `status_updates` (`activity_id`,`reported_on`);