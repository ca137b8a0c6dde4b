import { z } from 'zod';

// A lone surrogate does not survive SQLite's text round trip and would break a journal
// hash, and control characters hide text from a reader: both are refused at the boundary.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_SINGLELINE = /[\u0000-\u001F\u007F]/;

// Characters that change what a reader sees without being seen: bidi controls reorder text
// ("Paid 1000 TRY" on screen, "Paid 0001 TRY" in a PDF that ignores them), and zero-width or
// soft-hyphen characters make two different strings look the same. Text that is hashed into the
// journal must read the same everywhere, so both are refused (a ZWJ inside an emoji sequence,
// 👨‍👩‍👧, joins pictures, not letters, and stays allowed).
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3]/u;

export function hasBidiControls(s: string): boolean {
  return BIDI.test(s);
}

/** A zero-width or soft-hyphen character, except a ZWJ between two parts of an emoji. */
export function hasInvisibleChars(s: string): boolean {
  for (const m of s.matchAll(INVISIBLE)) {
    if (m[0] !== '\u200D') return true;
    const prev = /[\uDC00-\uDFFF]/.test(s[m.index - 1] ?? '') ? s.slice(m.index - 2, m.index) : (s[m.index - 1] ?? '');
    const next = String.fromCodePoint(s.codePointAt(m.index + 1) ?? 0);
    if (!PICTOGRAPH.test(prev) || !PICTOGRAPH.test(next)) return true;
  }
  return false;
}

export function hasLoneSurrogate(s: string): boolean {
  return LONE_SURROGATE.test(s);
}

export function hasControlChars(s: string, multiline: boolean): boolean {
  return (multiline ? CONTROL_MULTILINE : CONTROL_SINGLELINE).test(s);
}

function basic(max: number, multiline: boolean) {
  return z
    .string({ message: 'validation.text' })
    .max(max, { message: 'validation.tooLong' })
    .refine((s) => !hasLoneSurrogate(s), { message: 'validation.malformedUnicode' })
    .refine((s) => !hasControlChars(s, multiline), { message: 'validation.controlChars' });
}

function checked(max: number, multiline: boolean) {
  return basic(max, multiline)
    .refine((s) => !hasBidiControls(s), { message: 'validation.bidiChars' })
    .refine((s) => !hasInvisibleChars(s), { message: 'validation.invisibleChars' });
}

/** One line of text (names, titles, numbers). Trimmed. */
export const line = (max = 200) => checked(max, false).transform((s) => s.trim());
/** A required line: not empty after trimming. */
export const requiredLine = (max = 200) =>
  checked(max, false)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: 'validation.required' });
/**
 * A file's name as the disk has it: it may hold bidi marks (the "gnp.exe" trick), which the
 * journal strips before recording it (sanitiseFileName), so they are not refused here.
 */
export const fileNameLine = (max = 255) => basic(max, false).transform((s) => s.trim());
/** Free text that may span lines (notes, details, quotes). Kept verbatim. */
export const text = (max = 20_000) => checked(max, true);

/** Years a record of this business can be about: refuses 0000 and typing slips like 0226. */
export const minYear = 1900;
export const maxYear = 2999;

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Is YYYY-MM-DD a day on the calendar (no 30 February, no month 13, year 1900–2999)? */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= minYear && y <= maxYear && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

/**
 * Is this an ISO date-time that names a real moment: a calendar day, 00:00–23:59:59, and an
 * offset in use somewhere (−12:00 to +14:00, whole, half or quarter hours)? Date.parse alone
 * rolls 30 February over to 2 March and reads 24:00 as the next day.
 */
export function isCalendarDateTime(s: string): boolean {
  // eslint-disable-next-line security/detect-unsafe-regex -- every repetition is bounded ({n}, ?): linear time
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(s);
  if (!m || !isCalendarDate(m[1]!)) return false;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return false;
  if (m[5] !== 'Z') {
    const minutes = Number(m[7]) * 60 + Number(m[8]);
    if (![0, 15, 30, 45].includes(Number(m[8]))) return false;
    if (m[6] === '+' ? minutes > 14 * 60 : minutes > 12 * 60) return false;
  }
  return !Number.isNaN(Date.parse(s));
}

export const isoDate = z
  .string({ message: 'validation.date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' })
  .refine((s) => isCalendarDate(s), { message: 'validation.dateImpossible' });

/** The first and last day a dated money record may carry. */
export const FIRST_BOOK_DATE = '1900-01-01';
export const LAST_BOOK_DATE = '2100-12-31';
/**
 * A date on an invoice, payment or cost: a real day between 1900 and 2100. 9999-12-31 is a
 * date, but not an invoice's, and the due date from terms would fall in year 10000 (`+010000-01-…`).
 */
const inBooks = (s: string) => s >= FIRST_BOOK_DATE && s <= LAST_BOOK_DATE;
export const bookDate = z
  .string({ message: 'validation.date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' })
  // one message each: outside 1900–2100 says so; inside, an impossible day (30 February) says that
  .refine(inBooks, { message: 'validation.dateOutOfRange' })
  .refine((s) => !inBooks(s) || isCalendarDate(s), { message: 'validation.dateImpossible' });

// eslint-disable-next-line security/detect-unsafe-regex -- every repetition is bounded ({n}, ?): linear time
const isoDateTimeShape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const isoDateTime = z
  .string({ message: 'validation.dateTime' })
  .regex(isoDateTimeShape, { message: 'validation.dateTime' })
  // one message each: a string not shaped like a date-time says so, never also "does not exist"
  .refine((s) => !isoDateTimeShape.test(s) || isCalendarDateTime(s), { message: 'validation.dateTimeImpossible' })
  .transform((s) => new Date(s).toISOString());

/**
 * A record's id: positive, or negative in a team replica for a record made there that the team
 * server has not numbered yet (src/main/team/sync/replica.ts). Never 0.
 */
export const id = z
  .number({ message: 'validation.id' })
  .int({ message: 'validation.id' })
  .min(-Number.MAX_SAFE_INTEGER, { message: 'validation.id' })
  .max(Number.MAX_SAFE_INTEGER, { message: 'validation.id' })
  .refine((n) => n !== 0, { message: 'validation.id' });

/**
 * The largest amount the app takes, in minor units: 1,000,000,000.00 in a two-decimal currency.
 * No invoice, payment or cost of a one-person business comes near it; a number past it is a
 * typo (seen: a payment 10^8 times its invoice), and it keeps every sum far inside exact
 * integers (2^53 ≈ 9·10^15).
 */
export const MAX_AMOUNT_MINOR = 100_000_000_000;

/** Money in minor units (kuruş, qəpik, cents). Never a float. */
export const minor = z
  .number({ message: 'validation.money' })
  .int({ message: 'validation.money' })
  .min(-MAX_AMOUNT_MINOR, { message: 'validation.amountTooLarge' })
  .max(MAX_AMOUNT_MINOR, { message: 'validation.amountTooLarge' });
export const nonNegativeMinor = minor.refine((n) => n >= 0, { message: 'validation.notNegative' });

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, { message: 'validation.currency' });
