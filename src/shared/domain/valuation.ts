// The value calculator (DESIGN.md §5): revenue, cost to serve by time-driven activity-based
// costing, margin, lifetime value, acquisition vs retention, concentration and attention.
// Pure: the same functions serve the client page, the what-if sliders and the portfolio.
import { AppError } from '../errors';
import { journalKinds, defaultStandardMinutes, type JournalKind } from './journal-kinds';
import type { RedFlagSign } from './red-flags';
import type { ClientFacts } from './valuation-facts';
import { date, figure, money, num, pct, type Figure } from './valuation-explain';
import {
  defaultHealthWeights,
  healthBand,
  healthScore,
  lateInvoices,
  scoreRedFlags,
  type FlagInputs,
  type HealthBand,
  type RedFlag,
} from './valuation-flags';
import { recommend, type Recommendation } from './valuation-recommendation';
import { latenessTrend, type LatenessTrend } from './valuation-trend';
import { activeMonths, type ValuationWindow } from './valuation-window';

export type ActivityCatalogue = Record<JournalKind, number>;
export const defaultActivityCatalogue: ActivityCatalogue = { ...defaultStandardMinutes };

export interface ValuationSettings {
  windowMonths: number;
  /** owner's estimate; null = the portfolio's observed one-year retention */
  retentionProbability: number | null;
  discountRate: number;
  defaultCacMinor: number;
  monthsToReplace: number;
  targetMarginPct: number;
  healthWeights: Record<RedFlagSign, number>;
}

export const defaultValuationSettings: ValuationSettings = {
  windowMonths: 12,
  retentionProbability: null,
  discountRate: 0.1,
  defaultCacMinor: 0,
  monthsToReplace: 3,
  targetMarginPct: 0.2,
  healthWeights: { ...defaultHealthWeights },
};

/** Used when neither the owner nor the portfolio gives a retention figure. */
export const fallbackRetention = 0.8;

export interface WhatIf {
  pricePct: number;
  timePct: number;
  daysLateChange: number;
}
export const noWhatIf: WhatIf = { pricePct: 0, timePct: 0, daysLateChange: 0 };

export interface PortfolioContext {
  totalRevenueMinor: number;
  totalMinutes: number;
  /** median annualised margin of the portfolio's clients: what a typical replacement earns */
  typicalAnnualMarginMinor: number;
  /** share of clients with us a year ago who are still with us; null when unknown */
  observedRetention: number | null;
}

export interface ValuationInput {
  facts: ClientFacts;
  window: ValuationWindow;
  hourlyCostRateMinor: number;
  catalogue: ActivityCatalogue;
  settings: ValuationSettings;
  context: PortfolioContext;
  isHighProfile: boolean;
  whatIf?: WhatIf;
  evidence?: Pick<FlagInputs, 'entryIdsByKind' | 'entryIdsBySign'>;
}

export interface KindCost {
  kind: JournalKind;
  entries: number;
  minutes: number;
  costMinor: number;
}

export interface ClientValuation {
  clientId: number;
  window: ValuationWindow;
  activeMonths: number;
  whatIf: WhatIf;
  figures: Record<FigureName, Figure>;
  costByKind: KindCost[];
  flags: RedFlag[];
  /** "pays later each cycle" (valuation-trend.ts): shown with its invoices, outside every score */
  trend: LatenessTrend | null;
  health: { score: number; band: HealthBand };
  recommendation: Recommendation;
}

export const figureNames = [
  'revenue',
  'collected',
  'outstanding',
  'overdue',
  'timeCost',
  'directCosts',
  'costToServe',
  'margin',
  'marginPct',
  'annualisedMargin',
  'retention',
  'clv',
  'replacementValue',
  'keepAdvantage',
  'revenueShare',
  'attentionRatio',
  'avgDaysLate',
] as const;
export type FigureName = (typeof figureNames)[number];

/**
 * CLV = A × r / (1 + d − r): annual margin A, kept each year with probability r, discounted at
 * d. The series only converges while r < 1 + d, so anything else is refused, not guessed.
 */
