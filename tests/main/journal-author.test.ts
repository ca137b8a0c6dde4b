// Hash version 2 (migration 0008): every new entry carries its author inside what is hashed.
// Verification reads each row in the version it claims; versions 1 and 2 may follow each other in
// one chain; a changed author or a changed version number is named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';
import { appendJournalEntries, verifyJournal } from '../../src/main/journal/chain';
import { appendV1Entries } from '../helpers/journal-v1';

let app: TempApp;
let a: number;
const sql = () => app.database.sqlite;
const call = (summary: string, author?: string) => ({
  clientId: a,
  kind: 'call',
  channel: 'phone',
  occurredAt: '2026-11-20T09:00:00.000Z',
  summary,
  ...(author === undefined ? {} : { author }),
});
const dropGuards = () => sql().exec('DROP TRIGGER journal_entries_no_update;');

beforeEach(() => {
  app = createTempApp();
  a = app.services.clients.create(newClient('Mehmet Kaya')).id;
});
afterEach(() => app.close());

describe('hash version 2: the author', () => {
  it('versions 1 and 2 alternate in one chain and verify', async () => {
    appendV1Entries(sql(), [call('v1 first')], '2026-11-23T09:00:00.000Z');
    appendJournalEntries(app.services.ctx, [call('v2 second', 'Ayşe Yılmaz')]);
    appendV1Entries(sql(), [call('v1 third')], '2026-11-23T10:00:00.000Z');
    appendJournalEntries(app.services.ctx, [call('v2 fourth', 'Emre Demir')]);
    const rows = sql().prepare('SELECT seq, author, hash_version AS v FROM journal_entries ORDER BY seq').all();
    expect(rows).toEqual([
      { seq: 1, author: '', v: 1 },
      { seq: 2, author: 'Ayşe Yılmaz', v: 2 },
      { seq: 3, author: '', v: 1 },
      { seq: 4, author: 'Emre Demir', v: 2 },
    ]);
    expect(await verifyJournal(app.services.ctx)).toMatchObject({ ok: true, failure: null, entriesChecked: 4 });
  });

  it('the author is stored NFC, as hashed', async () => {
    const [e] = appendJournalEntries(app.services.ctx, [call('x', 'Ays\u0327e')]);
    expect(e!.author).toBe('Ayşe');
    expect(sql().prepare('SELECT author FROM journal_entries').get()).toEqual({ author: 'Ayşe' });
    expect((await verifyJournal(app.services.ctx)).ok).toBe(true);
  });

  it('a version-2 entry with another author fails', async () => {
    appendJournalEntries(app.services.ctx, [call('first', 'Ayşe Yılmaz'), call('second', 'Ayşe Yılmaz')]);
    dropGuards();
    sql().prepare("UPDATE journal_entries SET author = 'Emre Demir' WHERE seq = 2").run();
    expect((await verifyJournal(app.services.ctx)).failure).toMatchObject({ clientId: a, seq: 2, reason: 'hash_mismatch' });
  });

  it('a version-1 entry given an author and version 2 afterwards fails: its content hashes only as version 1', async () => {
    appendV1Entries(sql(), [call('old')], '2026-11-20T09:00:00.000Z');
    dropGuards();
    sql().prepare("UPDATE journal_entries SET author = 'Emre Demir', hash_version = 2").run();
    expect((await verifyJournal(app.services.ctx)).failure).toMatchObject({ seq: 1, reason: 'hash_version_invalid' });
  });

  it('a version-2 entry relabelled version 1 (to drop its author from the check) is named', async () => {
    appendJournalEntries(app.services.ctx, [call('first', 'Ayşe Yılmaz')]);
    dropGuards();
    sql().prepare('UPDATE journal_entries SET hash_version = 1').run();
    expect((await verifyJournal(app.services.ctx)).failure).toMatchObject({
      seq: 1,
      reason: 'hash_version_invalid',
      detail: 'Entry #1 was written as hash version 2 but now claims version 1.',
    });
  });

  it('a version-1 entry relabelled version 2 is named too, and an unknown version', async () => {
    appendV1Entries(sql(), [call('old')], '2026-11-20T09:00:00.000Z');
    dropGuards();
    sql().prepare('UPDATE journal_entries SET hash_version = 2').run();
    expect((await verifyJournal(app.services.ctx)).failure).toMatchObject({ seq: 1, reason: 'hash_version_invalid' });
    sql().prepare('UPDATE journal_entries SET hash_version = 7').run();
    expect((await verifyJournal(app.services.ctx)).failure).toMatchObject({
      seq: 1,
      reason: 'hash_version_invalid',
      detail: 'Entry #1 claims hash version 7, which does not exist.',
    });
  });
});

describe('attachments of sample entries (migration 0008)', () => {
  it('go with the sample data; a real entry keeps its attachment, which stays undeletable', async () => {
    app.close();
    app = createTempApp();
    await app.api.loadSampleData({ language: 'en' });
    const sampleClient = (sql().prepare('SELECT id FROM clients WHERE is_sample = 1 LIMIT 1').get() as { id: number }).id;
    const att = (sha: string) => ({ sha256: sha.repeat(64), originalName: 'note.txt', sizeBytes: 1, mediaType: 'text/plain' });
    appendJournalEntries(app.services.ctx, [
      {
        clientId: sampleClient,
        kind: 'call',
        channel: 'phone',
        occurredAt: '2026-11-20T09:00:00.000Z',
        summary: 'sample',
        isSample: true,
        attachments: [att('a')],
      },
    ]);
    const real = app.services.clients.create(newClient('Gerçek Müşteri')).id;
    const [mine] = appendJournalEntries(app.services.ctx, [
      {
        clientId: real,
        kind: 'call',
        channel: 'phone',
        occurredAt: '2026-11-20T09:00:00.000Z',
        summary: 'real',
        attachments: [att('b')],
      },
    ]);
    const removed = await app.api.removeSampleData(undefined);
    expect(removed.removedClients).toBeGreaterThan(0);
    expect(sql().prepare('SELECT entry_id, sha256 FROM journal_attachments').all()).toEqual([
      { entry_id: mine!.id, sha256: 'b'.repeat(64) },
    ]);
    expect(() => sql().prepare('DELETE FROM journal_attachments').run()).toThrow(/append-only/);
    expect(sql().prepare('SELECT count(*) AS n FROM journal_attachments').get()).toEqual({ n: 1 });
  });
});

describe('a file from before migration 0008', () => {
  it('verifies as it is (a backup or a file offered for restore, read without migrating it)', async () => {
    const { default: Database } = await import('better-sqlite3');
    const { migrateTo } = await import('../../src/main/db/open');
    const { migrations } = await import('../../src/main/db/migrations.gen');
    const { verifyJournalOf } = await import('../../src/main/journal/verify');
    const raw = new Database(':memory:');
    migrateTo(
      raw,
      migrations.findIndex((m) => m.tag === '0008_journal_author'),
    );
    const clientId = Number(raw.prepare("INSERT INTO clients (name) VALUES ('Eski')").run().lastInsertRowid);
    appendV1Entries(
      raw,
      ['bir', 'iki'].map((summary) => ({
        clientId,
        kind: 'call',
        channel: 'phone',
        occurredAt: '2026-11-20T09:00:00.000Z',
        summary,
      })),
      '2026-11-20T09:05:00.000Z',
    );
    const check = await verifyJournalOf(raw, { dataDir: app.services.ctx.dataDir, clientId: null });
    expect(check).toMatchObject({ state: 'verified', verification: { ok: true, failure: null, entriesChecked: 2 } });
    raw.close();
  });
});
