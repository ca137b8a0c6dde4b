// Reads an amount a person typed, in their language, to minor units — with string arithmetic,
// never through a float. One parser for every money field and the CSV import.
//
// Rules (sep = the separator characters '.' and ','):
// - Spaces (also no-break and narrow no-break spaces), apostrophes used as group marks, and a
//   currency sign or code before or after the number are ignored.
// - Both '.' and ',' present: the last one is the decimal mark, the other groups thousands
//   ("12.500,50" and "12,500.50" are both 12500.50 in every language).
// - One mark, several times: it groups thousands ("1.250.000" = 1250000).
// - One mark, once, followed by other than exactly three digits: the decimal mark ("12500,50"
//   and "12500.50" = 12500.50 in every language).
// - One mark, once, followed by exactly three digits: the language decides when the mark is its
//   thousands mark ("1.234" in tr/az and "1,234" in en are 1234). Otherwise it could be either
//   (tr "1,234" — a decimal mark with more decimals than the currency has, or an English thousands
//   mark): refused as ambiguous, with both readings shown.
// - Groups of thousands must be three digits; more decimals than the currency has are refused.
import { currencyDigits, formatMoney, type Language } from './format';

export type MoneyInputResult =
  | { ok: true; minor: number }
  | { ok: false; reason: 'empty' | 'invalid' | 'negative' | 'too_precise' | 'too_large' }
  | { ok: false; reason: 'ambiguous'; readings: [number, number] }
  /** marked with another currency's code or sign ("€1.234,56" where the currency is TRY): never read as this one */
  | { ok: false; reason: 'other_currency'; mark: string };

const groupMark: Record<Language, '.' | ','> = { en: ',', tr: '.', az: '.' };

/** The largest amount a money field accepts, in major units (a trillion): beyond it, a typo. */
export const maxMajorAmount = 1_000_000_000_000;

function toMinor(intDigits: string, fraction: string, digits: number): MoneyInputResult {
  if (fraction.length > digits) return { ok: false, reason: 'too_precise' };
  const whole = intDigits.replace(/^0+(?=\d)/, '') || '0';
  if (whole.length > String(maxMajorAmount).length || Number(whole) > maxMajorAmount) return { ok: false, reason: 'too_large' };
  return { ok: true, minor: Number(whole + fraction.padEnd(digits, '0')) };
}

const signs: Record<string, readonly string[]> = { TRY: ['₺', 'TL'], EUR: ['€'], USD: ['$'], AZN: ['₼'], GBP: ['£'] };
/** The marks an amount in `currency` may carry: its code, and its sign where it has one of ours. */
const marksOf = (currency: string): readonly string[] => [currency.toUpperCase(), ...(signs[currency.toUpperCase()] ?? [])];

/** Whether `s` is digits grouped in threes by `mark` ("1.234.567"), the first group 1–3 digits. */
function grouped(s: string, mark: string): boolean {
  const parts = s.split(mark);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

export function parseMoneyInput(text: string, currency: string, lang: Language): MoneyInputResult {
  const digits = currencyDigits(currency);
  let other: string | null = null;
  let s = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^[^\d.,+-]+|[^\d.,]+$/g, (m) => {
    if (!/^(?:[A-Za-z]{3}|TL|[₺€$₼£])$/i.test(m)) return m;
    // the mark must be this currency's: a code, its sign, or "TL" as Turkish lira is written
    if (!marksOf(currency).includes(m.toUpperCase())) other = m;
    return '';
  });
  if (other !== null && /\d/.test(s)) return { ok: false, reason: 'other_currency', mark: other };
  if (s === '') return { ok: false, reason: text.trim() === '' ? 'empty' : 'invalid' };
  if (s.startsWith('-')) return { ok: false, reason: 'negative' };
  if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s) || /^[.,]|[.,]$/.test(s)) return { ok: false, reason: 'invalid' };

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const at = s.lastIndexOf(decimal);
    const int = s.slice(0, at);
    const frac = s.slice(at + 1);
    if (int.includes(decimal) || !grouped(int, group) || !/^\d+$/.test(frac)) return { ok: false, reason: 'invalid' };
    return toMinor(int.split(group).join(''), frac, digits);
  }
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
  if (!mark) return toMinor(s, '', digits);
  const parts = s.split(mark);
  if (parts.length > 2) return grouped(s, mark) ? toMinor(parts.join(''), '', digits) : { ok: false, reason: 'invalid' };
  const [int, frac] = parts as [string, string];
  if (frac.length !== 3) return toMinor(int, frac, digits);
  if (mark === groupMark[lang] || digits === 0) {
    return /^\d{1,3}$/.test(int) ? toMinor(int + frac, '', digits) : toMinor(int, frac, digits);
  }
  // A decimal mark followed by three digits, in a currency of fewer decimals: a thousands mark
  // typed in another language's style, or a typo. Say both readings rather than guess.
  const asGroup = toMinor(int + frac, '', digits);
  if (!/^\d{1,3}$/.test(int) || !asGroup.ok) return toMinor(int, frac, digits);
  return {
    ok: false,
    reason: 'ambiguous',
    readings: [asGroup.minor, Number(int) * 10 ** digits + Math.round(Number(`0.${frac}`) * 10 ** digits)],
  };
}

/**
 * Why an entry cannot be read, as a catalogue key (money.input.…) and its values, already
 * formatted in `lang`; null when it was read or is empty. The money fields and the CSV import's
 * row errors say it in the same words.
 */
export function moneyInputProblem(
  r: MoneyInputResult,
  currency: string,
  lang: Language,
): { key: string; values: Record<string, string> } | null {
  if (r.ok || r.reason === 'empty') return null;
  if (r.reason === 'ambiguous')
    return {
      key: 'money.input.ambiguous',
      values: {
        first: formatMoney(r.readings[0], currency, lang),
        second: formatMoney(r.readings[1], currency, lang),
        example: lang === 'en' ? '12500.50' : '12500,50',
      },
    };
  if (r.reason === 'other_currency') return { key: 'money.input.otherCurrency', values: { mark: r.mark, currency } };
  const key = { invalid: 'invalid', negative: 'negative', too_precise: 'tooPrecise', too_large: 'tooLarge' }[r.reason];
  return { key: `money.input.${key}`, values: { currency } };
}
