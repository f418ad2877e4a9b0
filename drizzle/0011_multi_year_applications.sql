ALTER TABLE `funding_lines` ADD `expected_answer_on` text;--> statement-breakpoint
ALTER TABLE `funding_lines` ADD `application_id` integer;--> statement-breakpoint
CREATE INDEX `funding_lines_application_idx` ON `funding_lines` (`application_id`);