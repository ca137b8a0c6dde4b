// The recommendation: explicit rules, checked in order of severity; every rule that fires
// adds its reason in plain words. The app advises; the owner decides.
import type { Param } from './valuation-explain';
import { money, num, pct } from './valuation-explain';
import type { HealthBand, RedFlag } from './valuation-flags';

export const recommendationActions = ['keep', 'reset_terms', 'collect_first', 'refer_elsewhere', 'part_ways'] as const;
export type RecommendationAction = (typeof recommendationActions)[number];

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
  marginMinor: number;
  marginPct: number | null;
  overdueMinor: number;
  /** days past due of the oldest unpaid invoice */
  maxDaysOverdue: number;
  keepAdvantageMinor: number;
  revenueShare: number | null;
  attentionRatio: number | null;
  isHighProfile: boolean;
  targetMarginPct: number;
}

/** A share of revenue above this makes losing the client hurt (concentration risk). */
export const concentrationShare = 0.25;

export function recommend(i: RecommendationInput): Recommendation {
  const reasons: Reason[] = [];
  const raised = (sign: RedFlag['sign']) => i.flags.find((f) => f.sign === sign && f.level === 'flag');
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
  // 2. Loses money and is unhealthy, with nothing (reputation) to weigh against it.
  const losing = i.marginMinor < 0;
  if (losing && i.health.band === 'red' && !i.isHighProfile) {
    reasons.push({ key: 'losingAndRed', params: { margin: money(i.marginMinor), health: num(i.health.score) } });
    escalate('part_ways');
  }
  // 3. Money owed and a late-payment pattern (or a long-overdue invoice): collect before anything else.
  const owes = i.overdueMinor > 0 && (raised('pays_late') !== undefined || i.maxDaysOverdue > 60);
  if (owes) {
    reasons.push({ key: 'collect', params: { overdue: money(i.overdueMinor), days: num(i.maxDaysOverdue) } });
    if (action === 'part_ways') reasons.push({ key: 'settleBeforeHandover', params: {} });
    escalate('collect_first');
  }
  // 4. Costs more than they pay, or not a fit: help them find a better one.
  if (losing || i.health.band === 'red') {
    if (i.isHighProfile && action !== 'part_ways') {
      reasons.push({ key: 'highProfile', params: { margin: money(i.marginMinor) } });
      escalate('reset_terms');
    } else {
      reasons.push({
        key: losing ? 'losing' : 'unhealthy',
        params: { margin: money(i.marginMinor), health: num(i.health.score) },
      });
      escalate('refer_elsewhere');
    }
    if (i.keepAdvantageMinor < 0)
      reasons.push({ key: 'replacementBetter', params: { difference: money(-i.keepAdvantageMinor) } });
  }
  // 5. Worth keeping, but something must change: talk openly and reset the terms.
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
