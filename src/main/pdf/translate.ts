// PDFs speak the same catalogues as the screens: one i18next instance per language, in main.
import i18next, { type TFunction } from 'i18next';
import { catalogues } from '../../shared/i18n';
import { formatDate, formatMoney, formatPercent, localeOf, type Language } from '../../shared/domain/format';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

const cache = new Map<Language, TFunction>();

/** A plain i18next instance on one language's catalogue, as PDFs configure it (no memoising). */
export function catalogueI18n(lang: Language) {
  const i = i18next.createInstance();
  void i.init({
    resources: { [lang]: { translation: catalogues[lang] } },
    lng: lang,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i;
}

export function translatorFor(lang: Language): Translate {
  let t = cache.get(lang);
  if (!t) {
    t = catalogueI18n(lang).t;
    cache.set(lang, t);
  }
  const tf = t;
  // A document asks for the same labels thousands of times (every field of every entry); the
  // catalogues never change while the app runs, so each answer is looked up once.
  // Values that differ every time (an entry's number) would miss that cache, so such a message
  // is looked up once with markers in place of its values, and the values are put in after.
  // Not for count or context: those choose the message itself.
  let answers = new Map<string, string>();
  const remember = (k: string, make: () => string) => {
    let v = answers.get(k);
    if (v === undefined) {
      v = make();
      if (answers.size >= 20_000) answers = new Map();
      answers.set(k, v);
    }
    return v;
  };
  return (key, vars) => {
    if (!vars) return remember(key, () => String(tf(key, {})));
    const names = Object.keys(vars);
    // a label with a fallback (a kind, channel or sign) comes back on every entry: keyed by
    // the fallback, without a JSON text of the options each time
    if (names.length === 1 && typeof vars['defaultValue'] === 'string')
      return remember(`${key}\u0004${vars['defaultValue']}`, () => String(tf(key, vars)));
    if (names.some((n) => n === 'count' || n === 'context' || n === 'defaultValue' || typeof vars[n] === 'object'))
      return remember(`${key}\u0000${JSON.stringify(vars)}`, () => String(tf(key, vars)));
    const template = remember(`${key}\u0001${names.join(',')}`, () =>
      String(tf(key, Object.fromEntries(names.map((n) => [n, `\u0002${n}\u0003`])))),
    );
    return template.replace(/\u0002([^\u0003]*)\u0003/g, (_, n: string) => String(vars[n]));
  };
}

/**
 * Number, money and date formatting for one document: language and time zone fixed up front.
 * The same output as shared/domain/format.ts, with each Intl formatter built once (a dossier
 * formats thousands of dates; building a DateTimeFormat per call dominated rendering time).
 */
export function documentFormat(lang: Language, timeZone: string) {
  const locale = localeOf(lang);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const localDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const numbers = new Map<number, Intl.NumberFormat>();
  const number = (n: number, digits = 2) => {
    let nf = numbers.get(digits);
    if (!nf) numbers.set(digits, (nf = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return nf.format(n);
  };
  return {
    lang,
    timeZone,
    money: (minor: number, currency: string) => formatMoney(minor, currency, lang),
    number,
    percent: (ratio: number, digits?: number) => formatPercent(ratio, lang, digits),
    date: (iso: string) => formatDate(iso, lang),
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    /** the day of an ISO timestamp in the document's time zone */
    day: (iso: string) => localDay.format(new Date(iso)),
  };
}
export type DocumentFormat = ReturnType<typeof documentFormat>;
