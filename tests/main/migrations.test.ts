import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrateTo, openDatabase, latestSchemaVersion } from '../../src/main/db/open';
import { contextOf } from '../../src/main/core/context';
import { appendJournalEntries, verifyJournal } from '../../src/main/journal/chain';
import { createJournalReader } from '../../src/main/journal/read';
import { migrations } from '../../src/main/db/migrations.gen';
import { generatedFile, renderEmbeddedMigrations } from '../../scripts/embed-migrations';
import { appendV1Entries } from '../helpers/journal-v1';
import { toFtsQuery } from '../../src/shared/domain/fts-query';

let dir: string;
const noFilter = { clientId: null, kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false };
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
const fresh = () => {
  dir = mkdtempSync(join(tmpdir(), 'cd-mig-'));
  return join(dir, 'db.sqlite');
};

describe('migrations on real SQLite', () => {
  it('the embedded migrations match drizzle-kit output (run `npm run db:generate` if not)', () => {
    expect(readFileSync(generatedFile, 'utf8')).toBe(renderEmbeddedMigrations());
  });

  it('a new database gets every table, the journal guards and the pragmas', () => {
    const db = openDatabase(fresh());
    expect(db.schemaVersion).toBe(migrations.length);
    const names = (
      db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','trigger')").all() as { name: string }[]
    ).map((r) => r.name);
    for (const t of [
      'clients',
      'invoices',
      'payments',
      'journal_entries',
      'journal_fts',
      'journal_entries_no_update',
      'journal_entries_no_delete',
      'journal_entries_sample_flag',
      'journal_heads_forward_only',
      'journal_heads_no_delete',
    ]) {
      expect(names).toContain(t);
    }
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('no foreign key anywhere cascades deletes', () => {
    const db = openDatabase(fresh());
    const tables = (
      db.sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'journal_fts%' AND name NOT LIKE 'sqlite_%'",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    for (const t of tables) {
      const fks = db.sqlite.prepare(`PRAGMA foreign_key_list(${t})`).all() as { on_delete: string }[];
      for (const fk of fks) expect(fk.on_delete, t).not.toBe('CASCADE');
    }
    db.close();
  });

  it('upgrades a database at each older version, keeping its rows', () => {
    for (let from = 1; from < migrations.length; from++) {
      const path = fresh();
      const raw = new Database(path);
      migrateTo(raw, from);
      raw.prepare("INSERT INTO clients (name) VALUES ('Eski Müşteri')").run();
      raw.close();
      const db = openDatabase(path);
      expect(db.schemaVersion).toBe(latestSchemaVersion);
      expect(db.sqlite.prepare('SELECT name FROM clients').get()).toEqual({ name: 'Eski Müşteri' });
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('each migration upgrades a database at the version before it, keeping its clients, money and journal', async () => {
    const v2From = migrations.findIndex((m) => m.tag === '0008_journal_author') + 1;
    // a fixture per migration: the database as the version before it left it, with one of each
    // kind of record, written by that version's own schema and triggers
    for (let from = 1; from < migrations.length; from++) {
      const path = fresh();
      const dataDir = join(dir, 'data');
      const now = () => new Date('2026-11-20T10:00:00.000Z');
      const raw = new Database(path);
      migrateTo(raw, from);
      const clientId = Number(raw.prepare("INSERT INTO clients (name, company) VALUES ('Leyla Əliyeva', 'Əliyev MMC')").run().lastInsertRowid);
      const invoiceId = Number(
        raw
          .prepare(
            "INSERT INTO invoices (client_id, number, issued_on, due_on, amount_minor, currency, created_at, updated_at) VALUES (?, 'F-1', '2026-10-01', '2026-10-31', 125050, 'AZN', 'x', 'x')",
          )
          .run(clientId).lastInsertRowid,
      );
      raw.prepare("INSERT INTO payments (invoice_id, paid_on, amount_minor, created_at, updated_at) VALUES (?, '2026-10-20', 50000, 'x', 'x')").run(invoiceId);
      // written as that version's app wrote it: before 0008, hash version 1 without an author
      const entryIn = { clientId, kind: 'incident_threat', channel: 'phone', occurredAt: now().toISOString(), summary: 'Hədə: məhkəməyə verəcəyəm', quotes: ['"Görərsiniz!"'] };
      const [entry] =
        from < v2From ? appendV1Entries(raw, [entryIn], now().toISOString()) : appendJournalEntries({ sqlite: raw, db: drizzle(raw), dataDir, databasePath: path, now }, [entryIn]);
      raw.close();

      const db = openDatabase(path);
      expect(db.schemaVersion, `from ${from}`).toBe(latestSchemaVersion);
      expect(db.sqlite.prepare('SELECT name, company FROM clients').all(), `from ${from}`).toEqual([{ name: 'Leyla Əliyeva', company: 'Əliyev MMC' }]);
      expect(db.sqlite.prepare('SELECT amount_minor FROM invoices').all()).toEqual([{ amount_minor: 125050 }]);
      expect(db.sqlite.prepare('SELECT amount_minor FROM payments').all()).toEqual([{ amount_minor: 50000 }]);
      expect(db.sqlite.prepare('SELECT id, hash FROM journal_entries').all()).toEqual([{ id: entry!.id, hash: entry!.hash }]);
      expect(await verifyJournal(contextOf(db, dataDir, now)), `from ${from}`).toMatchObject({ ok: true, failure: null, entriesChecked: 1 });
      expect(createJournalReader(db.sqlite).search('hede', noFilter, null, 5).items.map((h) => h.entry.id), `from ${from}`).toEqual([entry!.id]);
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('0006 rebuilds the search index of an older journal so bagirdi finds bağırdı, and it still verifies', async () => {
    const from = migrations.findIndex((m) => m.tag === '0006_journal_search_fold');
    const path = fresh();
    const dataDir = join(dir, 'data');
    const now = () => new Date('2026-11-20T10:00:00.000Z');
    const raw = new Database(path);
    migrateTo(raw, from);
    const clientId = Number(raw.prepare("INSERT INTO clients (name) VALUES ('Mehmet Kaya')").run().lastInsertRowid);
    // written by the version before: its triggers index the text as typed
    const written = appendV1Entries(
      raw,
      [
        { summary: 'Müşteri telefonda bağırdı' },
        { summary: 'Teslim araması', details: 'BAĞIRDI ve kapattı' },
        { summary: 'Əlaqə saxladı' },
        { summary: 'Sessiz bir gün' },
      ].map((e) => ({ clientId, kind: 'call' as const, channel: 'phone' as const, occurredAt: now().toISOString(), ...e })),
      now().toISOString(),
    );
    // the defect this migration repairs: only the upper-case BAĞIRDI (no dotless ı) was found
    // (the index queried as the reader does; today's reader also reads columns 0008 added)
    const oldSearch = raw
      .prepare('SELECT rowid AS id FROM journal_fts WHERE journal_fts MATCH ? ORDER BY rowid DESC')
      .all(toFtsQuery('bagirdi')) as { id: number }[];
    expect(oldSearch.map((h) => h.id)).toEqual([written[1]!.id]);
    raw.close();

    const db = openDatabase(path);
    expect(db.schemaVersion).toBe(latestSchemaVersion);
    const search = (q: string) => createJournalReader(db.sqlite).search(q, noFilter, null, 50).items;
    const [w0, w1, w2] = written.map((e) => e.id);
    for (const q of ['bagirdi', 'BAĞIRDI', 'bağırdı', 'bagi'])
      expect(
        search(q).map((h) => h.entry.id),
        q,
      ).toEqual([w1, w0]);
    expect(search('elaqe').map((h) => h.entry.id)).toEqual([w2]);
    expect(search('bagirdi')[1]!.snippet).toBe('Müşteri telefonda \u0002bağırdı\u0003');
    // the index lists exactly the entries, and the journal verifies as before
    const docs = db.sqlite.prepare('SELECT id FROM journal_fts_docsize ORDER BY id').all();
    expect(docs).toEqual(db.sqlite.prepare('SELECT id FROM journal_entries ORDER BY id').all());
    expect(await verifyJournal(contextOf(db, dataDir, now))).toMatchObject({ ok: true, failure: null });
    db.close();
  });

  it('0007 guards the heads of an older journal: it still verifies, appends, and refuses a head moved back', async () => {
    const from = migrations.findIndex((m) => m.tag === '0007_journal_heads_guard');
    const path = fresh();
    const dataDir = join(dir, 'data');
    const now = () => new Date('2026-11-20T10:00:00.000Z');
    const raw = new Database(path);
    migrateTo(raw, from);
    const clientId = Number(raw.prepare("INSERT INTO clients (name) VALUES ('Mehmet Kaya')").run().lastInsertRowid);
    const call = (summary: string) => ({
      clientId,
      kind: 'call' as const,
      channel: 'phone' as const,
      occurredAt: now().toISOString(),
      summary,
    });
    appendV1Entries(raw, [call('birinci'), call('ikinci')], now().toISOString());
    // the version before let a head be rewritten by raw SQL
    raw.prepare('UPDATE journal_heads SET updated_at = updated_at WHERE client_id = ?').run(clientId);
    raw.close();

    const db = openDatabase(path);
    expect(db.schemaVersion).toBe(latestSchemaVersion);
    const ctx = contextOf(db, dataDir, now);
    expect(await verifyJournal(ctx)).toMatchObject({ ok: true, failure: null });
    appendJournalEntries(ctx, [call('üçüncü')]);
    const head = db.sqlite.prepare('SELECT seq FROM journal_heads WHERE client_id = ?');
    expect(head.get(clientId)).toEqual({ seq: 3 });
    expect(() => db.sqlite.prepare('UPDATE journal_heads SET seq = 2 WHERE client_id = ?').run(clientId)).toThrow(
      /only move forward/,
    );
    expect(() => db.sqlite.prepare('DELETE FROM journal_heads').run()).toThrow(/never deleted/);
    expect(head.get(clientId)).toEqual({ seq: 3 });
    db.close();
  });

  it('0008 adds author and hash version: old entries stay version 1 and verify, new ones are version 2 in the same chain', async () => {
    const from = migrations.findIndex((m) => m.tag === '0008_journal_author');
    const path = fresh();
    const dataDir = join(dir, 'data');
    const now = () => new Date('2026-11-20T10:00:00.000Z');
    const raw = new Database(path);
    migrateTo(raw, from);
    const clientId = Number(raw.prepare("INSERT INTO clients (name) VALUES ('Mehmet Kaya')").run().lastInsertRowid);
    const sampleId = Number(raw.prepare("INSERT INTO clients (name, is_sample) VALUES ('Örnek', 1)").run().lastInsertRowid);
    const call = (summary: string, id = clientId, isSample = false) => ({
      clientId: id,
      kind: 'call' as const,
      channel: 'phone' as const,
      occurredAt: now().toISOString(),
      summary,
      isSample,
    });
    const old = appendV1Entries(raw, [call('birinci bağırdı'), call('ikinci'), call('örnek', sampleId, true)], now().toISOString());
    raw.close();

    const db = openDatabase(path);
    expect(db.schemaVersion).toBe(latestSchemaVersion);
    const rows = () =>
      db.sqlite.prepare('SELECT seq, author, hash_version AS v, hash FROM journal_entries WHERE client_id = ? ORDER BY seq').all(clientId);
    expect(rows()).toEqual([
      { seq: 1, author: '', v: 1, hash: old[0]!.hash },
      { seq: 2, author: '', v: 1, hash: old[1]!.hash },
    ]);
    const ctx = contextOf(db, dataDir, now);
    expect(await verifyJournal(ctx)).toMatchObject({ ok: true, failure: null, entriesChecked: 3 });
    // a new entry follows the version-1 ones as version 2, with its author
    const [added] = appendJournalEntries(ctx, [{ ...call('üçüncü bağırdı'), author: 'Ayşe Yılmaz' }]);
    expect(added).toMatchObject({ seq: 3, prevHash: old[1]!.hash, author: 'Ayşe Yılmaz', hashVersion: 2 });
    expect(rows()).toMatchObject([{ v: 1 }, { v: 1 }, { seq: 3, author: 'Ayşe Yılmaz', v: 2 }]);
    expect(await verifyJournal(ctx)).toMatchObject({ ok: true, failure: null, entriesChecked: 4 });
    expect(
      createJournalReader(db.sqlite)
        .search('bagirdi', noFilter, null, 5)
        .items.map((h) => h.entry.id),
    ).toEqual([added!.id, old[0]!.id]);
    // the columns are as guarded as the rest of the row, and only versions 1 and 2 are written
    expect(() => db.sqlite.prepare('UPDATE journal_entries SET hash_version = 2 WHERE id = ?').run(old[0]!.id)).toThrow(/append-only/);
    expect(() => db.sqlite.prepare("UPDATE journal_entries SET author = 'x' WHERE id = ?").run(added!.id)).toThrow(/append-only/);
    expect(() =>
      db.sqlite
        .prepare("INSERT INTO journal_entries (client_id, seq, kind, channel, occurred_at, recorded_at, summary, prev_hash, hash, hash_version) VALUES (?, 9, 'call', 'phone', 'x', 'x', 'x', 'x', 'x', 3)")
        .run(clientId),
    ).toThrow(/hash_version must be 1 or 2/);
    // attachments (0001 refused every delete): a real entry's is never deleted; a sample
    // entry's may go, before its entry
    const attachNew = db.sqlite.prepare(
      "INSERT INTO journal_attachments (entry_id, sha256, original_name, size_bytes, media_type) VALUES (?, ?, 'a.txt', 1, 'text/plain')",
    );
    attachNew.run(old[0]!.id, 'a'.repeat(64));
    attachNew.run(old[2]!.id, 'b'.repeat(64));
    expect(() => db.sqlite.prepare('DELETE FROM journal_attachments WHERE entry_id = ?').run(old[0]!.id)).toThrow(/append-only/);
    expect(() => db.sqlite.prepare('DELETE FROM journal_attachments').run()).toThrow(/append-only/);
    expect(db.sqlite.prepare('DELETE FROM journal_attachments WHERE entry_id = ?').run(old[2]!.id).changes).toBe(1);
    expect(db.sqlite.prepare('SELECT entry_id FROM journal_attachments').all()).toEqual([{ entry_id: old[0]!.id }]);
    db.close();
  });

  it('refuses a database written by a newer app, and leaves it untouched', () => {
    const path = fresh();
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrowError(expect.objectContaining({ code: 'DB_TOO_NEW' }));
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('says a non-database file is damaged', () => {
    const path = fresh();
    writeFileSync(path, 'this is not a database, just text that is long enough to be read as a header'.repeat(10));
    expect(() => openDatabase(path)).toThrowError(expect.objectContaining({ code: 'DB_DAMAGED' }));
  });
});
