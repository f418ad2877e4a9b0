ALTER TABLE `organisations` ADD `description_da` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `description_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `started_on` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `ended_on` text;