// PDFs speak the same catalogues as the screens: one i18next instance per language, in main.
import i18next, { type TFunction } from 'i18next';
import { catalogues } from '../../shared/i18n';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent, type Language } from '../../shared/domain/format';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

const cache = new Map<Language, TFunction>();

export function translatorFor(lang: Language): Translate {
  let t = cache.get(lang);
  if (!t) {
    const i = i18next.createInstance();
    void i.init({
      resources: { [lang]: { translation: catalogues[lang] } },
      lng: lang,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    t = i.t;
    cache.set(lang, t);
  }
  const tf = t;
  return (key, vars) => String(tf(key, vars ?? {}));
}

/** Number, money and date formatting for one document: language and time zone fixed up front. */
export function documentFormat(lang: Language, timeZone: string) {
  return {
    lang,
    timeZone,
    money: (minor: number, currency: string) => formatMoney(minor, currency, lang),
    number: (n: number, digits?: number) => formatNumber(n, lang, digits),
    percent: (ratio: number, digits?: number) => formatPercent(ratio, lang, digits),
    date: (iso: string) => formatDate(iso, lang),
    dateTime: (iso: string) => formatDateTime(iso, lang, timeZone),
  };
}
export type DocumentFormat = ReturnType<typeof documentFormat>;