export function lifetimeValue(annualMarginMinor: number, r: number, d: number): number {
  if (!(r >= 0 && d >= 0) || r >= 1 + d) {
    throw new AppError(
      'VALIDATION',
      `Retention probability (${r}) must be below 1 + discount rate (${1 + d}) for a lifetime value to exist.`,
      {
        details: { retention: r, discountRate: d },
      },
    );
  }
  return Math.round((annualMarginMinor * r) / (1 + d - r));
}

/** Minutes per kind: logged durations, else the kind's standard minutes; scaled by the time what-if. */
export function costByKind(facts: ClientFacts, catalogue: ActivityCatalogue, rateMinor: number, timePct = 0): KindCost[] {
  const out: KindCost[] = [];
  for (const kind of journalKinds) {
    const a = facts.activity[kind];
    if (!a || a.entries === 0) continue;
    const minutes = (a.loggedMinutes + a.unloggedEntries * catalogue[kind]) * (1 + timePct / 100);
    out.push({ kind, entries: a.entries, minutes, costMinor: Math.round((minutes * rateMinor) / 60) });
  }
  return out;
}

export function clientMinutes(facts: ClientFacts, catalogue: ActivityCatalogue): number {
  return costByKind(facts, catalogue, 0).reduce((s, k) => s + k.minutes, 0);
}

