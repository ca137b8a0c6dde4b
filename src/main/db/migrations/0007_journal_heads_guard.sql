-- The database itself guards each chain's recorded head and the sample mark, as a second guard
-- behind the app (journal/chain.ts upsertHead, sample/service.ts remove). Someone with the file
-- can still drop these triggers: that is what journal receipts, held outside the machine, catch.
--
-- A head row names the last entry of its chain: written only with the entry it names, never
-- ahead of or behind the chain.
CREATE TRIGGER journal_heads_insert_guard BEFORE INSERT ON journal_heads
WHEN NOT EXISTS (SELECT 1 FROM journal_entries WHERE client_id = new.client_id AND seq = new.seq AND hash = new.hash)
  OR EXISTS (SELECT 1 FROM journal_entries WHERE client_id = new.client_id AND seq > new.seq)
BEGIN SELECT RAISE(ABORT, 'a journal head must name the last entry of its chain'); END;
--> statement-breakpoint
-- Heads only move forward: the sequence number never decreases, the same number never gets
-- another hash, a head never moves to another client, and it names the chain's last entry.
CREATE TRIGGER journal_heads_forward_only BEFORE UPDATE ON journal_heads
WHEN new.client_id IS NOT old.client_id
  OR new.seq < old.seq
  OR (new.seq = old.seq AND new.hash IS NOT old.hash)
  OR NOT EXISTS (SELECT 1 FROM journal_entries WHERE client_id = new.client_id AND seq = new.seq AND hash = new.hash)
  OR EXISTS (SELECT 1 FROM journal_entries WHERE client_id = new.client_id AND seq > new.seq)
BEGIN SELECT RAISE(ABORT, 'journal heads only move forward'); END;
--> statement-breakpoint
-- A head row is never deleted, except a sample client's once its sample entries are gone
-- (removing sample data deletes the entries, then the head, then the client).
CREATE TRIGGER journal_heads_no_delete BEFORE DELETE ON journal_heads
WHEN EXISTS (SELECT 1 FROM journal_entries WHERE client_id = old.client_id)
  OR NOT EXISTS (SELECT 1 FROM clients WHERE id = old.client_id AND is_sample = 1)
BEGIN SELECT RAISE(ABORT, 'journal heads are never deleted'); END;
--> statement-breakpoint
-- is_sample is 0 or 1 (a CHECK the existing table cannot be given): any other value would slip
-- past the delete guard below, which lets only sample rows go.
CREATE TRIGGER journal_entries_sample_flag BEFORE INSERT ON journal_entries
WHEN new.is_sample IS NOT 0 AND new.is_sample IS NOT 1
BEGIN SELECT RAISE(ABORT, 'is_sample must be 0 or 1'); END;
--> statement-breakpoint
CREATE TRIGGER journal_entries_sample_flag_update BEFORE UPDATE OF is_sample ON journal_entries
WHEN new.is_sample IS NOT old.is_sample
BEGIN SELECT RAISE(ABORT, 'the sample mark of a journal entry never changes'); END;
--> statement-breakpoint
-- Only rows marked exactly 1 may be deleted (0002 refused only 0).
DROP TRIGGER journal_entries_no_delete;
--> statement-breakpoint
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries WHEN old.is_sample IS NOT 1
BEGIN SELECT RAISE(ABORT, 'journal entries are append-only'); END;
