// The value calculator (DESIGN.md §5): revenue, cost to serve by time-driven activity-based
// costing, margin, lifetime value, acquisition vs retention, concentration and attention.
// Pure: the same functions serve the client page, the what-if sliders and the portfolio.
import { journalKinds, defaultStandardMinutes, type JournalKind } from './journal-kinds';
import type { RedFlagSign } from './red-flags';
import type { ClientFacts } from './valuation-facts';
import { date, figure, money, num, pct, type Figure, type Param } from './valuation-explain';
import {
  defaultHealthWeights,
  healthBand,
  healthScore,
  lateInvoices,
  scoreRedFlags,
  signKinds,
  type FlagInputs,
  type HealthBand,
  type RedFlag,
} from './valuation-flags';
import { recommend, type Recommendation } from './valuation-recommendation';
import { latenessTrend, type LatenessTrend } from './valuation-trend';
import { activeMonths, type ValuationWindow } from './valuation-window';
import {
  historyMonthsOf,
  largeMultiple,
  lifetimeValue,
  minHistoryMonths,
  partingView,
  replacementAnnualMargin,
} from './valuation-economics';

export {
  historyMonthsOf,
  largeMultiple,
  lifetimeValue,
  minHistoryMonths,
  partingView,
  replacementAnnualMargin,
} from './valuation-economics';

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
  /** a loss up to this share of revenue is small: keep and reset terms (item 11) */
  smallLossPct: number;
  /** "If this client left, how much of their time could you sell to others?" (0–1) */
  refillShare: number;
  healthWeights: Record<RedFlagSign, number>;
}

export const defaultValuationSettings: ValuationSettings = {
  windowMonths: 12,
  retentionProbability: null,
  discountRate: 0.1,
  defaultCacMinor: 0,
  monthsToReplace: 3,
  targetMarginPct: 0.2,
  smallLossPct: 0.05,
  refillShare: 0.5,
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
  /** median annualised margin of the portfolio's clients (shown for reference) */
  typicalAnnualMarginMinor: number;
  /** median margin ÷ revenue of the portfolio's clients with revenue: what a replacement of the
   * same revenue would earn; null when no client has revenue */
  typicalMarginPct: number | null;
  /** median margin per hour of time spent, for a client without revenue; null when unknown */
  typicalMarginPerHourMinor: number | null;
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
  /** the client's status (client-status.ts): a prospect is screened, a former client is not advised to leave */
  status?: string;
  /** the owner's estimate of delivery work for this client, hours a month (not logged in the journal) */
  deliveryHoursPerMonth?: number;
  /** a prospect's latest screening verdict (prospect-screening.ts); null when not screened */
  screeningVerdict?: string | null;
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
  /** months of history with the client (to the window's end); null when the start is unknown */
  historyMonths: number | null;
  /** less than minHistoryMonths of history: figures are shown, nothing annualised */
  tooEarly: boolean;
}

export const figureNames = [
  'revenue',
  'collected',
  'outstanding',
  'overdue',
  'timeCost',
  'deliveryCost',
  'directCosts',
  'costToServe',
  'margin',
  'marginPct',
  'annualisedMargin',
  'retention',
  'clv',
  'replacementValue',
  'keepAdvantage',
  'partingRevenueLost',
  'partingDirectSaved',
  'partingHoursFreed',
  'partingRefillValue',
  'partingChange',
  'revenueShare',
  'attentionRatio',
  'avgDaysLate',
] as const;
export type FigureName = (typeof figureNames)[number];

/** How the Value tab and the value report group the figures. */
export const figureGroups: { key: string; figures: FigureName[] }[] = [
  { key: 'money', figures: ['revenue', 'collected', 'outstanding', 'overdue', 'avgDaysLate'] },
  {
    key: 'cost',
    figures: ['timeCost', 'deliveryCost', 'directCosts', 'costToServe', 'margin', 'marginPct', 'annualisedMargin'],
  },
  {
    key: 'parting',
    figures: ['partingRevenueLost', 'partingDirectSaved', 'partingHoursFreed', 'partingRefillValue', 'partingChange'],
  },
  { key: 'lifetime', figures: ['retention', 'clv', 'replacementValue', 'keepAdvantage'] },
  { key: 'risk', figures: ['revenueShare', 'attentionRatio'] },
];

