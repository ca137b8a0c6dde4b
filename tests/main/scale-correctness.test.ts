import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { verifyJournal } from '../../src/main/journal/chain';

// Correctness at (CI-sized) scale for the performance work: the generated journal verifies,
// and one changed byte anywhere in an entry is caught and named.
let app: TempApp;
beforeAll(() => {
  app = createTempApp();
  app.services.sampleData.load('en', { clients: 120, seed: 7 });
});
afterAll(() => app.close());

describe('generated journal at scale', () => {
  it('verifies intact, every chain', async () => {
    const v = await verifyJournal(app.services.ctx);
    const n = (app.database.sqlite.prepare('SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n;
    expect(n).toBeGreaterThan(5_000);
    expect(v).toMatchObject({ ok: true, entriesChecked: n, failure: null });
    expect(v.clientsChecked).toBeGreaterThan(100);
  });

  it('a single flipped byte in one entry fails verification and names that entry', async () => {
    const s = app.database.sqlite;
    const victim = s.prepare('SELECT id, client_id, seq, summary FROM journal_entries ORDER BY id LIMIT 1 OFFSET 4321').get() as {
      id: number;
      client_id: number;
      seq: number;
      summary: string;
    };
    const flipped = String.fromCharCode(victim.summary.charCodeAt(0) ^ 1) + victim.summary.slice(1);
    s.exec('DROP TRIGGER journal_entries_no_update');
    s.prepare('UPDATE journal_entries SET summary = ? WHERE id = ?').run(flipped, victim.id);
    const v = await verifyJournal(app.services.ctx);
    expect(v.ok).toBe(false);
    expect(v.failure).toMatchObject({ clientId: victim.client_id, seq: victim.seq, entryId: victim.id, reason: 'hash_mismatch' });
  });
});
