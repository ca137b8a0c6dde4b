// The journal's hash chain, as a third party could re-implement it (README: "Verifying the
// journal"). Each client's entries form a chain:
//   hash(n) = SHA-256( prev_hash(n) ‖ canonical(entry n) ), prev_hash(1) = 64 × "0"
// where ‖ is string concatenation of the lower-case hex prev_hash and the canonical form,
// hashed as UTF-8, written as lower-case hex.
//
// Canonical form: JSON with no whitespace, object keys sorted by code point, every string
// NFC-normalised, integers as JSON numbers, absent references as null, arrays in stored order,
// attachments as { mediaType, originalName, sha256, sizeBytes } in the order they were attached.
import type { Channel, JournalKind, Severity } from './journal-kinds';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainAttachment {
  sha256: string;
  originalName: string;
  sizeBytes: number;
  mediaType: string;
}

/** Every field of an entry that the hash covers (all of them but the row id and the hashes). */
export interface ChainEntry {
  clientId: number;
  seq: number;
  kind: JournalKind | string;
  channel: Channel | string;
  occurredAt: string;
  recordedAt: string;
  durationMinutes: number | null;
  summary: string;
  details: string;
  quotes: string[];
  people: string[];
  witnesses: string[];
  severity: Severity | string;
  signs: string[];
  amendsId: number | null;
  refersToId: number | null;
  caseId: number | null;
  isSample: boolean;
  attachments: ChainAttachment[];
}

const nfc = (s: string) => s.normalize('NFC');
const str = (s: string) => JSON.stringify(nfc(s));
const strArr = (a: readonly string[]) => `[${a.map(str).join(',')}]`;
const num = (n: number | null) => (n === null ? 'null' : String(n));

/**
 * The canonical form. Written out by hand in sorted key order (instead of a generic sorted
 * stringify) because serialisation dominates chain verification time; a test checks it equals
 * the generic definition.
 */
export function canonicalEntry(e: ChainEntry): string {
  const atts = e.attachments
    .map(
      (a) =>
        `{"mediaType":${str(a.mediaType)},"originalName":${str(a.originalName)},"sha256":${str(a.sha256)},"sizeBytes":${num(a.sizeBytes)}}`,
    )
    .join(',');
  return (
    `{"amendsId":${num(e.amendsId)},"attachments":[${atts}],"caseId":${num(e.caseId)},"channel":${str(e.channel)},` +
    `"clientId":${num(e.clientId)},"details":${str(e.details)},"durationMinutes":${num(e.durationMinutes)},` +
    `"isSample":${e.isSample ? 'true' : 'false'},"kind":${str(e.kind)},"occurredAt":${str(e.occurredAt)},` +
    `"people":${strArr(e.people)},"quotes":${strArr(e.quotes)},"recordedAt":${str(e.recordedAt)},` +
    `"refersToId":${num(e.refersToId)},"seq":${num(e.seq)},"severity":${str(e.severity)},"signs":${strArr(e.signs)},` +
    `"summary":${str(e.summary)},"witnesses":${strArr(e.witnesses)}}`
  );
}

/** The generic definition the hand-written form must equal: sorted keys, NFC strings. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** Why a chain does not verify; the first failing entry is named. */
export type ChainFailureReason =
  | 'hash_mismatch'
  | 'prev_hash_mismatch'
  | 'seq_gap'
  | 'head_mismatch'
  /** the client has entries but no recorded head row */
  | 'head_missing'
  /** an entry's recorded time is earlier than the entry before it (a back-dated entry) */
  | 'recorded_backwards'
  /** is_sample holds something other than 0 or 1 */
  | 'sample_flag_invalid'
  /** the search index does not list exactly the journal's entries */
  | 'search_index_mismatch'
  | 'attachment_missing'
  | 'attachment_changed';

export interface ChainFailure {
  clientId: number;
  /** the sequence number of the first entry that does not match (for head_mismatch: the recorded head's) */
  seq: number;
  entryId: number | null;
  reason: ChainFailureReason;
  /** a sentence for people: what was expected and what was found */
  detail: string;
}

export interface JournalVerification {
  ok: boolean;
  clientsChecked: number;
  entriesChecked: number;
  attachmentsChecked: number;
  failure: ChainFailure | null;
  /** per-client head (last seq and hash) as found, for dossiers and "verify against" */
  heads: { clientId: number; seq: number; hash: string }[];
  checkedAt: string;
}
