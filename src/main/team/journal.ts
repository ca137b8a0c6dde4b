// The team journal from the app's side: appending through the server's append_entry (which
// numbers, stamps and hashes the entry itself) and verifying every chain on the server with the
// same TypeScript code a third party would use — the server's own hashes are not taken on trust.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import {
  GENESIS_HASH,
  canonicalEntryV2,
  emptiedChainFailure,
  hashMismatch,
  linkFailure,
  recordedBackwards,
  headFailure,
  type ChainAttachment,
  type ChainEntry,
  type ChainFailure,
  type JournalVerification,
} from '../../shared/domain/journal-chain';
import { compareWithLive, type AgainstResult } from '../../shared/domain/dossier-manifest';
import { AppError } from '../../shared/errors';
import type { NewJournalEntry } from '../journal/chain';
import { requireTeamSchema } from './init';
import { teamSchema } from './schema-sql';

/** An entry as the server stores it: the chain's fields, who wrote it, and the device's own clock. */
export interface TeamEntry extends ChainEntry {
  id: number;
  deviceRecordedAt: string | null;
  prevHash: string;
  hash: string;
  changeSeq: number;
}

/** The hash of a server entry: always version 2 (the server writes no other), with the shared code. */
export function chainHashV2(prevHash: string, e: ChainEntry): string {
  return createHash('sha256')
    .update(prevHash + canonicalEntryV2(e), 'utf8')
    .digest('hex');
}

/** What a program gives append_entry; everything else (seq, times, author, hashes) the server sets. */
export type NewTeamEntry = Omit<NewJournalEntry, 'author' | 'recordedAt'> & {
  /** the device's clock when the entry was written (kept beside the server's, not hashed) */
  deviceRecordedAt?: string;
};

/** A journal_entries row as node-postgres returns it (bigint columns as strings). */
export interface TeamRow {
  id: string;
  client_id: string;
  seq: number;
  kind: string;
  channel: string;
  occurred_at: string;
  recorded_at: string;
  duration_minutes: number | null;
  summary: string;
  details: string;
  quotes: string[];
  people: string[];
  witnesses: string[];
  severity: string;
  signs: string[];
  amends_id: string | null;
  refers_to_id: string | null;
  case_id: string | null;
  is_sample: boolean;
  attachments: ChainAttachment[];
  author: string;
  hash_version: number;
  device_recorded_at: string | null;
  prev_hash: string;
  hash: string;
  change_seq: string;
}

const num = (v: string | null) => (v === null ? null : Number(v));

export function teamRowToEntry(r: TeamRow): TeamEntry {
  return {
    id: Number(r.id),
    clientId: Number(r.client_id),
    seq: r.seq,
    kind: r.kind,
    channel: r.channel,
    occurredAt: r.occurred_at,
    recordedAt: r.recorded_at,
    durationMinutes: r.duration_minutes,
    summary: r.summary,
    details: r.details,
    quotes: r.quotes,
    people: r.people,
    witnesses: r.witnesses,
    severity: r.severity,
    signs: r.signs,
    amendsId: num(r.amends_id),
    refersToId: num(r.refers_to_id),
    caseId: num(r.case_id),
    isSample: r.is_sample,
    attachments: r.attachments,
    author: r.author,
    hashVersion: r.hash_version,
    deviceRecordedAt: r.device_recorded_at,
    prevHash: r.prev_hash,
    hash: r.hash,
    changeSeq: Number(r.change_seq),
  };
}

/** A PostgreSQL error as the app's error: refused (permission, RLS), not found, or invalid input. */
export function teamError(e: unknown): Error {
  const err = e as { code?: string; message?: string };
  if (err.code === '42501') return new AppError('FORBIDDEN', err.message ?? 'permission denied');
  if (err.code === 'P0002') return new AppError('NOT_FOUND', err.message ?? 'not found');
  if (err.code === '22023' || err.code === '22P02' || err.code === '23514')
    return new AppError('VALIDATION', err.message ?? 'invalid');
  return e as Error;
}

/** Appends one entry; resolves once the server has numbered and stored it. */
export async function appendTeamEntry(c: pg.ClientBase, e: NewTeamEntry): Promise<TeamEntry> {
  try {
    const r = await c.query<TeamRow>(`SELECT * FROM ${teamSchema}.append_entry($1::jsonb)`, [JSON.stringify(e)]);
    return teamRowToEntry(r.rows[0]!);
  } catch (err) {
    throw teamError(err);
  }
}

