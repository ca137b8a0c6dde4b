// Migration 0007: the database itself refuses what would move a chain's recorded head back,
// remove it, or give the sample mark a third value — raw SQL, as someone with the file would
// try before dropping the triggers. The app's own paths (appending, removing sample data) still work.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';
import { appendJournalEntries, verifyJournal } from '../../src/main/journal/chain';

let app: TempApp;
let a: number;
const sql = () => app.database.sqlite;
const head = (clientId: number) =>
  sql().prepare('SELECT seq, hash FROM journal_heads WHERE client_id = ?').get(clientId) as { seq: number; hash: string };
const hashAt = (clientId: number, seq: number) =>
  (sql().prepare('SELECT hash FROM journal_entries WHERE client_id = ? AND seq = ?').get(clientId, seq) as { hash: string }).hash;

beforeEach(() => {
  app = createTempApp();
  a = app.services.clients.create(newClient('Mehmet Kaya')).id;
  for (const summary of ['first call', 'second call', 'third call'])
    appendJournalEntries(app.services.ctx, [
      { clientId: a, kind: 'call', channel: 'phone', occurredAt: '2026-11-20T09:00:00.000Z', summary },
    ]);
});
afterEach(() => app.close());

describe('journal heads only move forward', () => {
  it('the app appends and its head follows', async () => {
    appendJournalEntries(app.services.ctx, [
      { clientId: a, kind: 'call', channel: 'phone', occurredAt: '2026-11-20T09:00:00.000Z', summary: 'fourth' },
    ]);
    expect(head(a)).toEqual({ seq: 4, hash: hashAt(a, 4) });
    expect((await verifyJournal(app.services.ctx)).ok).toBe(true);
  });

  it('refuses a head moved back to an earlier entry', () => {
    expect(() => sql().prepare('UPDATE journal_heads SET seq = 2, hash = ? WHERE client_id = ?').run(hashAt(a, 2), a)).toThrow(
      /only move forward/,
    );
    expect(head(a).seq).toBe(3);
  });

  it('refuses another hash at the same number, a head ahead of its chain, and a head moved to another client', () => {
    const b = app.services.clients.create(newClient('Leyla Əliyeva')).id;
    const run =
      (q: string, ...p: unknown[]) =>
      () =>
        sql()
          .prepare(q)
          .run(...p);
    expect(run('UPDATE journal_heads SET hash = ? WHERE client_id = ?', 'f'.repeat(64), a)).toThrow(/only move forward/);
    expect(run('UPDATE journal_heads SET seq = 9 WHERE client_id = ?', a)).toThrow(/only move forward/);
    expect(run('UPDATE journal_heads SET client_id = ? WHERE client_id = ?', b, a)).toThrow(/only move forward/);
    expect(run('INSERT INTO journal_heads (client_id, seq, hash) VALUES (?, 1, ?)', b, 'e'.repeat(64))).toThrow(
      /last entry of its chain/,
    );
    expect(head(a)).toEqual({ seq: 3, hash: hashAt(a, 3) });
  });

  it('refuses deleting a head row, even once its entries are gone', () => {
    expect(() => sql().prepare('DELETE FROM journal_heads WHERE client_id = ?').run(a)).toThrow(/never deleted/);
    sql().exec('DROP TRIGGER journal_entries_no_delete');
    sql().prepare('DELETE FROM journal_entries WHERE client_id = ?').run(a);
    expect(() => sql().prepare('DELETE FROM journal_heads WHERE client_id = ?').run(a)).toThrow(/never deleted/);
  });
});

describe('the sample mark is 0 or 1', () => {
  it('refuses inserting an entry marked 2, and changing any mark', () => {
    const row = sql().prepare('SELECT * FROM journal_entries WHERE client_id = ? AND seq = 3').get(a) as Record<string, unknown>;
    expect(() =>
      sql()
        .prepare(
          `INSERT INTO journal_entries (client_id, seq, kind, channel, occurred_at, recorded_at, summary, prev_hash, hash, is_sample)
           VALUES (?, 4, 'call', 'phone', ?, ?, 'forged', ?, ?, 2)`,
        )
        .run(a, row['occurred_at'], row['recorded_at'], row['hash'], 'a'.repeat(64)),
    ).toThrow(/0 or 1/);
    // refused twice over: rows are append-only, and the sample mark has its own guard
    expect(() => sql().prepare('UPDATE journal_entries SET is_sample = 2 WHERE client_id = ?').run(a)).toThrow(
      /append-only|never changes/,
    );
    sql().exec('DROP TRIGGER journal_entries_no_update');
    expect(() => sql().prepare('UPDATE journal_entries SET is_sample = 1 WHERE client_id = ?').run(a)).toThrow(/never changes/);
  });

  it('sample data is still removed in one step, heads and all', async () => {
    app.close();
    app = createTempApp();
    await app.api.loadSampleData({ language: 'tr' });
    const heads = (sql().prepare('SELECT count(*) AS n FROM journal_heads').get() as { n: number }).n;
    expect(heads).toBeGreaterThan(0);
    const removed = await app.api.removeSampleData(undefined);
    expect(removed).toMatchObject({ keptClients: 0 });
    expect(removed.removedClients).toBeGreaterThan(0);
    expect(sql().prepare('SELECT count(*) AS n FROM journal_heads').get()).toEqual({ n: 0 });
    expect(sql().prepare('SELECT count(*) AS n FROM journal_entries').get()).toEqual({ n: 0 });
  });
});