/** Median annualised margin (the typical client a replacement would be). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

export function valueClient(input: ValuationInput): ClientValuation {
  const { facts: f, settings: s, context: ctx, window: w } = input;
  const whatIf = input.whatIf ?? noWhatIf;
  const months = activeMonths(w, f.clientSince);
  const rate = input.hourlyCostRateMinor;

  const R = Math.round(f.revenueMinor * (1 + whatIf.pricePct / 100));
  const kinds = costByKind(f, input.catalogue, rate, whatIf.timePct);
  const minutes = kinds.reduce((sum, k) => sum + k.minutes, 0);
  const baseMinutes = clientMinutes(f, input.catalogue);
  const timeCost = kinds.reduce((sum, k) => sum + k.costMinor, 0);
  const S = timeCost + f.directCostsMinor;
  const M = R - S;
  const A = Math.round((M * 12) / months);

  const r = s.retentionProbability ?? ctx.observedRetention ?? fallbackRetention;
  const retentionSource = s.retentionProbability !== null ? 'owner' : ctx.observedRetention !== null ? 'observed' : 'fallback';
  const d = s.discountRate;
  const clv = lifetimeValue(A, r, d);
  const typicalClv = lifetimeValue(ctx.typicalAnnualMarginMinor, r, d);
  const marginLost = Math.round((Math.max(0, A) * s.monthsToReplace) / 12);
  const replacement = typicalClv - s.defaultCacMinor - marginLost;

  // Totals move with this client's what-if, so shares stay consistent.
  const totalR = ctx.totalRevenueMinor - f.revenueMinor + R;
  const totalMin = ctx.totalMinutes - baseMinutes + minutes;
  const revenueShare = totalR > 0 ? R / totalR : null;
  const minuteShare = totalMin > 0 ? minutes / totalMin : null;
  let attention: number | null = null;
  if (minuteShare !== null) attention = minutes === 0 ? 0 : revenueShare ? minuteShare / revenueShare : Number.POSITIVE_INFINITY;

  const late = lateInvoices(f, whatIf.daysLateChange);
  const avgLate = late.length ? late.reduce((sum, x) => sum + x.daysLate, 0) / late.length : 0;
  const contactEntries = journalKinds.filter((k) => k !== 'note').reduce((sum, k) => sum + (f.activity[k]?.entries ?? 0), 0);

  const figures: Record<FigureName, Figure> = {
    revenue: figure(R, 'money', whatIf.pricePct ? 'revenueWhatIf' : 'revenue', {
      invoices: num(f.invoiceCount),
      base: money(f.revenueMinor),
      change: pct(whatIf.pricePct / 100),
      from: date(w.from),
      to: date(w.to),
    }),
    collected: figure(f.collectedMinor, 'money', 'collected', { from: date(w.from), to: date(w.to) }),
    outstanding: figure(f.outstandingMinor, 'money', 'outstanding', {}),
    overdue: figure(f.overdueMinor, 'money', 'overdue', { outstanding: money(f.outstandingMinor) }),
    timeCost: figure(timeCost, 'money', 'timeCost', {
      minutes: num(Math.round(minutes)),
      hours: num(Math.round(minutes / 6) / 10),
      rate: money(rate),
    }),
    directCosts: figure(f.directCostsMinor, 'money', 'directCosts', {}),
    costToServe: figure(S, 'money', 'costToServe', { time: money(timeCost), direct: money(f.directCostsMinor) }),
    margin: figure(M, 'money', 'margin', { revenue: money(R), cost: money(S) }),
    marginPct: figure(R !== 0 ? M / R : null, 'percent', R !== 0 ? 'marginPct' : 'marginPctNone', {
      margin: money(M),
      revenue: money(R),
    }),
    annualisedMargin: figure(A, 'money', 'annualisedMargin', { margin: money(M), months: num(months) }),
    retention: figure(r, 'percent', `retention_${retentionSource}`, { r: pct(r) }),
    clv: figure(clv, 'money', 'clv', {
      annual: money(A),
      r: pct(r),
      d: pct(d),
      denominator: num(Math.round((1 + d - r) * 1000) / 1000),
    }),
    replacementValue: figure(replacement, 'money', 'replacementValue', {
      typicalAnnual: money(ctx.typicalAnnualMarginMinor),
      typicalClv: money(typicalClv),
      cac: money(s.defaultCacMinor),
      lost: money(marginLost),
      months: num(s.monthsToReplace),
    }),
    keepAdvantage: figure(clv - replacement, 'money', clv - replacement >= 0 ? 'keepAdvantage' : 'replaceAdvantage', {
      clv: money(clv),
      replacement: money(replacement),
    }),
    revenueShare: figure(revenueShare, 'percent', 'revenueShare', { revenue: money(R), total: money(totalR) }),
    attentionRatio: figure(
      attention !== null && Number.isFinite(attention) ? attention : null,
      'ratio',
      attention === Number.POSITIVE_INFINITY ? 'attentionNoRevenue' : 'attentionRatio',
      {
        minuteShare: pct(minuteShare ?? 0),
        revenueShare: pct(revenueShare ?? 0),
        minutes: num(Math.round(minutes)),
        totalMinutes: num(Math.round(totalMin)),
      },
    ),
    avgDaysLate: figure(Math.round(avgLate * 10) / 10, 'number', 'avgDaysLate', {
      late: num(late.length),
      considered: num(f.delays.length),
      change: num(whatIf.daysLateChange),
    }),
  };

  const flags = scoreRedFlags({
    facts: f,
    daysLateChange: whatIf.daysLateChange,
    attentionRatio: attention,
    touchpointsPerMonth: contactEntries / months,
    months,
    ...input.evidence,
  });
  const score = healthScore(flags, s.healthWeights);
  const health = { score, band: healthBand(score) };
  const recommendation = recommend({
    flags,
    health,
    marginMinor: M,
    marginPct: R !== 0 ? M / R : null,
    overdueMinor: f.overdueMinor,
    maxDaysOverdue: Math.max(0, ...f.delays.filter((x) => x.isOpen).map((x) => x.delayDays + whatIf.daysLateChange)),
    keepAdvantageMinor: clv - replacement,
    revenueShare,
    attentionRatio: attention,
    isHighProfile: input.isHighProfile,
    targetMarginPct: s.targetMarginPct,
  });
  return {
    clientId: f.clientId,
    window: w,
    activeMonths: months,
    whatIf,
    figures,
    costByKind: kinds,
    flags,
    trend: latenessTrend(f.delays, whatIf.daysLateChange),
    health,
    recommendation,
  };
}
