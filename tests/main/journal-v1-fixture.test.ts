// A journal written by the app of 2026-12-03 (tests/fixtures/journal-v1, made by
// make-journal-v1.ts): every later version must open it, upgrade it and still verify every hash.
// The canonical form of version 1 can never change — a lawyer's copy of a dossier names these hashes.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, latestSchemaVersion } from '../../src/main/db/open';
import { chainHash, rowToChainEntry, verifyJournal, type StoredRow } from '../../src/main/journal/chain';
import { GENESIS_HASH } from '../../src/shared/domain/journal-chain';

const fixture = join(import.meta.dirname, '../fixtures/journal-v1');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function openCopy() {
  dir = mkdtempSync(join(tmpdir(), 'cd-v1-'));
  cpSync(join(fixture, 'client-dossier.db'), join(dir, 'client-dossier.db'));
  cpSync(join(fixture, 'attachments'), join(dir, 'data', 'attachments'), { recursive: true });
  const database = openDatabase(join(dir, 'client-dossier.db'));
  return { database, ctx: { sqlite: database.sqlite, dataDir: join(dir, 'data'), now: () => new Date('2026-12-03T12:00:00Z') } };
}

describe('a journal written by version 1', () => {
  it('upgrades to this schema and verifies, every entry and attachment', async () => {
    const { database, ctx } = openCopy();
    expect(database.schemaVersion).toBe(latestSchemaVersion);
    const v = await verifyJournal(ctx);
    expect(v).toMatchObject({ ok: true, failure: null, clientsChecked: 2, entriesChecked: 17, attachmentsChecked: 1 });
    // the heads as version 1 wrote them
    expect(v.heads).toEqual([
      { clientId: 1, seq: 15, hash: '24e6b200f2ef23d68e76f40172c888c0650311752d3dee5182950419462827f7' },
      { clientId: 2, seq: 2, hash: 'bc735f5c8189b7938d208000d711aac23ac55a109cb56cf51164a198541e16d0' },
    ]);
    database.close();
  });

  it("this version's canonical form gives each stored hash again", () => {
    const { database } = openCopy();
    const atts = database.sqlite
      .prepare('SELECT entry_id, sha256, original_name, size_bytes, media_type FROM journal_attachments ORDER BY id')
      .all() as { entry_id: number; sha256: string; original_name: string; size_bytes: number; media_type: string }[];
    const rows = database.sqlite.prepare('SELECT * FROM journal_entries ORDER BY client_id, seq').all() as StoredRow[];
    let prev = new Map<number, string>();
    for (const r of rows) {
      const mine = atts
        .filter((a) => a.entry_id === r.id)
        .map((a) => ({ sha256: a.sha256, originalName: a.original_name, sizeBytes: a.size_bytes, mediaType: a.media_type }));
      const before = prev.get(r.client_id) ?? GENESIS_HASH;
      expect(r.prev_hash, `entry ${r.id}`).toBe(before);
      expect(chainHash(before, rowToChainEntry(r, mine)), `entry ${r.id}`).toBe(r.hash);
      prev = prev.set(r.client_id, r.hash);
    }
    expect(rows).toHaveLength(17);
    database.close();
  });
});
