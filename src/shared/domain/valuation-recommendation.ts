// The recommendation: explicit rules, checked in order of severity; every rule that fires
// adds its reason in plain words. The app advises; the owner decides.
//
// Graded (issue 14, item 11): a small loss is a reason to reset the terms, not to leave; refer
// or part ways needs a real loss (parting would gain money: "what parting changes") or a
// behaviour pattern (red health, abuse, dishonesty). A prospect gets its screening verdict only,
// a client of a few weeks is too early to judge, and a former client is never told to leave.
import type { Param } from './valuation-explain';
import { money, num, pct } from './valuation-explain';
import type { HealthBand, RedFlag } from './valuation-flags';

export const recommendationActions = [
  'screen',
  'former',
  'too_early',
  'keep',
  'reset_terms',
  'collect_first',
  'refer_elsewhere',
  'part_ways',
] as const;
export type RecommendationAction = (typeof recommendationActions)[number];

/** The actions that lead to an offboarding path (the others have none to start). */
export const offboardingActions: readonly RecommendationAction[] = [
  'reset_terms',
  'collect_first',
  'refer_elsewhere',
  'part_ways',
];

export interface Reason {
  /** i18n key under `value.reasons.` */
  key: string;
  params: Record<string, Param>;
}

export interface Recommendation {
  action: RecommendationAction;
  reasons: Reason[];
}

export interface RecommendationInput {
  flags: readonly RedFlag[];
  health: { score: number; band: HealthBand };
  /** client status (client-status.ts) */
  status: string;
  /** a prospect's latest screening verdict; null when not screened */
  screeningVerdict?: string | null;
  /** less than a few months of history: no annualised figure to judge by */
  tooEarly: boolean;
  historyMonths: number | null;
  revenueMinor: number;
  marginMinor: number;
  marginPct: number | null;
  /** a loss up to this share of revenue is small */
  smallLossPct: number;
  /** what parting changes a year (positive: parting gains money); null when too early */
  partingChangeMinor: number | null;
  overdueMinor: number;
  /** days past due of the oldest unpaid invoice */
  maxDaysOverdue: number;
  /** lifetime value − a replacement of similar size; null when too early */
  keepAdvantageMinor: number | null;
  revenueShare: number | null;
  attentionRatio: number | null;
  isHighProfile: boolean;
  targetMarginPct: number;
}

/** A share of revenue above this makes losing the client hurt (concentration risk). */
export const concentrationShare = 0.25;

/** The price change that makes margin zero: a loss of M on revenue R needs −M ÷ R more. */
export function breakEvenPriceChange(marginMinor: number, revenueMinor: number): number | null {
  return revenueMinor > 0 ? -marginMinor / revenueMinor : null;
}

