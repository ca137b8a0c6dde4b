// An outside tester with the sqlite3 module and a copy of a real database (audit, 2026-12-03):
// drops the triggers as an attacker would, changes the journal one way at a time, then asks
// `npm run cli -- verify` and the app's start-up check. Each change is named — exit 1, the
// client by number and name, the entry — and start-up reports a problem with the same entry.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { runCli } from '../../src/main/cli';
import { call } from '../helpers/call';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { appendJournalEntries, type NewJournalEntry } from '../../src/main/journal/chain';
import { startJournalCheck } from '../../src/main/journal/startup-check';

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, out: out.join('\n') };
}

function entries(clientId: number, n: number): NewJournalEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    clientId,
    kind: 'call',
    channel: 'phone',
    occurredAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(),
    summary: `Görüşme ${i + 1}: ödeme soruldu`,
    author: 'Ayşe Yılmaz',
  }));
}

type Raw = InstanceType<typeof Database>;
/** Each attack on client B's 10-entry chain, with the entry verify must name and why. */
const attacks: { name: string; run: (db: Raw, b: number) => void; seq: number; reason: string }[] = [
  {
    name: "one character of an entry's summary",
    run: (db, b) =>
      db.prepare("UPDATE journal_entries SET summary = replace(summary, 'ö', 'o') WHERE client_id = ? AND seq = 4").run(b),
    seq: 4,
    reason: 'hash_mismatch',
  },
  {
    name: 'recorded_at moved by a second',
    run: (db, b) =>
      db
        .prepare(
          "UPDATE journal_entries SET recorded_at = strftime('%Y-%m-%dT%H:%M:%fZ', recorded_at, '+1 second') WHERE client_id = ? AND seq = 6",
        )
        .run(b),
    seq: 6,
    reason: 'hash_mismatch',
  },
  {
    name: 'the last entry and its head deleted',
    run: (db, b) => {
      db.prepare('DELETE FROM journal_entries WHERE client_id = ? AND seq = 10').run(b);
      db.prepare('DELETE FROM journal_heads WHERE client_id = ?').run(b);
    },
    seq: 9,
    reason: 'head_missing',
  },
  {
    name: 'a middle entry deleted',
    run: (db, b) => db.prepare('DELETE FROM journal_entries WHERE client_id = ? AND seq = 5').run(b),
    seq: 6,
    reason: 'seq_gap',
  },
  {
    name: "two entries' seq swapped",
    run: (db, b) => {
      db.prepare('UPDATE journal_entries SET seq = -1 WHERE client_id = ? AND seq = 3').run(b);
      db.prepare('UPDATE journal_entries SET seq = 3 WHERE client_id = ? AND seq = 4').run(b);
      db.prepare('UPDATE journal_entries SET seq = 4 WHERE client_id = ? AND seq = -1').run(b);
    },
    seq: 3,
    reason: 'prev_hash_mismatch',
  },
  {
    name: 'the author of a version-2 entry',
    run: (db, b) => db.prepare("UPDATE journal_entries SET author = 'Mallory' WHERE client_id = ? AND seq = 8").run(b),
    seq: 8,
    reason: 'hash_mismatch',
  },
  {
    name: 'hash_version of a version-2 entry set to 1',
    run: (db, b) => db.prepare('UPDATE journal_entries SET hash_version = 1 WHERE client_id = ? AND seq = 2').run(b),
    seq: 2,
    reason: 'hash_version_invalid',
  },
];

describe('tampering with the file, found by verify and at start-up', () => {
  it.each(attacks)('$name', async ({ run, seq, reason }) => {
    app = createTempApp();
    const a = await call(app.api, 'createClient', { name: 'Deniz Ltd' });
    const b = await call(app.api, 'createClient', { name: 'İlkə Şahin' });
    appendJournalEntries(app.services.ctx, [...entries(a.id, 10), ...entries(b.id, 10)]);
    expect((await cli('verify', '--db', app.database.path)).code).toBe(0);

    const raw = new Database(app.database.path);
    for (const t of raw.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger'").all())
      raw.exec(`DROP TRIGGER "${t.name}"`);
    run(raw, b.id);
    raw.close();

    const r = await cli('verify', '--db', app.database.path);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`NOT INTACT: client ${b.id}, entry #${seq}`);
    expect(r.out).toContain(`client ${b.id}: İlkə Şahin`);
    expect(r.out).toContain(reason);
    const json = await cli('verify', '--db', app.database.path, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, failure: { clientId: b.id, seq, reason } });
    // the other client's chain alone still verifies
    expect((await cli('verify', '--db', app.database.path, '--client', String(a.id))).code).toBe(0);

    await startJournalCheck(app.database.path, join(app.dir, 'data'), app.runtime.control.health);
    const view = await call(app.api, 'getHealth');
    expect(view.status).toBe('problem');
    // the health view carries the sentence (its `reason` is the detail shown to the owner)
    expect(view.journal.result?.failure).toMatchObject({ clientId: b.id, seq });
    expect(view.journal.result?.failure?.reason).toMatch(
      reason === 'head_missing' ? /has 9 entries but no recorded head/ : `#${seq}`,
    );
  });
});

describe('a forged entry appended after a receipt, its hash chain recomputed', () => {
  it('passes verify --db, but verify --against the receipt names it: recorded before the receipt, yet not in it', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    const b = await call(app.api, 'createClient', { name: 'İlkə Şahin' });
    appendJournalEntries(app.services.ctx, entries(b.id, 5));
    const db = app.database.path;
    const receipt = join(app.dir, 'receipt.json');
    // the receipt is made now, on the real clock (after 2026-11-23)
    expect((await cli('receipt', '--db', db, '--out', receipt)).code).toBe(0);
    expect((await cli('verify', '--db', db, '--against', receipt)).code).toBe(0);

    // the attacker runs the app's own code with the clock turned back to a day after the last
    // entry: a perfect chain entry, head moved with it, every check of the file passes
    const forgedCtx = { ...app.services.ctx, now: () => new Date('2026-11-24T09:00:00.000Z') };
    appendJournalEntries(forgedCtx, [
      { ...entries(b.id, 1)[0]!, summary: 'Müşteri tehdit etti', occurredAt: '2026-11-22T09:00:00.000Z' },
    ]);
    expect((await cli('verify', '--db', db)).code).toBe(0);

    const r = await cli('verify', '--db', db, '--against', receipt);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`client ${b.id}: CHANGED (İlkə Şahin)`);
    expect(r.out).toContain(
      `BACKDATED: client ${b.id}, entry #6 is not in the receipt but says it was recorded at 2026-11-24T09:00:00.000Z`,
    );
    const json = JSON.parse((await cli('verify', '--db', db, '--against', receipt, '--json')).out) as { problems: unknown[] };
    expect(json.problems).toEqual([expect.objectContaining({ kind: 'backdated', clientId: b.id, seq: 6 })]);
  });

  it('an entry really written after the receipt is "appended since", exit 0', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    const b = await call(app.api, 'createClient', { name: 'Deniz' });
    appendJournalEntries(app.services.ctx, entries(b.id, 3));
    const db = app.database.path;
    const receipt = join(app.dir, 'receipt.json');
    expect((await cli('receipt', '--db', db, '--out', receipt)).code).toBe(0);
    await new Promise((r) => setTimeout(r, 5));
    expect((await cli('journal', 'add', '--db', db, '--client', 'Deniz', '--kind', 'call', '--summary', 'Aradı')).code).toBe(0);
    const r = await cli('verify', '--db', db, '--against', receipt);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`client ${b.id}: appended since (Deniz)`);
  });
});
