CREATE TABLE `plan_initiative_recommendations` (
	`initiative_id` text NOT NULL,
	`recommendation_id` text NOT NULL,
	PRIMARY KEY(`initiative_id`, `recommendation_id`),
	FOREIGN KEY (`initiative_id`) REFERENCES `plan_initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `plan_initiatives` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`phase` text DEFAULT 'decide' NOT NULL,
	`guidance` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `plans`(`round_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_initiatives_round_idx` ON `plan_initiatives` (`round_id`);--> statement-breakpoint
CREATE TABLE `plan_step_history` (
	`id` integer PRIMARY KEY NOT NULL,
	`step_id` text NOT NULL,
	`at` text NOT NULL,
	`by_id` text NOT NULL,
	`by_role` text NOT NULL,
	`by_name` text NOT NULL,
	`state` text NOT NULL,
	`status_text` text NOT NULL,
	FOREIGN KEY (`step_id`) REFERENCES `plan_steps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_step_history_step_idx` ON `plan_step_history` (`step_id`,`id`);--> statement-breakpoint
CREATE TABLE `plan_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`initiative_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`start` text,
	`due` text NOT NULL,
	`responsible` text NOT NULL,
	`status_text` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'planned' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `plans`(`round_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `plan_initiatives`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_steps_round_idx` ON `plan_steps` (`round_id`);--> statement-breakpoint
CREATE INDEX `plan_steps_initiative_idx` ON `plan_steps` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`round_id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
