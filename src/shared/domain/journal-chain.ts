// The journal's hash chain, as a third party could re-implement it (README: "Verifying the
// journal"). Each client's entries form a chain:
//   hash(n) = SHA-256( prev_hash(n) ‖ canonical(entry n) ), prev_hash(1) = 64 × "0"
// where ‖ is string concatenation of the lower-case hex prev_hash and the canonical form,
// hashed as UTF-8, written as lower-case hex.
//
// Canonical form: JSON with no whitespace, object keys sorted by code point, every string
// NFC-normalised, integers as JSON numbers, absent references as null, arrays in stored order,
// attachments as { mediaType, originalName, sha256, sizeBytes } in the order they were attached.
//
// Two versions of the canonical form; each row's hash_version says which one its hash covers.
//   version 1 (entries written before migration 0008): every field of journal-fields.ts except
//     author and hashVersion, plus attachments — 19 keys.
//   version 2 (every new entry): the version-1 object plus "author" (who wrote it, NFC) and
//     "hashVersion" (the number 2) — 21 keys, still sorted: "author" right after "attachments",
//     "hashVersion" right after "durationMinutes".
// A row whose hash_version was changed no longer matches its hash (2 is in what is hashed; a
// version-1 form computed for a version-2 entry lacks its author), so verification names it.
import { journalFields, type FieldType, type JournalFieldValues } from './journal-fields';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainAttachment {
  sha256: string;
  originalName: string;
  sizeBytes: number;
  mediaType: string;
}

/** Every field of an entry that the hash covers (all of them but the row id and the hashes). */
export interface ChainEntry extends JournalFieldValues {
  attachments: ChainAttachment[];
}

// NFC leaves ASCII as it is (every ASCII character is a starter with no decomposition, and no
// two compose), and most fields are ASCII (kinds, channels, times, hashes): those skip ICU.
const ascii = /^[\x00-\x7f]*$/;
const nfc = (s: string) => (ascii.test(s) ? s : s.normalize('NFC'));
const str = (s: string) => JSON.stringify(nfc(s));
const strArr = (a: readonly string[]) => (a.length === 0 ? '[]' : `[${a.map(str).join(',')}]`);
const num = (n: number | null) => (n === null ? 'null' : String(n));
const attachment = (a: ChainAttachment) =>
  `{"mediaType":${str(a.mediaType)},"originalName":${str(a.originalName)},"sha256":${str(a.sha256)},"sizeBytes":${num(a.sizeBytes)}}`;

type Encoder = (v: never) => string;
const encoders: Record<FieldType | 'attachments', Encoder> = {
  int: num,
  'int?': num,
  text: str,
  strings: strArr,
  bool: (b: boolean) => (b ? 'true' : 'false'),
  attachments: (a: readonly ChainAttachment[]) => `[${a.map(attachment).join(',')}]`,
};

/** The hash versions this app writes and verifies; new entries get the latest. */
export const hashVersions = [1, 2] as const;
export type HashVersion = (typeof hashVersions)[number];
export const currentHashVersion: HashVersion = 2;

type Part = { name: string; prefix: string; encode: (v: unknown) => string };

/** A canonical form's keys in code-point order, each with its `"key":` prefix and encoder. */
function partsOf(version: HashVersion): readonly Part[] {
  return [
    ...journalFields
      .filter((f) => !('since' in f) || f.since <= version)
      .map((f) => ({ name: f.name as string, type: f.type as FieldType | 'attachments' })),
    { name: 'attachments', type: 'attachments' as const },
  ]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((p, i) => ({
      name: p.name,
      prefix: `${i === 0 ? '{' : ','}${JSON.stringify(p.name)}:`,
      // version 2 says so inside what is hashed: "hashVersion":2, whatever the row claims
      encode: p.name === 'hashVersion' ? () => String(version) : (encoders[p.type] as (v: unknown) => string),
    }));
}
const partsV1 = partsOf(1);
const partsV2 = partsOf(2);

function render(parts: readonly Part[], e: ChainEntry): string {
  const values = e as unknown as Record<string, unknown>;
  let out = '';
  for (const p of parts) out += p.prefix + p.encode(values[p.name]);
  return `${out}}`;
}

