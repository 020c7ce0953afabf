PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_audit_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`round_id` text,
	`actor_id` text NOT NULL,
	`actor_role` text NOT NULL,
	`action` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`details` text,
	`at` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "round_id", "actor_id", "actor_role", "action", "target_type", "target_id", "details", "at") SELECT "id", "round_id", "actor_id", "actor_role", "action", "target_type", "target_id", "details", "at" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `audit_log_round_idx` ON `audit_log` (`round_id`,`id`);