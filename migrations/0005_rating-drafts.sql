CREATE TABLE `rating_drafts` (
	`round_id` text NOT NULL,
	`case_id` text NOT NULL,
	`item_id` text NOT NULL,
	`member_id` text NOT NULL,
	`value` text,
	`justification` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`case_id`, `item_id`, `member_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `form_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rating_drafts_member_idx` ON `rating_drafts` (`member_id`);