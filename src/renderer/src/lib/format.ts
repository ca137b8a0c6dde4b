import { useTranslation } from 'react-i18next';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatSignedPercent,
  percentAffixes,
  type Language,
} from '@shared/domain/format';
import { languages } from '@shared/domain/format';
import { defaultLanguage } from '@shared/i18n';

/** Formatters bound to the current UI language (re-render on language change). */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang: Language = (languages as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : defaultLanguage;
  return {
    lang,
    money: (minor: number, currency: string) => formatMoney(minor, currency, lang),
    number: (n: number, digits?: number) => formatNumber(n, lang, digits),
    percent: (ratio: number, digits?: number) => formatPercent(ratio, lang, digits),
    signedPercent: (ratio: number, digits?: number) => formatSignedPercent(ratio, lang, digits),
    /** `prefix`/`suffix` props for a NumberInput that takes a percentage */
    percentAffixes: () => percentAffixes(lang),
    date: (iso: string) => formatDate(iso, lang),
    dateTime: (iso: string) => formatDateTime(iso, lang),
  };
}
