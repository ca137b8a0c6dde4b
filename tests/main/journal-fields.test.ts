// The journal entry's fields are declared once (src/shared/domain/journal-fields.ts); the
// stored row, the reader, the CSV export and the canonical form all follow that table.
import { afterEach, describe, expect, it } from 'vitest';
import { journalFields } from '../../src/shared/domain/journal-fields';
import { csvExports, journalCsvColumns } from '../../src/main/transfer/export-csv';
import { appendJournalEntries, type StoredRow } from '../../src/main/journal/chain';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp;
afterEach(() => app.close());

describe('one description of a journal entry', () => {
  it('the table names exactly the columns the database has, beside the row id and the hashes', () => {
    app = createTempApp();
    const columns = (app.database.sqlite.prepare('PRAGMA table_info(journal_entries)').all() as { name: string }[]).map((c) => c.name);
    expect(columns.filter((c) => !['id', 'prev_hash', 'hash', 'created_at'].includes(c)).sort()).toEqual(
      journalFields.map((f) => f.column).sort(),
    );
  });

  it('the journal CSV carries every field the hash covers', () => {
    expect(['client_id', ...journalCsvColumns].sort()).toEqual(journalFields.map((f) => f.column).sort());
    expect(csvExports.journal.header.slice(0, 3)).toEqual(['id', 'client_id', 'client_name']);
  });

  it('a new entry gets the defaults, NFC text, and reads back as it was written', async () => {
    app = createTempApp();
    const c = app.services.clients.create(newClient('Ayşe'));
    const [row] = appendJournalEntries(app.services.ctx, [
      { clientId: c.id, kind: 'call', channel: 'phone', occurredAt: '2026-11-20T09:00:00.000Z', summary: 'Bağırdı'.normalize('NFD') },
    ]);
    expect(row).toMatchObject({ details: '', quotes: [], severity: 'low', signs: [], amendsId: null, isSample: false, summary: 'Bağırdı' });
    const stored = app.database.sqlite.prepare('SELECT * FROM journal_entries').get() as StoredRow;
    expect(stored).toMatchObject({ summary: 'Bağırdı', quotes: '[]', is_sample: 0, duration_minutes: null, severity: 'low' });
    const { entry } = await app.api.getJournalEntry({ id: row!.id });
    expect(entry).toMatchObject({ summary: 'Bağırdı', severity: 'low', quotes: [], clientName: 'Ayşe', hash: row!.hash });
  });
});