export function recommend(i: RecommendationInput): Recommendation {
  const reasons: Reason[] = [];
  const raised = (sign: RedFlag['sign']) => i.flags.find((f) => f.sign === sign && f.level === 'flag');
  const owes = i.overdueMinor > 0 && (raised('pays_late') !== undefined || i.maxDaysOverdue > 60);
  const collect = () => reasons.push({ key: 'collect', params: { overdue: money(i.overdueMinor), days: num(i.maxDaysOverdue) } });

  // A prospect is not a client yet: its screening verdict is the advice.
  if (i.status === 'prospect')
    return {
      action: 'screen',
      reasons: [{ key: i.screeningVerdict ? `prospect_${i.screeningVerdict}` : 'prospect', params: {} }],
    };
  // A former client has already left: at most, collect what is owed.
  if (i.status === 'former') {
    if (owes) {
      collect();
      return { action: 'collect_first', reasons };
    }
    return { action: 'former', reasons: [{ key: 'formerClient', params: {} }] };
  }

  let action = 'keep' as RecommendationAction;
  const escalate = (a: RecommendationAction) => {
    if (recommendationActions.indexOf(a) > recommendationActions.indexOf(action)) action = a;
  };

  // 1. Abuse, threats or dishonesty: the article says record them and let the client go.
  for (const sign of ['abusive', 'dishonest'] as const) {
    if (raised(sign)) {
      reasons.push({ key: `flag_${sign}`, params: {} });
      escalate('part_ways');
    }
  }
  // Too early to judge the money: a few weeks annualised would be a guess.
  if (i.tooEarly) {
    if (owes) {
      collect();
      escalate('collect_first');
    }
    if (action === 'keep') {
      reasons.push({ key: 'tooEarly', params: { months: num(i.historyMonths ?? 0) } });
      return { action: 'too_early', reasons };
    }
    return { action, reasons };
  }

  const losing = i.marginMinor < 0;
  const lossShare = i.revenueMinor > 0 ? -i.marginMinor / i.revenueMinor : Number.POSITIVE_INFINITY;
  const smallLoss = losing && lossShare <= i.smallLossPct;
  // A real loss: more than the small-loss threshold, and parting would actually gain money.
  const realLoss = losing && !smallLoss && (i.partingChangeMinor ?? 0) > 0;
  const priceChange = breakEvenPriceChange(i.marginMinor, i.revenueMinor);

  // 2. A real loss and unhealthy, with nothing (reputation) to weigh against it.
  if (realLoss && i.health.band === 'red' && !i.isHighProfile) {
    reasons.push({ key: 'losingAndRed', params: { margin: money(i.marginMinor), health: num(i.health.score) } });
    escalate('part_ways');
  }
  // 3. Money owed and a late-payment pattern (or a long-overdue invoice): collect before anything else.
  if (owes) {
    collect();
    if (action === 'part_ways') reasons.push({ key: 'settleBeforeHandover', params: {} });
    escalate('collect_first');
  }
  // 4. A real loss, or not a fit: help them find a better one.
  if (realLoss || i.health.band === 'red') {
    if (i.isHighProfile && action !== 'part_ways') {
      reasons.push({ key: 'highProfile', params: { margin: money(i.marginMinor) } });
      escalate('reset_terms');
    } else if (realLoss) {
      reasons.push({
        key: 'losing',
        params: { margin: money(i.marginMinor), gain: money(i.partingChangeMinor ?? 0) },
      });
      escalate('refer_elsewhere');
    } else {
      reasons.push({ key: 'unhealthy', params: { health: num(i.health.score) } });
      escalate('refer_elsewhere');
    }
    if (i.keepAdvantageMinor !== null && i.keepAdvantageMinor < 0)
      reasons.push({ key: 'replacementBetter', params: { difference: money(-i.keepAdvantageMinor) } });
  }
  // 5. A loss that is small, or that parting would not cure: keep, and reset the terms to break even.
  if (losing && !realLoss) {
    const params = {
      margin: money(i.marginMinor),
      lossPct: pct(Number.isFinite(lossShare) ? lossShare : 0),
      threshold: pct(i.smallLossPct),
      priceChange: pct(priceChange ?? 0),
      cost: money(-(i.partingChangeMinor ?? 0)),
    };
    if (smallLoss) reasons.push({ key: priceChange !== null ? 'smallLoss' : 'smallLossNoRevenue', params });
    else reasons.push({ key: priceChange !== null ? 'partingCosts' : 'partingCostsNoRevenue', params });
    escalate('reset_terms');
  }
  // 6. Worth keeping, but something must change: talk openly and reset the terms.
  const raisedFlags = i.flags.filter((f) => f.level === 'flag');
  if (raisedFlags.length > 0 && action === 'keep') {
    reasons.push({ key: 'flagsRaised', params: { count: num(raisedFlags.length) } });
    escalate('reset_terms');
  }
  if (i.marginPct !== null && i.marginPct >= 0 && i.marginPct < i.targetMarginPct) {
    reasons.push({ key: 'thinMargin', params: { marginPct: pct(i.marginPct), target: pct(i.targetMarginPct) } });
    escalate('reset_terms');
  }
  if (i.attentionRatio !== null && i.attentionRatio > 2 && Number.isFinite(i.attentionRatio)) {
    reasons.push({ key: 'attention', params: { ratio: num(Math.round(i.attentionRatio * 10) / 10) } });
    escalate('reset_terms');
  }
  if (i.revenueShare !== null && i.revenueShare >= concentrationShare && action !== 'keep') {
    reasons.push({ key: 'concentration', params: { share: pct(i.revenueShare) } });
  }
  if (action === 'keep') {
    reasons.push({ key: 'healthyAndProfitable', params: { margin: money(i.marginMinor), health: num(i.health.score) } });
  }
  return { action, reasons };
}