/**
 * The canonical form of hash version 1, built from the field table (journal-fields.ts) in sorted
 * key order, without the fields version 2 added (author, hashVersion); a test checks it equals
 * the generic definition, and the version-1 fixture that it gives the hashes version 1 wrote.
 */
export function canonicalEntry(e: ChainEntry): string {
  return render(partsV1, e);
}

/** The same as canonicalEntry: the name says which version. */
export const canonicalEntryV1 = canonicalEntry;

/**
 * The canonical form of hash version 2: canonicalJson of the version-1 object plus
 * `author` (a string, NFC) and `hashVersion` (the number 2). Hand-written for speed like
 * version 1; a test checks it equals that generic definition.
 */
export function canonicalEntryV2(e: ChainEntry): string {
  return render(partsV2, e);
}

/** The canonical form the entry's own hashVersion names; null for a version this app does not know. */
export function canonicalEntryFor(e: ChainEntry): string | null {
  return e.hashVersion === 2 ? render(partsV2, e) : e.hashVersion === 1 ? render(partsV1, e) : null;
}

/** The generic definition of version 2 (slow; for tests and re-implementations to compare with). */
export function canonicalObjectV2(e: ChainEntry): Record<string, unknown> {
  return { ...canonicalObjectV1(e), author: e.author, hashVersion: 2 };
}

/** The generic definition of version 1: every hashed field but author and hashVersion. */
export function canonicalObjectV1(e: ChainEntry): Record<string, unknown> {
  const { author: _a, hashVersion: _v, ...v1 } = e;
  return v1;
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
  /** hash_version is not 1 or 2, or was changed after the entry was written */
  | 'hash_version_invalid'
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

/** One way an entry does not fit where it stands in its chain: the reason and the sentence that says it. */
export interface ChainStepFailure {
  reason: ChainFailure['reason'];
  detail: string;
}

/** Whether entry `e` follows `at`, the chain's entry before it: the next number, linked to its hash. Both verifiers ask it. */
export function linkFailure(at: { seq: number; hash: string }, e: { seq: number; prevHash: string }): ChainStepFailure | null {
  if (e.seq !== at.seq + 1)
    return { reason: 'seq_gap', detail: `Expected entry #${at.seq + 1}, found #${e.seq}: an entry is missing or out of place.` };
  if (e.prevHash !== at.hash)
    return {
      reason: 'prev_hash_mismatch',
      detail: `Entry #${e.seq} does not follow entry #${at.seq}: the chain was broken or reordered.`,
    };
  return null;
}

export const hashMismatch = (seq: number): ChainStepFailure => ({
  reason: 'hash_mismatch',
  detail: `Entry #${seq} was changed after it was written: its content does not match its hash.`,
});

export const recordedBackwards = (seq: number, recordedAt: string, before: string): ChainStepFailure => ({
  reason: 'recorded_backwards',
  detail: `Entry #${seq} was recorded at ${recordedAt}, earlier than the entry before it (${before}): it may have been added later with a back-dated time.`,
});

/** How a chain's last entry compares with its recorded head row; null when they match. */
export function headFailure(
  chain: { clientId: number; seq: number; hash: string },
  recorded: { seq: number; hash: string } | undefined,
): ChainFailure | null {
  if (!recorded)
    return {
      clientId: chain.clientId,
      seq: chain.seq,
      entryId: null,
      reason: 'head_missing',
      detail: `The journal of client ${chain.clientId} has ${chain.seq} entries but no recorded head: entries may be missing from the end.`,
    };
  if (recorded.seq !== chain.seq || recorded.hash !== chain.hash)
    return {
      clientId: chain.clientId,
      seq: recorded.seq,
      entryId: null,
      reason: 'head_mismatch',
      detail: `The journal ends at entry #${chain.seq}, but its recorded head is entry #${recorded.seq}: entries are missing from the end.`,
    };
  return null;
}

/** A recorded head whose chain has no entries at all: everything was removed. */
export function emptiedChainFailure(clientId: number, seq: number): ChainFailure {
  return {
    clientId,
    seq,
    entryId: null,
    reason: 'head_mismatch',
    detail: `The journal of client ${clientId} should end at entry #${seq}, but no entries were found.`,
  };
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
