CREATE TABLE `round_phases` (
	`round_id` text NOT NULL,
	`phase` text NOT NULL,
	`reached_at` text NOT NULL,
	PRIMARY KEY(`round_id`, `phase`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
