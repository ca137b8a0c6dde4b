// Journal sync of a team replica: the outbox pushed in order through append_entry, and the
// server's numbered entries pulled into journal_entries, stored byte for byte with the server's
// ids, so verifyJournal here and `verify --team` on the server check the same chains.
//
// Nothing the server sends is taken on trust: every row is checked against this file's own chain
// before it is stored (its number follows this file's head for the client, it links to that
// head's hash, its hash recomputes with the shared code, its time does not go backwards). A row
// that fails is refused with an error, and nothing from it on is stored: a server that lies — or
// a database someone edited behind its triggers — cannot bring a broken chain into this file.
//
// Pull order is the server's change order (change_seq), which the schema makes commit order (one
// advisory lock before every change number, schema-sql.ts), so a watermark never skips a row. A
// chain this file has a gap in (a client just made visible to this person, or an entry pushed
// here after others' entries this file has not pulled yet) is filled from the server first, by
// number, with the same checks.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type pg from 'pg';
import { GENESIS_HASH } from '../../../shared/domain/journal-chain';
import { journalColumnList, rowValues } from '../../../shared/domain/journal-fields';
import { AppError } from '../../../shared/errors';
import { nowIso, type ServiceContext } from '../../core/context';
import { attachmentPath } from '../../journal/chain';
import { chainHashV2, teamRowToEntry, type TeamEntry, type TeamRow } from '../journal';
import { teamSchema } from '../schema-sql';
import { rewritePendingRefs, type OutboxPayload } from './outbox';
import { pendingEntryId } from './replica';

/** The settings key of the last change number stored here (a local fact of this file, never pushed). */
export const journalWatermarkKey = 'team.watermark.journal';
export const pullPageSize = 2000;

type ServerRow = TeamRow & { device_uid: string | null };
type Sqlite = ServiceContext['sqlite'];