/** Minutes per kind: logged durations, else the kind's standard minutes; scaled by the time what-if. */
export function costByKind(facts: ClientFacts, catalogue: ActivityCatalogue, rateMinor: number, timePct = 0): KindCost[] {
  const out: KindCost[] = [];
  for (const kind of journalKinds) {
    const a = facts.activity[kind];
    if (!a || a.entries === 0) continue;
    const scale = 1 + timePct / 100;
    const minutes = (a.loggedMinutes + a.unloggedEntries * catalogue[kind]) * scale;
    let costMinor: number;
    if (!a.rated?.length) costMinor = Math.round((minutes * rateMinor) / 60);
    else {
      // a team: each person's time at their own rate, the rest at the owner's
      let ratedMinutes = 0;
      let ratedCost = 0;
      for (const r of a.rated) {
        const m = (r.loggedMinutes + r.unloggedEntries * catalogue[kind]) * scale;
        ratedMinutes += m;
        ratedCost += m * r.rateMinor;
      }
      costMinor = Math.round((Math.max(0, minutes - ratedMinutes) * rateMinor + ratedCost) / 60);
    }
    out.push({ kind, entries: a.entries, minutes, costMinor });
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

/** Kinds that are the owner chasing payment: time spent, and evidence of lateness, but not contacts the client makes. */
const chasingKinds: readonly JournalKind[] = signKinds.pays_late;

export function valueClient(input: ValuationInput): ClientValuation {
  const { facts: f, settings: s, context: ctx, window: w } = input;
  const whatIf = input.whatIf ?? noWhatIf;
  const months = activeMonths(w, f.clientSince);
  const history = historyMonthsOf(f.clientSince, w);
  const tooEarly = history !== null && history < minHistoryMonths;
  const rate = input.hourlyCostRateMinor;
  const perYear = (x: number) => Math.round((x * 12) / months);

  const R = Math.round(f.revenueMinor * (1 + whatIf.pricePct / 100));
  const kinds = costByKind(f, input.catalogue, rate, whatIf.timePct);
  const minutes = kinds.reduce((sum, k) => sum + k.minutes, 0);
  const baseMinutes = clientMinutes(f, input.catalogue);
  const timeCost = kinds.reduce((sum, k) => sum + k.costMinor, 0);
  // Delivery work the journal does not log: the owner's estimate of hours a month, over the months with us.
  const deliveryHours = input.deliveryHoursPerMonth ?? 0;
  const deliveryMinutes = deliveryHours * 60 * months * (1 + whatIf.timePct / 100);
  const deliveryCost = Math.round((deliveryMinutes * rate) / 60);
  const S = timeCost + deliveryCost + f.directCostsMinor;
  const M = R - S;
  const A = perYear(M);

  const r = s.retentionProbability ?? ctx.observedRetention ?? fallbackRetention;
  const retentionSource = s.retentionProbability !== null ? 'owner' : ctx.observedRetention !== null ? 'observed' : 'fallback';
  const d = s.discountRate;
  const clv = lifetimeValue(A, r, d);
  const multiple = r / (1 + d - r);

  // A replacement of this client's size; the months with neither client cost the replacement's
  // margin for those months, once (this client's margin is already in what parting gives up).
  const annualRevenue = perYear(R);
  const annualHours = ((minutes + deliveryMinutes) / 60) * (12 / months);
  const rep = replacementAnnualMargin(annualRevenue, annualHours, ctx);
  const replacementClv = lifetimeValue(rep.annualMinor, r, d);
  const marginLost = Math.round((Math.max(0, rep.annualMinor) * s.monthsToReplace) / 12);
  const replacement = replacementClv - s.defaultCacMinor - marginLost;

  // What parting really changes, a year (valuation-economics.ts).
  const parting = partingView(annualRevenue, perYear(f.directCostsMinor), annualHours, rate, s.refillShare);
  const { revenueLostMinor: revenueLost, directSavedMinor: directSaved, refillValueMinor: refillValue } = parting;
  const partingChange = parting.changeMinor;

  // Totals move with this client's what-if, so shares stay consistent.
  const totalR = ctx.totalRevenueMinor - f.revenueMinor + R;
  const totalMin = ctx.totalMinutes - baseMinutes + minutes;
  const revenueShare = totalR > 0 ? R / totalR : null;
  const minuteShare = totalMin > 0 ? minutes / totalMin : null;
  let attention: number | null = null;
  if (minuteShare !== null) attention = minutes === 0 ? 0 : revenueShare ? minuteShare / revenueShare : Number.POSITIVE_INFINITY;

  const late = lateInvoices(f, whatIf.daysLateChange);
  const avgLate = late.length ? late.reduce((sum, x) => sum + x.daysLate, 0) / late.length : 0;
  // Contacts the client makes: not notes, and not our own payment reminders (those count as
  // time and as lateness already, not a third time as attention).
  const contactEntries = journalKinds
    .filter((k) => k !== 'note' && !chasingKinds.includes(k))
    .reduce((sum, k) => sum + (f.activity[k]?.entries ?? 0), 0);

  // Too early to judge: the window's own figures stand, nothing is extrapolated from them.
  const early = () => figure(null, 'money', 'tooEarly', { months: num(history ?? 0), min: num(minHistoryMonths) });
  const partingFigure = (value: number, how: string, params: Record<string, Param>) =>
    tooEarly ? early() : figure(value, 'money', how, params);

  const clvHow = clv < 0 ? 'clvLoss' : 'clv';
  const clvFigure: Figure = {
    ...figure(clv, 'money', clvHow, {
      annual: money(A),
      r: pct(r),
      d: pct(d),
      // annual margin × retention, the formula's numerator: the line reads "= 1.234 ÷ 0,28"
      numerator: money(Math.round(A * r)),
      denominator: num(Math.round((1 + d - r) * 1000) / 1000),
      multiple: num(Math.round(multiple * 10) / 10),
    }),
    ...(multiple > largeMultiple ? { warning: 'largeMultiple' } : {}),
  };

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
    // with people's own rates the time is not one rate × the hours: the explanation says so
    timeCost: figure(timeCost, 'money', Object.values(f.activity).some((a) => a?.rated?.length) ? 'timeCostRates' : 'timeCost', {
      minutes: num(Math.round(minutes)),
      hours: num(Math.round(minutes / 6) / 10),
      rate: money(rate),
    }),
    deliveryCost: figure(deliveryCost, 'money', deliveryHours > 0 ? 'deliveryCost' : 'deliveryNone', {
      perMonth: num(deliveryHours),
      months: num(months),
      hours: num(Math.round(deliveryMinutes / 6) / 10),
      rate: money(rate),
    }),
    directCosts: figure(f.directCostsMinor, 'money', 'directCosts', {}),
    costToServe: figure(S, 'money', 'costToServe', {
      time: money(timeCost),
      delivery: money(deliveryCost),
      direct: money(f.directCostsMinor),
    }),
    margin: figure(M, 'money', 'margin', { revenue: money(R), cost: money(S) }),
    marginPct: figure(R !== 0 ? M / R : null, 'percent', R !== 0 ? 'marginPct' : 'marginPctNone', {
      margin: money(M),
      revenue: money(R),
    }),
    annualisedMargin: tooEarly ? early() : figure(A, 'money', 'annualisedMargin', { margin: money(M), months: num(months) }),
    retention: figure(r, 'percent', `retention_${retentionSource}`, { r: pct(r) }),
    clv: tooEarly ? early() : clvFigure,
    replacementValue: tooEarly
      ? early()
      : figure(replacement, 'money', `replacementValue_${rep.basis}`, {
          revenue: money(annualRevenue),
          hours: num(Math.round(annualHours * 10) / 10),
          typicalPct: pct(ctx.typicalMarginPct ?? 0),
          perHour: money(ctx.typicalMarginPerHourMinor ?? 0),
          annual: money(rep.annualMinor),
          replacementClv: money(replacementClv),
          cac: money(s.defaultCacMinor),
          lost: money(marginLost),
          months: num(s.monthsToReplace),
        }),
    keepAdvantage: tooEarly
      ? early()
      : figure(clv - replacement, 'money', clv - replacement >= 0 ? 'keepAdvantage' : 'replaceAdvantage', {
          clv: money(clv),
          replacement: money(replacement),
        }),
    partingRevenueLost: partingFigure(revenueLost, 'partingRevenueLost', { revenue: money(R), months: num(months) }),
    partingDirectSaved: partingFigure(directSaved, 'partingDirectSaved', {
      direct: money(f.directCostsMinor),
      months: num(months),
    }),
    partingHoursFreed: tooEarly
      ? { ...early(), unit: 'number' }
      : figure(Math.round(annualHours * 10) / 10, 'number', 'partingHoursFreed', {
          logged: num(Math.round(minutes / 6) / 10),
          delivery: num(Math.round(deliveryMinutes / 6) / 10),
          months: num(months),
        }),
    partingRefillValue: partingFigure(refillValue, 'partingRefillValue', {
      hours: num(Math.round(annualHours * 10) / 10),
      rate: money(rate),
      share: pct(s.refillShare),
    }),
    partingChange: partingFigure(partingChange, partingChange > 0 ? 'partingGains' : 'partingCosts', {
      revenue: money(revenueLost),
      direct: money(directSaved),
      refill: money(refillValue),
      change: money(Math.abs(partingChange)),
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
    status: input.status ?? 'active',
    screeningVerdict: input.screeningVerdict ?? null,
    tooEarly,
    historyMonths: history,
    revenueMinor: R,
    marginMinor: M,
    marginPct: R !== 0 ? M / R : null,
    smallLossPct: s.smallLossPct,
    partingChangeMinor: tooEarly ? null : partingChange,
    overdueMinor: f.overdueMinor,
    maxDaysOverdue: Math.max(0, ...f.delays.filter((x) => x.isOpen).map((x) => x.delayDays + whatIf.daysLateChange)),
    keepAdvantageMinor: tooEarly ? null : clv - replacement,
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
    historyMonths: history,
    tooEarly,
  };
}
