-- Who wrote each journal entry (issue 18). Existing rows keep author '' and hash version 1:
-- their hashes were computed without an author and verify exactly as before. The app writes
-- every new entry as hash version 2, whose canonical form adds "author" and "hashVersion"
-- (src/shared/domain/journal-chain.ts canonicalEntryV2, README "Verifying the journal").
ALTER TABLE `journal_entries` ADD `author` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `journal_entries` ADD `hash_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Only the versions this app can verify; an UPDATE of either column stays refused by
-- journal_entries_no_update, and verification recomputes with the row's version.
CREATE TRIGGER journal_entries_hash_version BEFORE INSERT ON journal_entries
WHEN new.hash_version IS NOT 1 AND new.hash_version IS NOT 2
BEGIN SELECT RAISE(ABORT, 'hash_version must be 1 or 2'); END;
--> statement-breakpoint
-- Attachments of sample entries may go with them (sample data with an attachment must still be
-- removable: the attachment rows are deleted first, then the entries); an attachment of an
-- entry the owner wrote is never deleted (0001 refused every delete).
DROP TRIGGER journal_attachments_no_delete;
--> statement-breakpoint
CREATE TRIGGER journal_attachments_no_delete BEFORE DELETE ON journal_attachments
WHEN NOT EXISTS (SELECT 1 FROM journal_entries WHERE id = old.entry_id AND is_sample = 1)
BEGIN SELECT RAISE(ABORT, 'journal attachments are append-only'); END;
