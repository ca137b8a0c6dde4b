// The journal core: appending entries to each client's hash chain and verifying every chain.
// The only code that writes journal rows. The database refuses UPDATE and DELETE on them.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  GENESIS_HASH,
  canonicalEntryFor,
  emptiedChainFailure,
  hashMismatch,
  linkFailure,
  recordedBackwards,
  type ChainStepFailure,
  headFailure,
  currentHashVersion,
  type ChainAttachment,
  type ChainEntry,
  type ChainFailure,
  type JournalVerification,
} from '../../shared/domain/journal-chain';
import {
  fieldsFromRow,
  journalColumnList,
  rowValues,
  withDefaults,
  type JournalFieldColumns,
} from '../../shared/domain/journal-fields';
import { AppError } from '../../shared/errors';
import { nowIso, type ServiceContext } from '../core/context';
import { isTeamReplica } from '../team/sync/replica';

export interface NewJournalEntry {
  clientId: number;
  kind: string;
  channel: string;
  occurredAt: string;
  durationMinutes?: number | null;
  summary: string;
  details?: string;
  quotes?: string[];
  people?: string[];
  witnesses?: string[];
  severity?: string;
  signs?: string[];
  amendsId?: number | null;
  refersToId?: number | null;
  caseId?: number | null;
  isSample?: boolean;
  /** who wrote it (hash version 2 covers it): the journal service fills it in, see journal/author.ts */
  author?: string;
  /** files already stored content-addressed (see attachmentPath) */
  attachments?: ChainAttachment[];
  /** set by the app (ctx.now); only the sample generator and imports pass their own */
  recordedAt?: string;
}

/** A stored entry as the chain sees it, with its row id and hashes. */
export interface JournalEntryRow extends ChainEntry {
  id: number;
  prevHash: string;
  hash: string;
}

export function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** The entry's hash in the canonical form its own hashVersion names (1 or 2). */
export function chainHash(prevHash: string, entry: ChainEntry): string {
  const canonical = canonicalEntryFor(entry);
  if (canonical === null) throw new AppError('VALIDATION', `Unknown journal hash version ${String(entry.hashVersion)}`);
  return sha256Hex(prevHash + canonical);
}

/** Where an attachment with this fingerprint lives: data/attachments/ab/abcdef… (never overwritten). */
export function attachmentPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('VALIDATION', 'not a SHA-256 fingerprint');
  return join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

const nfc = (s: string) => s.normalize('NFC');

function toChainEntry(e: NewJournalEntry, seq: number, recordedAt: string): ChainEntry {
  const { attachments, recordedAt: _ignored, ...fields } = e;
  return {
    // every entry this app writes is hash version 2: its author is part of what is hashed
    ...withDefaults(fields, { seq, recordedAt, hashVersion: currentHashVersion }),
    attachments: (attachments ?? []).map((a) => ({ ...a, originalName: nfc(a.originalName), mediaType: a.mediaType })),
  };
}

const prepared = new WeakMap<ServiceContext['sqlite'], ReturnType<typeof prepareStatements>>();

/** Prepared once per connection: appends come one at a time from the UI, and preparing costs more than inserting. */
function statements(ctx: ServiceContext) {
  let st = prepared.get(ctx.sqlite);
  if (!st) {
    st = prepareStatements(ctx.sqlite);
    prepared.set(ctx.sqlite, st);
  }
  return st;
}

/** A chain's end: its last number and hash, and when its last entry was recorded. */
interface Head {
  seq: number;
  hash: string;
  recordedAt: string;
}

function prepareStatements(s: ServiceContext['sqlite']) {
  return {
    head: s.prepare<[number], Head>(
      'SELECT seq, hash, recorded_at AS recordedAt FROM journal_entries WHERE client_id = ? ORDER BY seq DESC LIMIT 1',
    ),
    // journal_heads.updated_at holds the recorded time of the chain's last entry (see upsertHead)
    recordedHead: s.prepare<[number], Head>('SELECT seq, hash, updated_at AS recordedAt FROM journal_heads WHERE client_id = ?'),
    clientExists: s.prepare<[number], { id: number }>('SELECT id FROM clients WHERE id = ?'),
    refClient: s.prepare<[number], { client_id: number }>('SELECT client_id FROM journal_entries WHERE id = ?'),
    insert: s.prepare(
      `INSERT INTO journal_entries (${journalColumnList}, prev_hash, hash, created_at)
       VALUES (${journalColumnList
         .split(', ')
         .map(() => '?')
         .join(', ')}, ?, ?, ?)`,
    ),
    insertAttachment: s.prepare(
      'INSERT INTO journal_attachments (entry_id, sha256, original_name, size_bytes, media_type, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    upsertHead: s.prepare(
      `INSERT INTO journal_heads (client_id, seq, hash, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(client_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, updated_at = excluded.updated_at`,
    ),
  };
}