const pageSize = 2000;

/**
 * Every chain the connected role may see, recomputed here: numbers without gaps, each entry
 * linked to the one before, each hash recomputed from the stored fields (hash version 2), times
 * never going backwards, and each chain ending at its recorded head.
 */
export async function verifyTeam(c: pg.ClientBase, opts: { now?: () => Date } = {}): Promise<JournalVerification> {
  await requireTeamSchema(c);
  const recordedHeads = new Map(
    (
      await c.query<{ client_id: string; seq: number; hash: string }>(
        `SELECT client_id, seq, hash FROM ${teamSchema}.journal_heads ORDER BY client_id`,
      )
    ).rows.map((h) => [Number(h.client_id), { clientId: Number(h.client_id), seq: h.seq, hash: h.hash }]),
  );
  let failure: ChainFailure | null = null;
  const heads: JournalVerification['heads'] = [];
  let checked = 0;
  let current: { clientId: number; seq: number; hash: string; recordedAt: string } | null = null;

  const closeClient = (cur: { clientId: number; seq: number; hash: string }) => {
    heads.push({ clientId: cur.clientId, seq: cur.seq, hash: cur.hash });
    const rec = recordedHeads.get(cur.clientId);
    recordedHeads.delete(cur.clientId);
    if (!failure) failure = headFailure(cur, rec);
  };

  let after: [number, number] = [0, 0];
  for (;;) {
    const page = await c.query<TeamRow>(
      `SELECT * FROM ${teamSchema}.journal_entries WHERE (client_id, seq) > ($1, $2) ORDER BY client_id, seq LIMIT ${pageSize}`,
      after,
    );
    for (const row of page.rows) {
      const r = teamRowToEntry(row);
      if (!current || current.clientId !== r.clientId) {
        if (current) closeClient(current);
        current = { clientId: r.clientId, seq: 0, hash: GENESIS_HASH, recordedAt: '' };
      }
      if (!failure) {
        // the same checks, in the same order and words, as the local journal's (journal/chain.ts)
        const step =
          linkFailure(current, r) ??
          (r.hashVersion !== 2 || chainHashV2(current.hash, r) !== r.hash ? hashMismatch(r.seq) : null) ??
          (r.recordedAt < current.recordedAt ? recordedBackwards(r.seq, r.recordedAt, current.recordedAt) : null);
        if (step) failure = { clientId: r.clientId, seq: r.seq, entryId: r.id, ...step };
      }
      current = {
        clientId: r.clientId,
        seq: r.seq,
        hash: r.hash,
        recordedAt: r.recordedAt > current.recordedAt ? r.recordedAt : current.recordedAt,
      };
      checked++;
    }
    if (page.rows.length < pageSize) break;
    const last = page.rows[page.rows.length - 1]!;
    after = [Number(last.client_id), last.seq];
  }
  if (current) closeClient(current);
  // a head that has moved past 0 on a chain with no entries at all: everything was removed
  for (const rec of recordedHeads.values()) if (!failure && rec.seq > 0) failure = emptiedChainFailure(rec.clientId, rec.seq);
  return {
    ok: failure === null,
    clientsChecked: heads.length,
    entriesChecked: checked,
    attachmentsChecked: 0,
    failure,
    heads,
    checkedAt: (opts.now?.() ?? new Date()).toISOString(),
  };
}

/** A receipt or dossier's chains against the server's journal today (verified here first). */
export async function verifyTeamAgainst(
  c: pg.ClientBase,
  chains: readonly { clientId: number; headSeq: number; headHash: string }[],
  meta: { documentId: string | null; createdAt: string | null },
): Promise<AgainstResult & { verification: JournalVerification }> {
  const v = await verifyTeam(c);
  const hashes = new Map<string, string>();
  for (const ch of chains) {
    const r = await c.query<{ hash: string }>(
      `SELECT hash FROM ${teamSchema}.journal_entries WHERE client_id = $1 AND seq = $2`,
      [ch.clientId, ch.headSeq],
    );
    if (r.rows[0]) hashes.set(`${ch.clientId}:${ch.headSeq}`, r.rows[0].hash);
  }
  const r = compareWithLive(chains, v, (clientId, seq) => hashes.get(`${clientId}:${seq}`) ?? null, meta);
  return { ...r, verification: v };
}
