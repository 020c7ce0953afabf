ALTER TABLE `form_items` ADD `baseline_item_id` text;--> statement-breakpoint
ALTER TABLE `rounds` ADD `baseline_round_id` text REFERENCES rounds(id);