/**
 * Appends entries, each to the end of its client's chain, in one transaction: all or none.
 * Sequence numbers, previous hashes and hashes are computed here, never taken from callers.
 */
export function appendJournalEntries(ctx: ServiceContext, entries: readonly NewJournalEntry[]): JournalEntryRow[] {
  // a team replica's chains are the server's, numbered there: new entries wait in the outbox
  // (the journal service queues them, team/sync/outbox.ts); nothing may number one here
  if (entries.length > 0 && isTeamReplica(ctx.sqlite))
    throw new AppError('INVALID_STATE', "This file is a team replica: the team server numbers its journal's entries.", {
      details: { messageKey: 'errors.team.chainInReplica' },
    });
  const st = statements(ctx);
  const now = nowIso(ctx);
  return ctx.sqlite.transaction(() => {
    const heads = new Map<number, Head>();
    const out: JournalEntryRow[] = [];
    for (const e of entries) {
      let head = heads.get(e.clientId);
      if (!head) {
        // The recorded head is one small row per client, written in the same transaction as the
        // entries; reading the last entry's hash instead is a random read into the wide journal
        // table, which dominated appends in a large journal. A wrong head cannot go unnoticed:
        // (client_id, seq) is unique and verification checks every link.
        head = st.recordedHead.get(e.clientId);
        if (!head) {
          if (!st.clientExists.get(e.clientId))
            throw new AppError('NOT_FOUND', `No client with id ${e.clientId}`, { details: { clientId: e.clientId } });
          head = st.head.get(e.clientId) ?? { seq: 0, hash: GENESIS_HASH, recordedAt: '' };
        }
      }
      for (const ref of [e.amendsId, e.refersToId]) {
        if (ref == null) continue;
        const r = st.refClient.get(ref);
        if (!r || r.client_id !== e.clientId) {
          throw new AppError('VALIDATION', `Entry ${ref} does not belong to this client's journal`, {
            details: { entryId: ref },
          });
        }
      }
      // The owner's entries are recorded in time order: verification reads an entry recorded
      // before the one ahead of it as back-dated. A computer clock set back (a flat battery, a
      // manual change) must not make an honest journal look tampered, so an entry is never
      // stamped earlier than the chain's last one — read from the head row already in hand.
      // Sample entries carry invented times and are exempt.
      let recordedAt = e.recordedAt ?? now;
      if (!e.isSample && recordedAt < head.recordedAt) recordedAt = head.recordedAt;
      const chain = toChainEntry(e, head.seq + 1, recordedAt);
      const hash = chainHash(head.hash, chain);
      // positional: binding 21 named parameters from an object cost about a third of an
      // append's time in JavaScript once the SQLite side was quick (entries grouped by client)
      const info = st.insert.run(...rowValues(chain), head.hash, hash, chain.recordedAt);
      const id = Number(info.lastInsertRowid);
      for (const a of chain.attachments)
        st.insertAttachment.run(id, a.sha256, a.originalName, a.sizeBytes, a.mediaType, chain.recordedAt);
      out.push({ ...chain, id, prevHash: head.hash, hash });
      heads.set(e.clientId, {
        seq: chain.seq,
        hash,
        recordedAt: chain.recordedAt > head.recordedAt ? chain.recordedAt : head.recordedAt,
      });
    }
    // the head's updated_at is the latest recorded time in the chain: the next append's floor
    for (const [clientId, h] of heads) st.upsertHead.run(clientId, h.seq, h.hash, h.recordedAt);
    return out;
  })();
}

export function appendJournalEntry(ctx: ServiceContext, entry: NewJournalEntry): JournalEntryRow {
  return appendJournalEntries(ctx, [entry])[0]!;
}

/** A journal_entries row as SQLite returns it (the columns the chain and the readers need). */
export type StoredRow = JournalFieldColumns & { id: number; prev_hash: string; hash: string };

const attachmentsByEntrySql =
  'SELECT entry_id, sha256, original_name, size_bytes, media_type FROM journal_attachments ORDER BY entry_id, id';

/** Reads stored rows back into the chain's terms (the same shape the hash was computed over). */
export function rowToChainEntry(r: StoredRow, attachments: ChainAttachment[]): ChainEntry {
  // a fresh object, completed in place (verification builds one per row; a spread copied it)
  const f = fieldsFromRow(r) as ChainEntry;
  // a file from before migration 0008 (a backup, a file offered for restore) has no author or
  // hash_version column: every row of it is version 1
  f.author ??= '';
  f.hashVersion ??= 1;
  f.attachments = attachments;
  return f;
}

