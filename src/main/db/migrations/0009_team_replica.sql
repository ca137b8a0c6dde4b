CREATE TABLE `team_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`entity_key` text,
	`mine` text NOT NULL,
	`theirs` text NOT NULL,
	`base_version` integer,
	`their_version` integer NOT NULL,
	`their_author` text DEFAULT '' NOT NULL,
	`detected_at` text NOT NULL,
	`resolved_at` text,
	`resolution` text
);
--> statement-breakpoint
CREATE INDEX `team_conflicts_open_idx` ON `team_conflicts` (`resolved_at`,`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `team_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`device_uid` text NOT NULL,
	`client_id` integer NOT NULL,
	`payload` text NOT NULL,
	`queued_at` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_attempt_at` text,
	`last_error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `team_outbox_device_uid_unique` ON `team_outbox` (`device_uid`);--> statement-breakpoint
CREATE TABLE `team_people` (
	`role_name` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`cost_rate_minor` integer,
	`change_seq` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE `clients` ADD `team_version` integer;--> statement-breakpoint
ALTER TABLE `clients` ADD `team_dirty` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `invoices` ADD `team_version` integer;--> statement-breakpoint
ALTER TABLE `invoices` ADD `team_dirty` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `offboarding_cases` ADD `team_version` integer;--> statement-breakpoint
ALTER TABLE `offboarding_cases` ADD `team_dirty` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `payments` ADD `team_version` integer;--> statement-breakpoint
ALTER TABLE `payments` ADD `team_dirty` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `team_version` integer;--> statement-breakpoint
ALTER TABLE `settings` ADD `team_dirty` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- A team replica (src/main/team/sync) pushes the rows changed here since the last sync. Every
-- service keeps writing these tables as it always has: these triggers mark the change. The sync
-- itself writes team_version or team_dirty with its update, which these triggers leave alone.
CREATE TRIGGER clients_team_dirty AFTER UPDATE ON clients
WHEN new.team_version IS old.team_version AND new.team_dirty IS old.team_dirty AND old.team_dirty = 0
BEGIN UPDATE clients SET team_dirty = 1 WHERE id = new.id; END;
--> statement-breakpoint
CREATE TRIGGER invoices_team_dirty AFTER UPDATE ON invoices
WHEN new.team_version IS old.team_version AND new.team_dirty IS old.team_dirty AND old.team_dirty = 0
BEGIN UPDATE invoices SET team_dirty = 1 WHERE id = new.id; END;
--> statement-breakpoint
CREATE TRIGGER payments_team_dirty AFTER UPDATE ON payments
WHEN new.team_version IS old.team_version AND new.team_dirty IS old.team_dirty AND old.team_dirty = 0
BEGIN UPDATE payments SET team_dirty = 1 WHERE id = new.id; END;
--> statement-breakpoint
CREATE TRIGGER offboarding_cases_team_dirty AFTER UPDATE ON offboarding_cases
WHEN new.team_version IS old.team_version AND new.team_dirty IS old.team_dirty AND old.team_dirty = 0
BEGIN UPDATE offboarding_cases SET team_dirty = 1 WHERE id = new.id; END;
--> statement-breakpoint
CREATE TRIGGER settings_team_dirty AFTER UPDATE ON settings
WHEN new.team_version IS old.team_version AND new.team_dirty IS old.team_dirty AND old.team_dirty = 0
  AND new.value IS NOT old.value
BEGIN UPDATE settings SET team_dirty = 1 WHERE key = new.key; END;
