-- Sample data can be removed in one step. Journal rows stay append-only for everything the
-- owner records; only rows the sample generator marked is_sample = 1 (which the hash chain
-- covers, so a real entry cannot be re-marked) may be deleted, and the FTS index follows.
DROP TRIGGER journal_entries_no_delete;
--> statement-breakpoint
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries WHEN old.is_sample = 0
BEGIN SELECT RAISE(ABORT, 'journal entries are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER journal_entries_fts_delete AFTER DELETE ON journal_entries
BEGIN
  INSERT INTO journal_fts(journal_fts, rowid, summary, details, quotes) VALUES ('delete', old.id, old.summary, old.details, old.quotes);
END;
