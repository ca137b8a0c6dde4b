// CSV writing that a spreadsheet cannot turn into a formula (CSV injection, OWASP): a text
// cell starting with = + - @ tab or CR gets a leading apostrophe, which spreadsheets show as
// text. Numbers stay numbers. Import strips exactly that apostrophe again, so a round trip
// through our own export gives back the original text.

// Apostrophes before a formula character are counted in, so text that itself starts with
// "'=" also round-trips.
const FORMULA_START = /^'*[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** The inverse of `neutraliseFormula` for text that came from our own export. */
export function restoreFormulaText(s: string): string {
  return s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
}

export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const s = neutraliseFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV document: UTF-8 BOM (so spreadsheets pick the right encoding), CRLF rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Minor units as a plain decimal string for spreadsheets: 123456 → "1234.56" (2 decimals). */
export function minorToDecimal(minor: number, decimals = 2): string {
  const neg = minor < 0;
  const abs = Math.abs(minor);
  const scale = 10 ** decimals;
  const whole = Math.floor(abs / scale);
  const frac = decimals > 0 ? `.${String(abs % scale).padStart(decimals, '0')}` : '';
  return `${neg ? '-' : ''}${whole}${frac}`;
}

/**
 * A decimal amount typed in a spreadsheet → minor units, or null when it is not an amount.
 * Accepts "1234.5", "1,234.50", "1.234,50", "1234,5" and a leading minus; no exponent, no float.
 */
export function decimalToMinor(raw: string, decimals = 2): number | null {
  let s = raw.trim().replace(/[\s\u00A0']/g, '');
  if (s === '') return null;
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s)) return null;
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  let intPart = s;
  let fracPart = '';
  if (lastSep >= 0 && s.length - lastSep - 1 <= decimals && s.length - lastSep - 1 > 0) {
    intPart = s.slice(0, lastSep);
    fracPart = s.slice(lastSep + 1);
  }
  intPart = intPart.replace(/[.,]/g, '');
  if (!/^\d+$/.test(intPart) || intPart.length > 13) return null;
  const minor = Number(intPart) * 10 ** decimals + Number(fracPart.padEnd(decimals, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return neg ? -minor : minor;
}
