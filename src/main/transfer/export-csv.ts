// What the CSV exports contain. Cells are written by shared/domain/csv.ts, which neutralises
// formula injection; amounts are numbers in major units so spreadsheets can sum them.
import type { CsvValue } from '../../shared/domain/csv';
import { journalFields, type FieldType } from '../../shared/domain/journal-fields';

/** The journal CSV's entry columns after id, client_id and client_name: with client_id, every field of journal-fields.ts (a test checks none is missing). */
export const journalCsvColumns = [
  'seq',
  'kind',
  'channel',
  'occurred_at',
  'recorded_at',
  'duration_minutes',
  'severity',
  'summary',
  'details',
  'quotes',
  'people',
  'witnesses',
  'signs',
  'amends_id',
  'refers_to_id',
  'case_id',
  'is_sample',
  'author',
  'hash_version',
] as const satisfies readonly (typeof journalFields)[number]['column'][];
const fieldTypeOf: Record<string, FieldType> = Object.fromEntries(journalFields.map((f) => [f.column, f.type]));

const major = (minor: unknown) => (typeof minor === 'number' ? minor / 100 : null);
const list = (json: unknown) => {
  try {
    const v = JSON.parse(String(json)) as unknown;
    return Array.isArray(v) ? v.map(String).join(' | ') : '';
  } catch {
    return '';
  }
};
type Row = Record<string, unknown>;
const s = (v: unknown): CsvValue => (v === null || v === undefined ? null : typeof v === 'number' ? v : String(v));

export const csvExports = {
  clients: {
    header: [
      'id',
      'name',
      'company',
      'email',
      'phone',
      'status',
      'client_since',
      'acquisition_channel',
      'acquisition_cost',
      'is_high_profile',
      'payment_terms_kind',
      'payment_terms_value',
      'notes',
      'archived_at',
      'created_at',
    ],
    sql: 'SELECT * FROM clients ORDER BY id',
    row: (r: Row): CsvValue[] => [
      s(r['id']),
      s(r['name']),
      s(r['company']),
      s(r['email']),
      s(r['phone']),
      s(r['status']),
      s(r['client_since']),
      s(r['acquisition_channel']),
      major(r['acquisition_cost_minor']),
      r['is_high_profile'] ? true : false,
      s(r['payment_terms_kind']),
      s(r['payment_terms_value']),
      s(r['notes']),
      s(r['archived_at']),
      s(r['created_at']),
    ],
  },
  invoices: {
    header: [
      'id',
      'number',
      'client_id',
      'client_name',
      'issued_on',
      'due_on',
      'amount',
      'list_price',
      'currency',
      'description',
      'voided_at',
    ],
    sql: 'SELECT i.*, c.name AS client_name FROM invoices i JOIN clients c ON c.id = i.client_id ORDER BY i.id',
    row: (r: Row): CsvValue[] => [
      s(r['id']),
      s(r['number']),
      s(r['client_id']),
      s(r['client_name']),
      s(r['issued_on']),
      s(r['due_on']),
      major(r['amount_minor']),
      major(r['list_price_minor']),
      s(r['currency']),
      s(r['description']),
      s(r['voided_at']),
    ],
  },
  journal: {
    // every field of the entry (journal-fields.ts) in the order a reader scans them; the values
    // are written by the field's type, so a CSV holds what the hash was computed over
    header: ['id', 'client_id', 'client_name', ...journalCsvColumns, 'prev_hash', 'hash'],
    sql: 'SELECT j.*, c.name AS client_name FROM journal_entries j JOIN clients c ON c.id = j.client_id ORDER BY j.client_id, j.seq',
    row: (r: Row): CsvValue[] => [
      s(r['id']),
      s(r['client_id']),
      s(r['client_name']),
      ...journalCsvColumns.map((c) => (fieldTypeOf[c] === 'strings' ? list(r[c]) : s(r[c]))),
      s(r['prev_hash']),
      s(r['hash']),
    ],
  },
};
export type CsvTable = keyof typeof csvExports;
