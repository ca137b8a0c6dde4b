// Tampering with the journal file by raw SQL, as someone with the file could, and the finding
// `verify` names for each: a back-dated forged entry with a valid hash, a removed head row, a
// changed sample mark, and an entry hidden from the search index.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, type TempApp, newClient } from '../helpers/temp-db';
import { appendJournalEntries, chainHash, verifyJournal, type StoredRow } from '../../src/main/journal/chain';
import type { ChainEntry } from '../../src/shared/domain/journal-chain';

let app: TempApp;
let a: number;
const sql = () => app.database.sqlite;
const verify = () => verifyJournal(app.services.ctx);

beforeEach(() => {
  app = createTempApp();
  a = app.services.clients.create(newClient('Mehmet Kaya')).id;
  const b = app.services.clients.create(newClient('Leyla Əliyeva')).id;
  for (const summary of ['first call', 'second call', 'third call']) {
    appendJournalEntries(app.services.ctx, [
      { clientId: a, kind: 'call', channel: 'phone', occurredAt: '2026-11-20T09:00:00.000Z', summary },
      { clientId: b, kind: 'call', channel: 'phone', occurredAt: '2026-11-20T09:00:00.000Z', summary },
    ]);
    app.clock.advance(3_600_000);
  }
});
afterEach(() => app.close());

describe('a computer clock set back', () => {
  it('never stamps an entry earlier than the one before it, so an honest journal still verifies', async () => {
    const before = sql().prepare('SELECT max(recorded_at) AS t FROM journal_entries WHERE client_id = ?').get(a) as { t: string };
    app.clock.advance(-48 * 3_600_000); // the owner's clock jumped two days back
    const [entry] = appendJournalEntries(app.services.ctx, [
      { clientId: a, kind: 'call', channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z', summary: 'after the clock change' },
    ]);
    expect(entry!.recordedAt).toBe(before.t);
    expect(await verify()).toMatchObject({ ok: true, failure: null });
  });
});

describe('verify names each kind of tampering', () => {
  it('an untouched journal verifies', async () => {
    expect((await verify()).ok).toBe(true);
  });

  it('a back-dated forged entry with a valid hash and head', async () => {
    const last = sql().prepare('SELECT hash FROM journal_heads WHERE client_id = ?').get(a) as { hash: string };
    const forged: ChainEntry = {
      clientId: a,
      seq: 4,
      kind: 'call',
      channel: 'phone',
      occurredAt: '2026-11-20T08:00:00.000Z',
      recordedAt: '2026-11-20T08:05:00.000Z',
      durationMinutes: null,
      summary: 'client agreed to everything',
      details: '',
      quotes: [],
      people: [],
      witnesses: [],
      severity: 'low',
      signs: [],
      amendsId: null,
      refersToId: null,
      caseId: null,
      isSample: false,
      // as the insert below stores it: the column defaults, a version-1 entry
      author: '',
      hashVersion: 1,
      attachments: [],
    };
    const hash = chainHash(last.hash, forged);
    sql()
      .prepare(
        `INSERT INTO journal_entries (client_id, seq, kind, channel, occurred_at, recorded_at, summary, prev_hash, hash)
         VALUES (?, 4, 'call', 'phone', ?, ?, ?, ?, ?)`,
      )
      .run(a, forged.occurredAt, forged.recordedAt, forged.summary, last.hash, hash);
    sql().prepare('UPDATE journal_heads SET seq = 4, hash = ? WHERE client_id = ?').run(hash, a);
    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.failure).toMatchObject({ clientId: a, seq: 4, reason: 'recorded_backwards' });
  });

  it('a client with entries but no head row', async () => {
    sql().exec('DROP TRIGGER journal_heads_no_delete'); // the database refuses it: an attacker drops the guard
    sql().prepare('DELETE FROM journal_heads WHERE client_id = ?').run(a);
    const v = await verify();
    expect(v.failure).toMatchObject({ clientId: a, seq: 3, reason: 'head_missing' });
  });

  it('a sample mark changed to something other than 0 or 1', async () => {
    sql().exec('DROP TRIGGER journal_entries_no_update; DROP TRIGGER journal_entries_sample_flag_update');
    sql().prepare('UPDATE journal_entries SET is_sample = 2 WHERE client_id = ? AND seq = 2').run(a);
    const v = await verify();
    expect(v.failure).toMatchObject({ clientId: a, seq: 2, reason: 'sample_flag_invalid' });
  });

  it('an entry removed from the search index', async () => {
    const row = sql().prepare('SELECT * FROM journal_entries WHERE client_id = ? AND seq = 2').get(a) as StoredRow;
    // the index's own 'delete' command, over whatever columns it indexes
    const cols = (sql().prepare('PRAGMA table_info(journal_fts)').all() as { name: string }[]).map((c) => c.name);
    sql()
      .prepare(`INSERT INTO journal_fts(journal_fts, rowid, ${cols.join(', ')}) VALUES ('delete', ?, ${cols.map(() => '?').join(', ')})`)
      .run(row.id, ...cols.map((c) => (row as unknown as Record<string, unknown>)[c]));
    const v = await verify();
    expect(v.failure).toMatchObject({ clientId: a, seq: 2, entryId: row.id, reason: 'search_index_mismatch' });
    // one client's check looks at that client's entries only
    expect((await verifyJournal(app.services.ctx, { clientId: a })).failure?.reason).toBe('search_index_mismatch');
  });
});
