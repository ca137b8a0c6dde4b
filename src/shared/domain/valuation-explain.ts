// Every figure carries its own "how is this computed": an i18n key and the actual numbers
// plugged in, typed so the screen formats money as money and ratios as percentages.

import { formatDate, formatMoney, formatNumber, formatPercent, type Language } from './format';

export type Param = { money: number } | { number: number } | { percent: number } | { date: string } | { key: string };

export interface Figure {
  /** null when the figure cannot be computed (e.g. margin % without revenue) */
  value: number | null;
  unit: 'money' | 'percent' | 'number' | 'ratio';
  /** i18n key under `value.how.` */
  how: string;
  params: Record<string, Param>;
  /** i18n key under `value.warnings.`: a caution shown beside the figure (e.g. a very large lifetime multiple) */
  warning?: string;
}

/** The i18n key of a figure's label: a negative lifetime value is a lifetime loss. */
export function figureLabelKey(name: string, f: Figure): string {
  return f.how === 'clvLoss' ? 'value.figures.clvLoss' : `value.figures.${name}`;
}

export const money = (n: number): Param => ({ money: n });
export const num = (n: number): Param => ({ number: n });
export const pct = (n: number): Param => ({ percent: n });
export const key = (k: string): Param => ({ key: k });
export const date = (d: string): Param => ({ date: d });

export function figure(value: number | null, unit: Figure['unit'], how: string, params: Record<string, Param> = {}): Figure {
  return { value, unit, how, params };
}

/** Formats one explanation parameter for display (screens and PDFs alike). */
export function formatParam(p: Param, currency: string, lang: Language): string {
  if ('money' in p) return formatMoney(p.money, currency, lang);
  if ('percent' in p) return formatPercent(p.percent, lang);
  if ('date' in p) return formatDate(p.date, lang);
  if ('number' in p) return formatNumber(p.number, lang);
  return p.key;
}

/**
 * The parameter whose number chooses each message's plural form, by i18n key: i18next picks
 * `key_one` or `key_other` (by each language's plural rules) from `count`, and the message shows
 * the parameter itself, formatted ("1 invoice", "2 invoices"; "1 fatura", "2 fatura").
 */
export const countParams: Readonly<Record<string, string>> = {
  'value.how.revenue': 'invoices',
  'value.how.timeCost': 'minutes',
  'value.how.timeCostRates': 'minutes',
  'value.how.annualisedMargin': 'months',
  'value.how.replacementValue': 'months',
  'value.how.attentionRatio': 'totalMinutes',
  'value.how.attentionNoRevenue': 'minutes',
  'value.how.avgDaysLate': 'considered',
  'value.reasons.collect': 'days',
  'value.reasons.flagsRaised': 'count',
  'value.flags.how.pays_late': 'late',
  'value.flags.how.haggles': 'discounted',
  'value.flags.how.events': 'events',
};

const withCount = <T extends Record<string, string | number>>(
  out: T,
  i18nKey: string | undefined,
  n: (name: string) => number | undefined,
) => {
  const name = i18nKey ? countParams[i18nKey] : undefined;
  const count = name ? n(name) : undefined;
  return count === undefined ? out : { ...out, count };
};

/** All parameters of an explanation or a reason, ready for i18next interpolation (with `count` for the message `i18nKey`). */
export function formatParams(
  params: Record<string, Param>,
  currency: string,
  lang: Language,
  i18nKey?: string,
): Record<string, string | number> {
  const out = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, formatParam(v, currency, lang)]));
  return withCount(out, i18nKey, (name) => {
    const p = params[name];
    return p && 'number' in p ? p.number : undefined;
  });
}

/** A red flag's numbers for its explanation: a `…Pct` one is in percent points (12.5 → 12.5% / %12,5). */
export function formatFlagParams(
  params: Record<string, number>,
  lang: Language,
  i18nKey?: string,
): Record<string, string | number> {
  const out = Object.fromEntries(
    Object.entries(params).map(([k, n]) => [k, k.endsWith('Pct') ? formatPercent(n / 100, lang) : formatNumber(n, lang)]),
  );
  return withCount(out, i18nKey, (name) => params[name]);
}

/** A figure's value for display; `none` when it cannot be computed. */
export function formatFigure(f: Figure, currency: string, lang: Language, none: string): string {
  if (f.value === null) return none;
  if (f.unit === 'money') return formatMoney(f.value, currency, lang);
  if (f.unit === 'percent') return formatPercent(f.value, lang);
  if (f.unit === 'ratio') return `${formatNumber(f.value, lang, 2)}×`;
  return formatNumber(f.value, lang, 1);
}
