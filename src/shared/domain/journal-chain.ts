// The journal's hash chain, as a third party could re-implement it (README: "Verifying the
// journal"). Each client's entries form a chain:
//   hash(n) = SHA-256( prev_hash(n) ‖ canonical(entry n) ), prev_hash(1) = 64 × "0"
// where ‖ is string concatenation of the lower-case hex prev_hash and the canonical form,
// hashed as UTF-8, written as lower-case hex.
//
// Canonical form: JSON with no whitespace, object keys sorted by code point, every string
// NFC-normalised, integers as JSON numbers, absent references as null, arrays in stored order,
// attachments as { mediaType, originalName, sha256, sizeBytes } in the order they were attached.
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

const nfc = (s: string) => s.normalize('NFC');
const str = (s: string) => JSON.stringify(nfc(s));
const strArr = (a: readonly string[]) => `[${a.map(str).join(',')}]`;
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

/** The canonical form's keys in code-point order, each with its `"key":` prefix and encoder. */
const canonicalParts: readonly { name: string; prefix: string; encode: (v: unknown) => string }[] = [
  ...journalFields.map((f) => ({ name: f.name as string, type: f.type as FieldType | 'attachments' })),
  { name: 'attachments', type: 'attachments' as const },
]
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .map((p, i) => ({ name: p.name, prefix: `${i === 0 ? '{' : ','}${JSON.stringify(p.name)}:`, encode: encoders[p.type] as (v: unknown) => string }));

/**
 * The canonical form, built from the field table (journal-fields.ts) in sorted key order;
 * a test checks it equals the generic definition, and the version-1 fixture that it gives the
 * hashes version 1 wrote.
 */
export function canonicalEntry(e: ChainEntry): string {
  const values = e as unknown as Record<string, unknown>;
  let out = '';
  for (const p of canonicalParts) out += p.prefix + p.encode(values[p.name]);
  return `${out}}`;
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