function fileSha256(path: string): Promise<string> {
  return new Promise((ok, fail) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (d) => h.update(d))
      .on('end', () => ok(h.digest('hex')))
      .on('error', fail);
  });
}

export interface VerifyOptions {
  clientId?: number;
  /** called every `progressEvery` entries and at the end */
  onProgress?: (p: { entriesChecked: number; entriesTotal: number }) => void;
  progressEvery?: number;
  /** skip re-hashing attachment files (the chain still covers their fingerprints) */
  skipAttachmentFiles?: boolean;
}

const noAttachments: ChainAttachment[] = [];
const failureAt = (r: StoredRow, reason: ChainFailure['reason'], detail: string): ChainFailure => ({
  clientId: r.client_id,
  seq: r.seq,
  entryId: r.id,
  reason,
  detail,
});

/**
 * Recomputes every chain (or one client's) and every attachment fingerprint, and names the
 * first entry that does not match. Streams rows; never loads the journal into memory.
 */
export async function verifyJournal(
  ctx: Pick<ServiceContext, 'sqlite' | 'dataDir' | 'now'>,
  opts: VerifyOptions = {},
): Promise<JournalVerification> {
  const s = ctx.sqlite;
  const where = opts.clientId === undefined ? '' : 'WHERE client_id = ?';
  const params = opts.clientId === undefined ? [] : [opts.clientId];
  const total = (s.prepare(`SELECT count(*) AS n FROM journal_entries ${where}`).get(...params) as { n: number }).n;
  const attachments = new Map<number, ChainAttachment[]>();
  for (const a of s.prepare(attachmentsByEntrySql).iterate() as Iterable<{
    entry_id: number;
    sha256: string;
    original_name: string;
    size_bytes: number;
    media_type: string;
  }>) {
    const list = attachments.get(a.entry_id) ?? [];
    list.push({ sha256: a.sha256, originalName: a.original_name, sizeBytes: a.size_bytes, mediaType: a.media_type });
    attachments.set(a.entry_id, list);
  }
  const recordedHeads = new Map(
    (
      s.prepare(`SELECT client_id, seq, hash FROM journal_heads ${where}`).all(...params) as {
        client_id: number;
        seq: number;
        hash: string;
      }[]
    ).map((h) => [h.client_id, h]),
  );

  const every = opts.progressEvery ?? 10_000;
  let checked = 0;
  let failure: ChainFailure | null = null;
  const heads: JournalVerification['heads'] = [];
  const fingerprints = new Set<string>();
  let current: { clientId: number; seq: number; hash: string } | null = null;
  // the recorded time of the client's last entry the owner made (sample entries carry invented times)
  let lastRecordedAt = '';

  const closeClient = (c: { clientId: number; seq: number; hash: string }) => {
    heads.push({ ...c });
    const rec = recordedHeads.get(c.clientId);
    recordedHeads.delete(c.clientId);
    if (!failure) failure = headFailure(c, rec);
  };

  const rows = s
    .prepare(`SELECT * FROM journal_entries ${where} ORDER BY client_id, seq`)
    .iterate(...params) as Iterable<StoredRow>;
  for (const r of rows) {
    if (!current || current.clientId !== r.client_id) {
      if (current) closeClient(current);
      current = { clientId: r.client_id, seq: 0, hash: GENESIS_HASH };
      lastRecordedAt = '';
    }
    if (!failure) {
      let link: ChainStepFailure | null;
      const atts = attachments.get(r.id) ?? noAttachments;
      const version = r.hash_version ?? 1; // no column before migration 0008: version 1
      if (r.is_sample !== 0 && r.is_sample !== 1) {
        failure = failureAt(
          r,
          'sample_flag_invalid',
          `Entry #${r.seq} has the sample mark ${String(r.is_sample)}: it was changed after it was written.`,
        );
      } else if (version !== 1 && version !== 2) {
        failure = failureAt(
          r,
          'hash_version_invalid',
          `Entry #${r.seq} claims hash version ${String(version)}, which does not exist.`,
        );
      } else if ((link = linkFailure(current, { seq: r.seq, prevHash: r.prev_hash }))) {
        failure = failureAt(r, link.reason, link.detail);
      } else if (chainHash(current.hash, rowToChainEntry(r, atts)) !== r.hash) {
        // the content as it is, hashed in the other version's form: a match means only the
        // version number was changed (e.g. a version-2 entry relabelled 1 to drop its author)
        const other = version === 1 ? 2 : 1;
        if (chainHash(current.hash, { ...rowToChainEntry(r, atts), hashVersion: other }) === r.hash)
          failure = failureAt(
            r,
            'hash_version_invalid',
            `Entry #${r.seq} was written as hash version ${other} but now claims version ${version}.`,
          );
        else failure = failureAt(r, 'hash_mismatch', hashMismatch(r.seq).detail);
      } else if (r.is_sample === 0 && r.recorded_at < lastRecordedAt) {
        const back = recordedBackwards(r.seq, r.recorded_at, lastRecordedAt);
        failure = failureAt(r, back.reason, back.detail);
      }
      if (r.is_sample === 0 && r.recorded_at > lastRecordedAt) lastRecordedAt = r.recorded_at;
      for (const a of atts) fingerprints.add(a.sha256);
    }
    // this client's own object (made at its first row): moved on in place
    current.seq = r.seq;
    current.hash = r.hash;
    checked++;
    if (opts.onProgress && checked % every === 0) {
      opts.onProgress({ entriesChecked: checked, entriesTotal: total });
      await new Promise((ok) => setImmediate(ok)); // let the process answer other work meanwhile
    }
  }
  if (current) closeClient(current);
  // A recorded head whose chain has no entries at all: everything was removed.
  for (const rec of recordedHeads.values()) if (!failure) failure = emptiedChainFailure(rec.client_id, rec.seq);

  if (!failure) failure = searchIndexFailure(s, opts.clientId);

  let attachmentsChecked = 0;
  if (!opts.skipAttachmentFiles) {
    for (const sha of fingerprints) {
      const path = attachmentPath(ctx.dataDir, sha);
      const found = existsSync(path) ? await fileSha256(path) : null;
      attachmentsChecked++;
      if (found === sha) continue;
      if (!failure) {
        const owner = s
          .prepare<[string], { id: number; client_id: number; seq: number }>(
            'SELECT e.id, e.client_id, e.seq FROM journal_attachments a JOIN journal_entries e ON e.id = a.entry_id WHERE a.sha256 = ? ORDER BY e.id LIMIT 1',
          )
          .get(sha);
        failure = {
          clientId: owner?.client_id ?? 0,
          seq: owner?.seq ?? 0,
          entryId: owner?.id ?? null,
          reason: found === null ? 'attachment_missing' : 'attachment_changed',
          detail:
            found === null
              ? `The attachment ${sha.slice(0, 12)}… of entry #${owner?.seq} is missing.`
              : `The attachment ${sha.slice(0, 12)}… of entry #${owner?.seq} was changed: its fingerprint no longer matches.`,
        };
      }
    }
  }
  opts.onProgress?.({ entriesChecked: checked, entriesTotal: total });
  return {
    ok: failure === null,
    clientsChecked: heads.length,
    entriesChecked: checked,
    attachmentsChecked,
    failure,
    heads,
    checkedAt: nowIso(ctx),
  };
}