export function journalWatermark(s: Sqlite): number {
  const r = s.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(journalWatermarkKey);
  const n = r ? Number(JSON.parse(r.value)) : 0;
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

function setWatermark(s: Sqlite, n: number): void {
  // INSERT OR REPLACE, not UPDATE: the settings' team_dirty trigger (migration 0009) fires on an
  // UPDATE, and this key is this file's own, never a team-wide setting to push
  s.prepare(
    "INSERT OR REPLACE INTO settings (key, value, team_dirty, updated_at) VALUES (?, ?, 0, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
  ).run(journalWatermarkKey, JSON.stringify(n));
}

interface Head {
  seq: number;
  hash: string;
  recordedAt: string;
}

/** A server row refused: named, with the reason, and nothing from it on is stored. */
function refused(r: TeamEntry, why: string): AppError {
  return new AppError(
    'DB_DAMAGED',
    `The team server sent entry #${r.seq} of client ${r.clientId} (id ${r.id}) that does not fit this file's journal: ${why}. Nothing from it on was stored.`,
    { details: { clientId: r.clientId, seq: r.seq, entryId: r.id, messageKey: 'errors.team.serverRowRefused' } },
  );
}

function sha256Of(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/**
 * Checks rows against this file's chains and stores them, in batches (one local transaction
 * each). Rows are given in the server's order; a gap in a chain is filled from the server first.
 */
class Ingest {
  private readonly heads = new Map<number, Head>();
  private readonly batch: { e: TeamEntry; uid: string | null }[] = [];
  private readonly batchHashes = new Map<number, string>();
  stored = 0;
  private readonly st;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly c: pg.ClientBase,
  ) {
    const s = ctx.sqlite;
    this.st = {
      head: s.prepare<[number], Head>('SELECT seq, hash, updated_at AS recordedAt FROM journal_heads WHERE client_id = ?'),
      client: s.prepare<[number], { id: number }>('SELECT id FROM clients WHERE id = ?'),
      byId: s.prepare<[number], { hash: string }>('SELECT hash FROM journal_entries WHERE id = ?'),
      insert: s.prepare(
        `INSERT INTO journal_entries (id, ${journalColumnList}, prev_hash, hash, created_at)
         VALUES (?, ${journalColumnList
           .split(', ')
           .map(() => '?')
           .join(', ')}, ?, ?, ?)`,
      ),
      attachment: s.prepare(
        'INSERT INTO journal_attachments (entry_id, sha256, original_name, size_bytes, media_type, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      upsertHead: s.prepare(
        `INSERT INTO journal_heads (client_id, seq, hash, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(client_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, updated_at = excluded.updated_at`,
      ),
      outboxByUid: s.prepare<[string], { id: number }>('SELECT id FROM team_outbox WHERE device_uid = ?'),
      deleteOutbox: s.prepare<[number]>('DELETE FROM team_outbox WHERE id = ?'),
    };
  }

  private headOf(clientId: number): Head {
    let h = this.heads.get(clientId);
    if (!h) {
      h = this.st.head.get(clientId) ?? { seq: 0, hash: GENESIS_HASH, recordedAt: '' };
      this.heads.set(clientId, h);
    }
    return h;
  }

  /** Stored here already (or in this batch): its hash; null when not. */
  private storedHash(id: number): string | null {
    return this.batchHashes.get(id) ?? this.st.byId.get(id)?.hash ?? null;
  }

  /**
   * One server row: 'stored', 'known' (this file has it, same hash) or 'waiting' (its client is
   * not in this file yet: the record sync brings it). Throws when the row does not fit.
   */
  async take(row: ServerRow): Promise<'stored' | 'known' | 'waiting'> {
    const r = teamRowToEntry(row);
    const known = this.storedHash(r.id);
    if (known !== null) {
      if (known !== r.hash) throw refused(r, 'this file holds another entry with that id');
      return 'known';
    }
    if (!this.st.client.get(r.clientId)) return 'waiting';
    let head = this.headOf(r.clientId);
    if (r.seq > head.seq + 1) {
      await this.fill(r.clientId, head.seq, r.seq);
      head = this.headOf(r.clientId);
    }
    if (r.seq !== head.seq + 1)
      throw refused(
        r,
        r.seq <= head.seq ? `this file has entry #${r.seq} already, with another hash` : 'entries before it are missing',
      );
    if (r.prevHash !== head.hash) throw refused(r, `it does not link to entry #${head.seq}`);
    if (r.hashVersion !== 2) throw refused(r, `hash version ${r.hashVersion} (the server writes version 2 only)`);
    if (chainHashV2(head.hash, r) !== r.hash) throw refused(r, 'its content does not match its hash');
    if (!r.isSample && r.recordedAt < head.recordedAt) throw refused(r, 'it is recorded before the entry ahead of it');
    for (const a of r.attachments) await this.blob(r, a.sha256);
    this.batch.push({ e: r, uid: row.device_uid });
    this.batchHashes.set(r.id, r.hash);
    this.heads.set(r.clientId, {
      seq: r.seq,
      hash: r.hash,
      recordedAt: !r.isSample && r.recordedAt > head.recordedAt ? r.recordedAt : head.recordedAt,
    });
    return 'stored';
  }

  /** Entries after..before (exclusive) of one client, by number, through the same checks. */
  private async fill(clientId: number, after: number, before: number): Promise<void> {
    let from = after;
    while (from < before - 1) {
      const page = await this.c.query<ServerRow>(
        `SELECT * FROM ${teamSchema}.journal_entries WHERE client_id = $1 AND seq > $2 AND seq < $3 ORDER BY seq LIMIT ${pullPageSize}`,
        [clientId, from, before],
      );
      if (page.rows.length === 0) break; // the check of the row after the gap names it
      for (const row of page.rows) {
        const got = await this.take(row);
        if (got === 'waiting') return;
      }
      from = page.rows[page.rows.length - 1]!.seq;
    }
  }

  /** The attached file, from the server when this file does not have it, checked against its fingerprint. */
  private async blob(r: TeamEntry, sha256: string): Promise<void> {
    const path = attachmentPath(this.ctx.dataDir, sha256);
    if (existsSync(path)) return;
    const got = await this.c.query<{ b: Buffer | null }>(`SELECT ${teamSchema}.get_blob($1) AS b`, [sha256]);
    const bytes = got.rows[0]?.b ?? null;
    if (bytes === null) throw refused(r, `its attachment ${sha256.slice(0, 12)}… is not on the server`);
    if (sha256Of(bytes) !== sha256) throw refused(r, `its attachment ${sha256.slice(0, 12)}… does not match its fingerprint`);
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${randomUUID()}.part`;
    writeFileSync(tmp, bytes, { flag: 'wx' });
    renameSync(tmp, path);
  }

  /** Stores the checked rows in one transaction; `watermark` moves with them (pull only). */
  flush(watermark: number | null): void {
    const s = this.ctx.sqlite;
    const rows = this.batch.splice(0);
    let inserted = 0;
    s.transaction(() => {
      const moved = new Map<number, Head>();
      for (const { e, uid } of rows) {
        const prev = moved.get(e.clientId) ?? this.st.head.get(e.clientId);
        // checked again inside the transaction: another sync of this file may have stored rows
        // since they were checked (the checks wait on the network; this does not)
        const there = this.st.byId.get(e.id);
        if (there) {
          if (there.hash !== e.hash) throw refused(e, 'this file holds another entry with that id');
          continue;
        }
        if ((prev?.seq ?? 0) + 1 !== e.seq || (prev?.hash ?? GENESIS_HASH) !== e.prevHash)
          throw refused(e, "this file's chain moved while it was being checked; sync again");
        this.st.insert.run(e.id, ...rowValues(e), e.prevHash, e.hash, e.recordedAt);
        inserted++;
        for (const a of e.attachments)
          this.st.attachment.run(e.id, a.sha256, a.originalName, a.sizeBytes, a.mediaType, e.recordedAt);
        const recordedAt = prev && (e.isSample || prev.recordedAt > e.recordedAt) ? prev.recordedAt : e.recordedAt;
        moved.set(e.clientId, { seq: e.seq, hash: e.hash, recordedAt });
        // an entry this device queued: it leaves the outbox as it arrives, and what named it by
        // its pending id now names the server's
        const queued = uid ? this.st.outboxByUid.get(uid) : undefined;
        if (queued) {
          this.st.deleteOutbox.run(queued.id);
          rewritePendingRefs(s, pendingEntryId(queued.id), e.id);
        }
      }
      for (const [clientId, h] of moved) this.st.upsertHead.run(clientId, h.seq, h.hash, h.recordedAt);
      if (watermark !== null) setWatermark(s, watermark);
    })();
    this.stored += inserted;
    this.batchHashes.clear();
    this.heads.clear();
  }
}

/**
 * Entries others wrote (and this device's own, coming back: skipped when stored already), above
 * this file's watermark, in change order, 2,000 a page. Stops at the first row whose client this
 * file does not have yet (`waitingForRecords`: syncOnce pulls records and calls again).
 */
export async function pullJournal(
  ctx: ServiceContext,
  c: pg.ClientBase,
): Promise<{ pulled: number; waitingForRecords: boolean }> {
  const ingest = new Ingest(ctx, c);
  let mark = journalWatermark(ctx.sqlite);
  for (;;) {
    const page = await c.query<ServerRow>(
      `SELECT * FROM ${teamSchema}.journal_entries WHERE change_seq > $1 ORDER BY change_seq LIMIT ${pullPageSize}`,
      [mark],
    );
    for (const row of page.rows) {
      let got: 'stored' | 'known' | 'waiting';
      try {
        got = await ingest.take(row);
      } catch (e) {
        ingest.flush(mark); // the good rows before it stay; nothing from this row on
        throw e;
      }
      if (got === 'waiting') {
        ingest.flush(mark);
        return { pulled: ingest.stored, waitingForRecords: true };
      }
      mark = Number(row.change_seq);
    }
    ingest.flush(mark);
    if (page.rows.length < pullPageSize) return { pulled: ingest.stored, waitingForRecords: false };
  }
}

interface OutboxRow {
  id: number;
  device_uid: string;
  client_id: number;
  payload: string;
  queued_at: string;
}

/** Refused by the server for a reason a person must see (permission, row-level security, validation), not a lost connection. */
function isRefusal(e: unknown): boolean {
  if (e instanceof AppError) return true;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code) || !('severity' in (e as object))) return false;
  return ['22', '23', '42', 'P0', '28', '44', '0L', '0P', '2F'].includes(code.slice(0, 2));
}

/**
 * The outbox, in order, one entry at a time: its files first, then append_entry (with the
 * entry's device_uid, so a push retried after a lost reply is not stored twice), then the server's
 * row stored here and the outbox row gone, in one local transaction. An entry that cannot go yet
 * (its client or case is not on the server) stops the push; so does a refusal, kept on the row
 * (last_error, attempts) for the person to see; a lost connection stops it quietly.
 */
export async function pushQueue(ctx: ServiceContext, c: pg.ClientBase): Promise<{ pushed: number }> {
  const s = ctx.sqlite;
  const first = s.prepare<[], OutboxRow>(
    'SELECT id, device_uid, client_id, payload, queued_at FROM team_outbox ORDER BY id LIMIT 1',
  );
  const stillQueued = s.prepare<[number], { id: number }>('SELECT id FROM team_outbox WHERE id = ?');
  const noteRefusal = s.prepare<[string, string, number]>(
    'UPDATE team_outbox SET attempts = attempts + 1, last_attempt_at = ?, last_error = ? WHERE id = ?',
  );
  let pushed = 0;
  for (;;) {
    const o = first.get();
    if (!o) return { pushed };
    const p = JSON.parse(o.payload) as OutboxPayload;
    // the client's id is the row's own column (the record sync renumbers it there)
    const entry = { ...p, clientId: o.client_id, deviceUid: o.device_uid, deviceRecordedAt: p.deviceRecordedAt ?? o.queued_at };
    if (entry.clientId < 0 || (entry.caseId ?? 0) < 0 || (entry.amendsId ?? 0) < 0 || (entry.refersToId ?? 0) < 0)
      return { pushed }; // waits for its client, case or referenced entry to be on the server
    let row: ServerRow;
    try {
      await uploadBlobs(ctx, c, entry.attachments);
      const r = await c.query<ServerRow>(`SELECT * FROM ${teamSchema}.append_entry($1::jsonb)`, [JSON.stringify(entry)]);
      row = r.rows[0]!;
    } catch (e) {
      if (!isRefusal(e)) return { pushed };
      noteRefusal.run(nowIso(ctx), (e as Error).message, o.id);
      return { pushed };
    }
    const ingest = new Ingest(ctx, c);
    try {
      const got = await ingest.take(row);
      if (got === 'waiting') return { pushed }; // (its client was removed here meanwhile)
      ingest.flush(null);
    } catch (e) {
      if (e instanceof AppError) throw e; // the server's reply does not fit the chain: loudly
      return { pushed }; // the connection went while filling a gap: the retry finds the entry by its uid
    }
    if (stillQueued.get(o.id)) {
      // the server's row is here already (an earlier push whose reply was lost, then pulled)
      s.transaction(() => {
        s.prepare('DELETE FROM team_outbox WHERE id = ?').run(o.id);
        rewritePendingRefs(s, pendingEntryId(o.id), Number(row.id));
      })();
    }
    pushed++;
  }
}

async function uploadBlobs(ctx: ServiceContext, c: pg.ClientBase, attachments: OutboxPayload['attachments']): Promise<void> {
  if (attachments.length === 0) return;
  const r = await c.query<{ m: string[] }>(`SELECT ${teamSchema}.missing_blobs($1::text[]) AS m`, [
    attachments.map((a) => a.sha256),
  ]);
  for (const sha of r.rows[0]?.m ?? []) {
    const path = attachmentPath(ctx.dataDir, sha);
    if (!existsSync(path))
      throw new AppError('NOT_FOUND', `The attachment ${sha.slice(0, 12)}… is missing from this computer's data folder.`);
    const bytes = readFileSync(path);
    if (sha256Of(bytes) !== sha)
      throw new AppError('DB_DAMAGED', `The attachment ${sha.slice(0, 12)}… was changed on this computer.`);
    await c.query(`SELECT ${teamSchema}.put_blob($1, $2)`, [sha, bytes]);
  }
}
