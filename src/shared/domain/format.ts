// Display helpers: every number, amount and date goes through Intl in the chosen language.
export const languages = ['en', 'tr', 'az'] as const;
export type Language = (typeof languages)[number];

const intlLocale: Record<Language, string> = { en: 'en-GB', tr: 'tr-TR', az: 'az-Latn-AZ' };

export function localeOf(lang: Language): string {
  return intlLocale[lang];
}

// Formatters are reused: building one is the costly part, and far more so with the app's own
// (FormatJS) data. Keyed by the Intl constructor too, so one made before the polyfills loaded
// is never used after.
const formatters = new WeakMap<object, Map<string, Intl.NumberFormat | Intl.DateTimeFormat>>();
function reuse<F extends Intl.NumberFormat | Intl.DateTimeFormat>(ctor: object, key: string, make: () => F): F {
  let byKey = formatters.get(ctor);
  if (!byKey) formatters.set(ctor, (byKey = new Map()));
  let f = byKey.get(key) as F | undefined;
  if (!f) byKey.set(key, (f = make()));
  return f;
}
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return reuse(Intl.NumberFormat, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return reuse(Intl.DateTimeFormat, `${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

const digitsCache = new Map<string, number>();
/** How many minor units a currency has (2 for TRY, AZN, EUR; 0 for JPY). */
export function currencyDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, d);
  }
  return d;
}

export function minorToMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

/** Parses a major-unit amount typed by a person ("1234.5" or "1234,50") to minor units; null if not a number. */
export function majorToMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyDigits(currency));
}

export function formatMoney(minor: number, currency: string, lang: Language): string {
  return numberFormat(localeOf(lang), { style: 'currency', currency }).format(minorToMajor(minor, currency));
}

export function formatNumber(n: number, lang: Language, maximumFractionDigits = 2): string {
  return numberFormat(localeOf(lang), { maximumFractionDigits }).format(n);
}

export function formatPercent(ratio: number, lang: Language, maximumFractionDigits = 1): string {
  return numberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits }).format(ratio);
}

/** A change as a percent with its sign: +20% / −10% (en, az), +%20 (tr); no sign for zero. */
export function formatSignedPercent(ratio: number, lang: Language, maximumFractionDigits = 1): string {
  return numberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits, signDisplay: 'exceptZero' }).format(ratio);
}

/**
 * What stands before and after a number in the language's percent form, for an input that shows
 * the sign around the figure typed: `{ prefix: '%' }` in Turkish, `{ suffix: '%' }` in English.
 */
export function percentAffixes(lang: Language): { prefix: string; suffix: string } {
  const parts = numberFormat(localeOf(lang), { style: 'percent' }).formatToParts(0.5);
  const at = parts.findIndex((p) => p.type === 'integer');
  const text = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join('');
  return { prefix: text(parts.slice(0, at)), suffix: text(parts.slice(at + 1)) };
}

/** A `YYYY-MM-DD` date, shown as a calendar day (no time-zone shift). */
export function formatDate(isoDate: string, lang: Language): string {
  return dateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

/** A letter's date, the month written out: "23 November 2026", "23 Kasım 2026", "23 noyabr 2026". */
export function formatLongDate(isoDate: string, lang: Language): string {
  return dateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

/** An ISO timestamp, shown in the given (default: local) time zone. */
export function formatDateTime(iso: string, lang: Language, timeZone?: string): string {
  return dateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}
