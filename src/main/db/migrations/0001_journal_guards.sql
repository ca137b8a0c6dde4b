-- The journal is append-only: the database itself refuses UPDATE and DELETE, as a second
-- guard behind the service (which never issues them).
CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'journal entries are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'journal entries are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER journal_attachments_no_update BEFORE UPDATE ON journal_attachments
BEGIN SELECT RAISE(ABORT, 'journal attachments are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER journal_attachments_no_delete BEFORE DELETE ON journal_attachments
BEGIN SELECT RAISE(ABORT, 'journal attachments are append-only'); END;
--> statement-breakpoint
-- Full-text search over summary, details and quotes. External content: the text lives once,
-- in journal_entries. unicode61 with remove_diacritics 2 lets "sikayet" find "şikayet".
CREATE VIRTUAL TABLE journal_fts USING fts5(
  summary, details, quotes,
  content = 'journal_entries', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER journal_entries_fts_insert AFTER INSERT ON journal_entries
BEGIN
  INSERT INTO journal_fts(rowid, summary, details, quotes) VALUES (new.id, new.summary, new.details, new.quotes);
END;
