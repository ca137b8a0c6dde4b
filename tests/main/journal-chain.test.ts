import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { createTempApp, type TempApp, newClient } from '../helpers/temp-db';
import {
  appendJournalEntries,
  appendJournalEntry,
  attachmentPath,
  verifyJournal,
  sha256Hex,
} from '../../src/main/journal/chain';
import { GENESIS_HASH, canonicalEntryV2, canonicalJson } from '../../src/shared/domain/journal-chain';

let app: TempApp;
let a: number;
let b: number;
const client = (name: string) => app.services.clients.create(newClient(name)).id;
const entry = (clientId: number, summary: string, extra: object = {}) => ({
  clientId,
  kind: 'call',
  channel: 'phone',
  occurredAt: '2026-11-20T09:00:00.000Z',
  summary,
  ...extra,
});

function storeFile(content: string) {
  const sha = createHash('sha256').update(content).digest('hex');
  const path = attachmentPath(app.services.ctx.dataDir, sha);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return { sha256: sha, originalName: 'ses kaydı.txt', sizeBytes: Buffer.byteLength(content), mediaType: 'text/plain' };
}

/** Tampering as an attacker with the file would: drop the guards and edit rows directly. */
function dropGuards() {
  app.database.sqlite.exec('DROP TRIGGER journal_entries_no_update; DROP TRIGGER journal_entries_no_delete;');
}

beforeEach(() => {
  app = createTempApp();
  a = client('Mehmet Kaya');
  b = client('Leyla Əliyeva');
  appendJournalEntries(app.services.ctx, [
    entry(a, 'first call'),
    entry(b, 'b1'),
    entry(a, 'second call', { attachments: [storeFile('recording')] }),
    entry(a, 'third call', { quotes: ['"Ödemeyeceğim"'], witnesses: ['Emre'] }),
    entry(b, 'b2'),
  ]);
});
afterEach(() => app.close());

describe('journal hash chain', () => {
  it('chains each client separately and verifies when intact', async () => {
    const rows = app.database.sqlite
      .prepare('SELECT client_id, seq, prev_hash, hash FROM journal_entries ORDER BY client_id, seq')
      .all() as {
      client_id: number;
      seq: number;
      prev_hash: string;
      hash: string;
    }[];
    const aRows = rows.filter((r) => r.client_id === a);
    expect(aRows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(aRows[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(aRows[1]!.prev_hash).toBe(aRows[0]!.hash);
    const v = await verifyJournal(app.services.ctx);
    expect(v).toMatchObject({ ok: true, clientsChecked: 2, entriesChecked: 5, attachmentsChecked: 1, failure: null });
  });

  it('a third party can recompute a hash from the documented canonical form', () => {
    const [row] = appendJournalEntries(app.services.ctx, [entry(b, 'check')]);
    const { id: _id, prevHash, hash, ...fields } = row!;
    // a new entry is hash version 2: the version-1 object plus its author and "hashVersion": 2
    expect(fields.hashVersion).toBe(2);
    expect(sha256Hex(prevHash + canonicalEntryV2(fields))).toBe(hash);
    const { author, hashVersion: _v, ...v1Object } = fields;
    expect(sha256Hex(prevHash + canonicalJson({ ...v1Object, author, hashVersion: 2 }))).toBe(hash);
  });

  it('the database refuses UPDATE and DELETE on journal rows', () => {
    expect(() => app.database.sqlite.prepare("UPDATE journal_entries SET summary = 'x'").run()).toThrow(/append-only/);
    expect(() => app.database.sqlite.prepare('DELETE FROM journal_entries').run()).toThrow(/append-only/);
    expect(() => app.database.sqlite.prepare('DELETE FROM journal_attachments').run()).toThrow(/append-only/);
  });

  it('detects a changed field and names the entry', async () => {
    dropGuards();
    app.database.sqlite.prepare("UPDATE journal_entries SET summary = 'a friendly call' WHERE client_id = ? AND seq = 2").run(a);
    const v = await verifyJournal(app.services.ctx);
    expect(v.ok).toBe(false);
    expect(v.failure).toMatchObject({ clientId: a, seq: 2, reason: 'hash_mismatch' });
  });

  it('detects a deleted entry', async () => {
    dropGuards();
    app.database.sqlite.prepare('DELETE FROM journal_entries WHERE client_id = ? AND seq = 1').run(b);
    expect((await verifyJournal(app.services.ctx)).failure).toMatchObject({ clientId: b, seq: 2, reason: 'seq_gap' });
  });

  it('detects two swapped entries', async () => {
    dropGuards();
    const s = app.database.sqlite;
    s.prepare('UPDATE journal_entries SET seq = -1 WHERE client_id = ? AND seq = 2').run(a);
    s.prepare('UPDATE journal_entries SET seq = 2 WHERE client_id = ? AND seq = 3').run(a);
    s.prepare('UPDATE journal_entries SET seq = 3 WHERE client_id = ? AND seq = -1').run(a);
    expect((await verifyJournal(app.services.ctx)).failure).toMatchObject({ clientId: a, seq: 2, reason: 'prev_hash_mismatch' });
  });

  it('detects a changed attachment file', async () => {
    const [att] = app.database.sqlite.prepare('SELECT sha256 FROM journal_attachments').all() as { sha256: string }[];
    writeFileSync(attachmentPath(app.services.ctx.dataDir, att!.sha256), 'edited recording');
    expect((await verifyJournal(app.services.ctx)).failure).toMatchObject({ clientId: a, seq: 2, reason: 'attachment_changed' });
  });

  it('detects a truncated chain end against the recorded head', async () => {
    dropGuards();
    app.database.sqlite.prepare('DELETE FROM journal_entries WHERE client_id = ? AND seq = 3').run(a);
    expect((await verifyJournal(app.services.ctx)).failure).toMatchObject({ clientId: a, seq: 3, reason: 'head_mismatch' });
  });

  it('amendments join the chain and verify; references must stay within the client', async () => {
    const original = app.database.sqlite.prepare('SELECT id FROM journal_entries WHERE client_id = ? AND seq = 1').get(a) as {
      id: number;
    };
    const amendment = appendJournalEntry(
      app.services.ctx,
      entry(a, 'correction: it was a video call', { amendsId: original.id }),
    );
    expect(amendment.seq).toBe(4);
    expect((await verifyJournal(app.services.ctx)).ok).toBe(true);
    expect(() => appendJournalEntry(app.services.ctx, entry(b, 'cross-client', { amendsId: original.id }))).toThrow(
      /does not belong/,
    );
  });

  it('verifies one client on its own and reports progress', async () => {
    const seen: number[] = [];
    const v = await verifyJournal(app.services.ctx, {
      clientId: b,
      progressEvery: 1,
      onProgress: (p) => seen.push(p.entriesChecked),
    });
    expect(v).toMatchObject({ ok: true, clientsChecked: 1, entriesChecked: 2 });
    expect(seen.at(-1)).toBe(2);
  });
});
