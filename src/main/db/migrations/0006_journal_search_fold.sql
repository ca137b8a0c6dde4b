-- Search as a Turkish or Azerbaijani keyboard types: "bagirdi" and "BAĞIRDI" find "bağırdı",
-- "elaqe" finds "əlaqə". unicode61 already folds case and strips ş/ğ/ü/ö/ç to their base
-- letters, but ı, İ and ə are letters of their own to it. So the index receives the text with
-- those letters replaced (the map of foldTurkicLetters in src/shared/domain/fold.ts, which the
-- query goes through too). Plain SQL, no custom function, so rows written by any SQLite tool are
-- indexed alike. Each replacement is one letter for one letter: the tokens of the indexed text
-- and of the stored text are the same, so snippet() marks the words in the original text.
DROP TRIGGER journal_entries_fts_insert;
--> statement-breakpoint
DROP TRIGGER journal_entries_fts_delete;
--> statement-breakpoint
INSERT INTO journal_fts(journal_fts) VALUES ('delete-all');
--> statement-breakpoint
INSERT INTO journal_fts(rowid, summary, details, quotes)
SELECT id,
  replace(replace(replace(replace(replace(summary, 'İ', 'i'), 'I', 'i'), 'ı', 'i'), 'Ə', 'e'), 'ə', 'e'),
  replace(replace(replace(replace(replace(details, 'İ', 'i'), 'I', 'i'), 'ı', 'i'), 'Ə', 'e'), 'ə', 'e'),
  replace(replace(replace(replace(replace(quotes, 'İ', 'i'), 'I', 'i'), 'ı', 'i'), 'Ə', 'e'), 'ə', 'e')
FROM journal_entries ORDER BY id;
--> statement-breakpoint
CREATE TRIGGER journal_entries_fts_insert AFTER INSERT ON journal_entries
BEGIN
  INSERT INTO journal_fts(rowid, summary, details, quotes) VALUES (new.id,
    replace(replace(replace(replace(replace(new.summary, 'İ', 'i'), 'I', 'i'), 'ı', 'i'), 'Ə', 'e'), 'ə', 'e'),
    replace(replace(replace(replace(replace(new.details, 'İ', 'i'), 'I', 'i'), 'ı', 'i'), 'Ə', 'e'), 'ə', 'e'),
    replace(replace(replace(replace(replace(new.quotes, 'İ', 'i'), 'I', 'i'), 'ı', 'i'), 'Ə', 'e'), 'ə', 'e'));
END;
--> statement-breakpoint
CREATE TRIGGER journal_entries_fts_delete AFTER DELETE ON journal_entries
BEGIN
  INSERT INTO journal_fts(journal_fts, rowid, summary, details, quotes) VALUES ('delete', old.id,
    replace(replace(replace(replace(replace(old.summary, 'İ', 'i'), 'I', 'i'), 'ı', 'i'), 'Ə', 'e'), 'ə', 'e'),
    replace(replace(replace(replace(replace(old.details, 'İ', 'i'), 'I', 'i'), 'ı', 'i'), 'Ə', 'e'), 'ə', 'e'),
    replace(replace(replace(replace(replace(old.quotes, 'İ', 'i'), 'I', 'i'), 'ı', 'i'), 'Ə', 'e'), 'ə', 'e'));
END;
