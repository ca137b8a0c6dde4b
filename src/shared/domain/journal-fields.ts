// One description of a journal entry: every field the hash covers, its column in SQLite, how it
// is stored and its default. The chain's canonical form, the insert statement, the row readers
// and the CSV export are all derived from this table (src/main/journal/chain.ts, read.ts,
// src/main/transfer/export-csv.ts). Adding a field is a new canonical form: a new version of the
// chain, never a change to version 1 (tests/main/journal-v1-fixture.test.ts). A field marked
// `since: 2` is covered only by hash version 2 and later (journal-chain.ts canonicalEntryV2).

/** How a field is stored: integer, integer or NULL, text, a JSON array of strings, 0/1. */
export type FieldType = 'int' | 'int?' | 'text' | 'strings' | 'bool';

export interface JournalField {
  /** the property name (also the key in the canonical form) */
  readonly name: string;
  readonly column: string;
  readonly type: FieldType;
  /** the value when a new entry leaves it out (absent: the caller must give it) */
  readonly default?: string | number | boolean | null | readonly string[];
  /** the first hash version whose canonical form covers the field (absent: every version) */
  readonly since?: 2;
}

export const journalFields = [
  { name: 'clientId', column: 'client_id', type: 'int' },
  { name: 'seq', column: 'seq', type: 'int' },
  { name: 'kind', column: 'kind', type: 'text' },
  { name: 'channel', column: 'channel', type: 'text' },
  { name: 'occurredAt', column: 'occurred_at', type: 'text' },
  { name: 'recordedAt', column: 'recorded_at', type: 'text' },
  { name: 'durationMinutes', column: 'duration_minutes', type: 'int?', default: null },
  { name: 'summary', column: 'summary', type: 'text' },
  { name: 'details', column: 'details', type: 'text', default: '' },
  { name: 'quotes', column: 'quotes', type: 'strings', default: [] },
  { name: 'people', column: 'people', type: 'strings', default: [] },
  { name: 'witnesses', column: 'witnesses', type: 'strings', default: [] },
  { name: 'severity', column: 'severity', type: 'text', default: 'low' },
  { name: 'signs', column: 'signs', type: 'strings', default: [] },
  { name: 'amendsId', column: 'amends_id', type: 'int?', default: null },
  { name: 'refersToId', column: 'refers_to_id', type: 'int?', default: null },
  { name: 'caseId', column: 'case_id', type: 'int?', default: null },
  { name: 'isSample', column: 'is_sample', type: 'bool', default: false },
  // hash version 2 (migration 0008): who wrote the entry, and which canonical form its hash covers
  { name: 'author', column: 'author', type: 'text', default: '', since: 2 },
  { name: 'hashVersion', column: 'hash_version', type: 'int', default: 1, since: 2 },
] as const satisfies readonly JournalField[];

type ValueOf<T extends FieldType> = T extends 'int'
  ? number
  : T extends 'int?'
    ? number | null
    : T extends 'text'
      ? string
      : T extends 'strings'
        ? string[]
        : boolean;
type StoredOf<T extends FieldType> = T extends 'int' | 'bool' ? number : T extends 'int?' ? number | null : string;

type Fields = (typeof journalFields)[number];
/** The entry's fields as the app uses them. */
export type JournalFieldValues = { [F in Fields as F['name']]: ValueOf<F['type']> };
/** The same fields as SQLite returns them (snake_case columns, JSON text, 0/1). */
export type JournalFieldColumns = { [F in Fields as F['column']]: StoredOf<F['type']> };

/** The columns, in table order: `client_id, seq, kind, …, is_sample`. */
export const journalColumnList: string = journalFields.map((f) => f.column).join(', ');

/** A stored row's fields in the app's terms. */
export function fieldsFromRow(r: JournalFieldColumns): JournalFieldValues {
  const out: Record<string, unknown> = {};
  const row = r as unknown as Record<string, unknown>;
  for (const f of journalFields) {
    const v = row[f.column];
    // most lists (quotes, witnesses, signs) are empty: '[]' needs no parser
    out[f.name] = f.type === 'strings' ? (v === '[]' ? [] : (JSON.parse(v as string) as string[])) : f.type === 'bool' ? v === 1 : v;
  }
  return out as JournalFieldValues;
}

/** The values to bind for an insert, in column order (strings as JSON, booleans as 0/1). */
export function rowValues(e: JournalFieldValues): (string | number | null)[] {
  const values = e as unknown as Record<string, unknown>;
  return journalFields.map((f) => {
    const v = values[f.name];
    return f.type === 'strings' ? JSON.stringify(v) : f.type === 'bool' ? (v ? 1 : 0) : (v as string | number | null);
  });
}

/**
 * Fills in the defaults of the fields a new entry leaves out, and NFC-normalises its text (so
 * what is stored is what was hashed). `given` are the fields the app sets itself (seq, recordedAt).
 */
export function withDefaults(
  e: Partial<JournalFieldValues>,
  given: Pick<JournalFieldValues, 'seq' | 'recordedAt'> & Partial<Pick<JournalFieldValues, 'hashVersion'>>,
): JournalFieldValues {
  const input = { ...e, ...given } as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of journalFields) {
    let v = input[f.name];
    if (v === undefined) {
      if (!('default' in f)) throw new Error(`journal entry without ${f.name}`);
      v = Array.isArray(f.default) ? [...(f.default as readonly string[])] : f.default;
    }
    if (f.type === 'text') v = (v as string).normalize('NFC');
    if (f.type === 'strings') v = (v as string[]).map((s) => s.normalize('NFC'));
    out[f.name] = v;
  }
  return out as JournalFieldValues;
}
