// What a spreadsheet row must hold to become a client or an invoice: the target fields,
// guessing which column is which from the header, and turning cells into input values.
// Pure: validation itself uses the contract's schemas in main.
import { fold } from './fold';
import { restoreFormulaText } from './csv';
import type { Language } from './format';
import { moneyInputProblem, parseMoneyInput } from './money-input';

export const importKinds = ['clients', 'invoices'] as const;
export type ImportKind = (typeof importKinds)[number];

export interface ImportField {
  key: string;
  required: boolean;
  /** header words that suggest this column (folded, any language we ship) */
  hints: string[];
}

export const importFields: Record<ImportKind, ImportField[]> = {
  clients: [
    { key: 'name', required: true, hints: ['name', 'client', 'customer', 'ad', 'musteri', 'ad soyad', 'adi', 'musteri adi'] },
    { key: 'company', required: false, hints: ['company', 'firma', 'sirket', 'organisation', 'organization'] },
    { key: 'email', required: false, hints: ['email', 'e-mail', 'e-posta', 'eposta', 'mail', 'e-poct', 'e-poçt'] },
    { key: 'phone', required: false, hints: ['phone', 'telefon', 'tel', 'mobile', 'gsm'] },
    { key: 'status', required: false, hints: ['status', 'durum', 'veziyyet'] },
    { key: 'clientSince', required: false, hints: ['client since', 'since', 'start', 'baslangic'] },
    { key: 'acquisitionChannel', required: false, hints: ['channel', 'source', 'kanal', 'kaynak', 'menbe'] },
    { key: 'acquisitionCost', required: false, hints: ['acquisition cost', 'cost', 'maliyet', 'xerc'] },
    { key: 'notes', required: false, hints: ['notes', 'note', 'not', 'notlar', 'qeyd'] },
  ],
  invoices: [
    { key: 'client', required: true, hints: ['client', 'client name', 'customer', 'musteri', 'client_name'] },
    { key: 'number', required: true, hints: ['number', 'invoice', 'invoice number', 'no', 'fatura no', 'fatura', 'faktura'] },
    { key: 'issuedOn', required: true, hints: ['issued', 'issued on', 'issued_on', 'date', 'tarih', 'duzenleme', 'tarix'] },
    { key: 'dueOn', required: false, hints: ['due', 'due on', 'due_on', 'vade', 'son odeme'] },
    { key: 'amount', required: true, hints: ['amount', 'total', 'tutar', 'toplam', 'mebleg'] },
    { key: 'listPrice', required: false, hints: ['list price', 'list_price', 'liste fiyati', 'qiymet'] },
    { key: 'currency', required: false, hints: ['currency', 'para birimi', 'doviz', 'valyuta'] },
    { key: 'description', required: false, hints: ['description', 'aciklama', 'tesvir', 'details'] },
  ],
};

export type ColumnMapping = Record<string, number | null>;

/** The likeliest column for each field: an exact header match first, then a hint inside the header. */
export function suggestMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const folded = headers.map((h) => fold(h.trim()).replace(/[_]+/g, ' '));
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const f of importFields[kind]) {
    const names = [fold(f.key), ...f.hints.map(fold)];
    let idx = folded.findIndex((h, i) => !used.has(i) && names.includes(h));
    if (idx < 0) idx = folded.findIndex((h, i) => !used.has(i) && names.some((n) => n.length > 3 && h.includes(n)));
    mapping[f.key] = idx >= 0 ? idx : null;
    if (idx >= 0) used.add(idx);
  }
  return mapping;
}

/** A cell as text: trimmed, our own export's formula apostrophe removed. */
export function cellText(row: readonly string[], col: number | null | undefined): string {
  if (col === null || col === undefined) return '';
  return restoreFormulaText((row[col] ?? '').trim());
}

/**
 * Dates as spreadsheets write them: 2026-03-01, 01.03.2026, 01/03/2026, 2026/3/1 and Excel's
 * serial number 46082 → 2026-03-01;
 * else unchanged. Only the form is changed: a day that is not on the calendar (30.02.2026) stays
 * 2026-02-30, which the contract's isoDate refuses with its row, never rolled over to March.
 */
export function normaliseDate(s: string): string {
  // a date cell Excel saved unformatted is its serial number: days since 1899-12-30 (the 1900
  // date system; 5 digits are 1927-05-18 … 2173-10-14, none a year, amount or phone number here)
  if (/^\d{5}$/.test(s)) return new Date(Date.UTC(1899, 11, 30) + Number(s) * 86_400_000).toISOString().slice(0, 10);
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  const ymd = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(s);
  return ymd ? `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}` : s;
}

/**
 * A date written month first, as a US spreadsheet does (12/31/2026: no 31st month), told apart
 * from an impossible day: the problem's catalogue key and values, or null. Day first is what the
 * import reads (03/12/2026 is 3 December), so only a date that cannot be day first is caught.
 */
export function monthFirstDate(s: string): { message: string; values: Record<string, string> } | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m || Number(m[1]) > 12 || Number(m[1]) < 1 || Number(m[2]) <= 12 || Number(m[2]) > 31) return null;
  const [month, day, year] = [m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0'), m[3]!];
  return {
    message: 'validation.dateMonthFirst',
    values: { date: s, iso: `${year}-${month}-${day}`, dmy: `${day}.${month}.${year}` },
  };
}

export type AmountCell = { ok: true; minor: number | undefined } | { ok: false; message: string; values: Record<string, string> };

/**
 * An amount cell read the way the owner types it (parseMoneyInput: "12500,50" and "12.500,50"
 * are 12,500.50 in tr/az), in the currency of the row: undefined when empty; otherwise the minor
 * units, or why not as the money fields say it (a catalogue key and its values). An amount that
 * reads two ways ("1,234" in tr) is refused, never guessed; so is a negative one (the import
 * has no credit notes: invoices and costs are positive, as when typed in).
 */
export function amountCell(s: string, currency: string, lang: Language): AmountCell {
  if (s === '') return { ok: true, minor: undefined };
  // a currency cell that is not a code is refused by the row's schema; read with 2 decimals meanwhile
  const code = /^[A-Z]{3}$/.test(currency) ? currency : 'EUR';
  const r = parseMoneyInput(s, code, lang);
  if (r.ok) return { ok: true, minor: r.minor };
  const problem = moneyInputProblem(r, code, lang) ?? { key: 'validation.money', values: {} };
  return { ok: false, message: problem.key, values: problem.values };
}

/** The encodings the import reads (what Excel and LibreOffice write in Turkey and Azerbaijan). */
export const csvEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1254', 'iso-8859-9'] as const;
export type CsvEncoding = (typeof csvEncodings)[number];
/** The delimiters the import reads; Excel in Turkish writes `;`. */
export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];
/** Each delimiter's catalogue word (safety.import.delimiters.…) and CLI spelling. */
export const delimiterNames: Record<CsvDelimiter, 'comma' | 'semicolon' | 'tab'> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};