/**
 * The search index must list exactly the journal's entries: a row deleted from it hides an entry
 * from search while every chain still verifies. Compares row id sets only (through the index's
 * docsize table), so it holds whatever columns or tokenizer the index uses.
 */
function searchIndexFailure(s: ServiceContext['sqlite'], clientId: number | undefined): ChainFailure | null {
  const has = s.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journal_fts_docsize'").get();
  if (!has) return null;
  const where = clientId === undefined ? '' : 'AND e.client_id = ?';
  const params = clientId === undefined ? [] : [clientId];
  const unindexed = s
    .prepare<unknown[], { id: number; client_id: number; seq: number }>(
      `SELECT e.id, e.client_id, e.seq FROM journal_entries e
        WHERE NOT EXISTS (SELECT 1 FROM journal_fts_docsize d WHERE d.id = e.id) ${where} ORDER BY e.client_id, e.seq LIMIT 1`,
    )
    .get(...params);
  if (unindexed)
    return {
      clientId: unindexed.client_id,
      seq: unindexed.seq,
      entryId: unindexed.id,
      reason: 'search_index_mismatch',
      detail: `Entry #${unindexed.seq} is missing from the search index: search does not find it.`,
    };
  if (clientId !== undefined) return null;
  const stray = s
    .prepare<[], { id: number }>(
      'SELECT d.id FROM journal_fts_docsize d WHERE NOT EXISTS (SELECT 1 FROM journal_entries e WHERE e.id = d.id) LIMIT 1',
    )
    .get();
  return stray
    ? {
        clientId: 0,
        seq: 0,
        entryId: null,
        reason: 'search_index_mismatch',
        detail: `The search index lists row ${stray.id}, which is not in the journal.`,
      }
    : null;
}
