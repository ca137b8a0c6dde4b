DROP INDEX `journal_client_occurred_idx`;--> statement-breakpoint
DROP INDEX `journal_client_kind_idx`;--> statement-breakpoint
CREATE INDEX `journal_client_time_idx` ON `journal_entries` (`client_id`,`occurred_at`,`kind`,`duration_minutes`);