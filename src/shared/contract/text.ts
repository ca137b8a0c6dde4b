import { z } from 'zod';

// A lone surrogate does not survive SQLite's text round trip and would break a journal
// hash, and control characters hide text from a reader: both are refused at the boundary.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_SINGLELINE = /[\u0000-\u001F\u007F]/;

export function hasLoneSurrogate(s: string): boolean {
  return LONE_SURROGATE.test(s);
}

export function hasControlChars(s: string, multiline: boolean): boolean {
  return (multiline ? CONTROL_MULTILINE : CONTROL_SINGLELINE).test(s);
}

function checked(max: number, multiline: boolean) {
  return z
    .string({ message: 'validation.text' })
    .max(max, { message: 'validation.tooLong' })
    .refine((s) => !hasLoneSurrogate(s), { message: 'validation.malformedUnicode' })
    .refine((s) => !hasControlChars(s, multiline), { message: 'validation.controlChars' });
}

/** One line of text (names, titles, numbers). Trimmed. */
export const line = (max = 200) => checked(max, false).transform((s) => s.trim());
/** A required line: not empty after trimming. */
export const requiredLine = (max = 200) =>
  checked(max, false)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: 'validation.required' });
/** Free text that may span lines (notes, details, quotes). Kept verbatim. */
export const text = (max = 20_000) => checked(max, true);

export const isoDate = z
  .string({ message: 'validation.date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'validation.date',
  });

/** The first and last day a dated money record may carry. */
export const FIRST_BOOK_DATE = '1900-01-01';
export const LAST_BOOK_DATE = '2100-12-31';
/**
 * A date on an invoice, payment or cost: a real day between 1900 and 2100. 9999-12-31 is a
 * date, but not an invoice's, and the due date from terms would fall in year 10000 (`+010000-01-…`).
 */
export const bookDate = isoDate.refine((s) => s >= FIRST_BOOK_DATE && s <= LAST_BOOK_DATE, {
  message: 'validation.dateOutOfRange',
});

export const isoDateTime = z
  .string({ message: 'validation.dateTime' })
  .refine(
    // eslint-disable-next-line security/detect-unsafe-regex -- every repetition is bounded ({n}, ?): linear time
    (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
    {
      message: 'validation.dateTime',
    },
  )
  .transform((s) => new Date(s).toISOString());

export const id = z.number({ message: 'validation.id' }).int().positive().max(Number.MAX_SAFE_INTEGER);

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
