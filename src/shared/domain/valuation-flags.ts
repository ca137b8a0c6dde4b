// The ten signs of a bad client (DOMAIN.md §1), each scored 0–1 from evidence, and the
// health score. "A pattern, not a bad day": one event is a note, repeated events raise the flag.
import type { ClientFacts } from './valuation-facts';
import type { JournalKind } from './journal-kinds';
import { redFlagSigns, type RedFlagSign } from './red-flags';

/** Journal kinds that are evidence of each sign (beyond entries the owner tagged explicitly). */
export const signKinds: Record<RedFlagSign, readonly JournalKind[]> = {
  pays_late: ['payment_reminder', 'stop_work_notice'],
  haggles: ['price_pushback'],
  moving_goalposts: ['scope_change'],
  demands_attention: [],
  unresponsive: ['missed_meeting', 'no_response'],
  dishonest: ['incident_dishonesty'],
  abusive: ['incident_abuse', 'incident_threat'],
  unreasonable_demands: ['revision_request'],
  public_complainer: ['public_complaint'],
  ignores_advice: ['advice_ignored'],
};

/** How many events make the flag fully raised (score 1). Abuse and threats need fewer. */
const fullAt: Record<RedFlagSign, number> = {
  pays_late: 4,
  haggles: 4,
  moving_goalposts: 4,
  demands_attention: 4,
  unresponsive: 4,
  dishonest: 3,
  abusive: 2,
  unreasonable_demands: 5,
  public_complainer: 3,
  ignores_advice: 4,
};

/** Default weight of each sign: how much of the health score it can take away on its own. */
export const defaultHealthWeights: Record<RedFlagSign, number> = {
  pays_late: 0.4,
  haggles: 0.2,
  moving_goalposts: 0.25,
  demands_attention: 0.3,
  unresponsive: 0.25,
  dishonest: 0.5,
  abusive: 0.7,
  unreasonable_demands: 0.25,
  public_complainer: 0.35,
  ignores_advice: 0.15,
};

/** Revision requests a year that an ordinary agreement includes. */
export const revisionAllowancePerYear = 3;

/** A score of this or more raises the flag; below it, evidence is a note. */
export const flagThreshold = 0.5;

/** The most the attention ratio alone adds to "demands attention": a note, never the flag. */
export const attentionNoteScore = 0.25;

/**
 * Piecewise linear through (0, 0), (1, 0.25), (2, 0.5), (full, 1): one event is a note,
 * two make a pattern, `full` events raise the flag completely. Never decreasing in n.
 */
export function patternScore(n: number, full: number): number {
  if (n <= 0) return 0;
  // `full` first: a sign fully raised at 2 events (abuse) reaches 1 at 2, as its setting says.
  if (n >= full) return 1;
  if (n <= 2) return n * 0.25;
  return 0.5 + (0.5 * (n - 2)) / (full - 2);
}

export type FlagLevel = 'none' | 'note' | 'flag';

export interface RedFlag {
  sign: RedFlagSign;
  score: number;
  level: FlagLevel;
  /** how many events count as evidence */
  events: number;
  /** i18n key of the plain-words explanation, and its numbers */
  how: string;
  params: Record<string, number>;
  /** records behind the score (filled on the client page; the portfolio path leaves entry ids out) */
  invoiceIds: number[];
  entryIds: number[];
}

export interface FlagInputs {
  facts: ClientFacts;
  /** days-late what-if: added to every invoice's delay */
  daysLateChange: number;
  attentionRatio: number | null;
  touchpointsPerMonth: number;
  /** months of the window the client was with us */
  months: number;
  /** entry ids per kind and per tagged sign, when known */
  entryIdsByKind?: Partial<Record<JournalKind, number[]>>;
  entryIdsBySign?: Partial<Record<RedFlagSign, number[]>>;
}

function kindEvents(f: ClientFacts, sign: RedFlagSign): number {
  const kinds = signKinds[sign];
  let n = 0;
  for (const k of kinds) n += f.activity[k]?.entries ?? 0;
  // Entries tagged with the sign by the owner count too, unless their kind already did.
  for (const t of f.taggedSigns) if (t.sign === sign && !kinds.includes(t.kind)) n += t.entries;
  return n;
}

function level(score: number): FlagLevel {
  return score >= flagThreshold ? 'flag' : score > 0 ? 'note' : 'none';
}

/** Paying within a week of the due date is ordinary life, not a sign. */
export const lateGraceDays = 7;

/** Invoices paid (or still open) more than the grace period after their due date. */
export function lateInvoices(f: ClientFacts, daysLateChange: number) {
  return f.delays
    .map((d) => ({ ...d, daysLate: Math.max(0, d.delayDays + daysLateChange) }))
    .filter((d) => d.daysLate > lateGraceDays);
}

export function scoreRedFlags(input: FlagInputs): RedFlag[] {
  const f = input.facts;
  const ids = (sign: RedFlagSign): number[] => {
    const out = new Set<number>();
    for (const k of signKinds[sign]) for (const id of input.entryIdsByKind?.[k] ?? []) out.add(id);
    for (const id of input.entryIdsBySign?.[sign] ?? []) out.add(id);
    return [...out].sort((a, b) => a - b);
  };
  return redFlagSigns.map((sign): RedFlag => {
    const events = kindEvents(f, sign);
    const base = { sign, invoiceIds: [] as number[], entryIds: ids(sign) };
    switch (sign) {
      case 'pays_late': {
        const late = lateInvoices(f, input.daysLateChange);
        const avg = late.length ? late.reduce((s, d) => s + d.daysLate, 0) / late.length : 0;
        // A week late weighs less than a month late: each late invoice counts as
        // min(1, daysLate / 30) of an event, a reminder as one. Adding a late invoice or
        // more days late only adds weight, so the score never falls when lateness rises.
        const weight = late.reduce((s, d) => s + Math.min(1, d.daysLate / 30), 0);
        const n = late.length + events;
        const score = patternScore(events + weight, fullAt[sign]);
        return {
          ...base,
          score,
          level: level(score),
          events: n,
          how: 'pays_late',
          params: { late: late.length, avgDays: Math.round(avg), reminders: events, grace: lateGraceDays },
          invoiceIds: late.map((d) => d.invoiceId),
        };
      }
      case 'haggles': {
        const discounted = f.discountedInvoiceIds.length;
        const n = events + discounted;
        const score = patternScore(n, fullAt[sign]);
        const discountShare = f.listPriceMinor > 0 ? (f.listPriceMinor - f.revenueMinor) / f.listPriceMinor : 0;
        return {
          ...base,
          score,
          level: level(score),
          events: n,
          how: 'haggles',
          params: { pushback: events, discounted, discountPct: Math.round(discountShare * 1000) / 10 },
          invoiceIds: [...f.discountedInvoiceIds],
        };
      }
      case 'demands_attention': {
        const ar = input.attentionRatio;
        // Taking more time than their revenue pays for is low margin by another name: the margin
        // already counts it. On its own the ratio is at most a note (one event's weight); the flag
        // needs behaviour — many contacts a month, or entries tagged with the sign.
        const byRatio =
          ar === null
            ? 0
            : ar === Number.POSITIVE_INFINITY
              ? attentionNoteScore
              : Math.min(attentionNoteScore, Math.max(0, (ar - 1) / 3));
        const byTouch = input.touchpointsPerMonth >= 12 ? Math.min(1, input.touchpointsPerMonth / 24) : 0;
        const score = Math.max(byRatio, byTouch, patternScore(events, fullAt[sign]));
        return {
          ...base,
          score,
          level: level(score),
          events,
          how: 'demands_attention',
          params: {
            ratio: ar === null || !Number.isFinite(ar) ? -1 : Math.round(ar * 100) / 100,
            touchpoints: Math.round(input.touchpointsPerMonth * 10) / 10,
          },
        };
      }
      case 'unreasonable_demands': {
        // Revisions beyond what an ordinary agreement includes, and contacts out of hours.
        const allowed = (revisionAllowancePerYear * input.months) / 12;
        const beyond = Math.max(0, events - allowed);
        const n = beyond + f.outOfHoursContacts / 2;
        const score = patternScore(n, fullAt[sign]);
        return {
          ...base,
          score,
          level: level(score),
          events: events + f.outOfHoursContacts,
          how: 'unreasonable_demands',
          params: { revisions: events, allowed: Math.round(allowed * 10) / 10, outOfHours: f.outOfHoursContacts },
        };
      }
      default: {
        const score = patternScore(events, fullAt[sign]);
        return { ...base, score, level: level(score), events, how: 'events', params: { events } };
      }
    }
  });
}

export type HealthBand = 'green' | 'amber' | 'red';

/**
 * Health 0–100: each sign takes away up to its weight, multiplicatively, so one severe sign
 * (abuse, weight 0.7) can make a client red on its own, and a worse sign never raises it.
 */
export function healthScore(flags: readonly Pick<RedFlag, 'sign' | 'score'>[], weights: Record<RedFlagSign, number>): number {
  let h = 1;
  for (const f of flags) h *= 1 - Math.min(1, Math.max(0, weights[f.sign])) * Math.min(1, Math.max(0, f.score));
  return Math.round(h * 100);
}

export function healthBand(score: number): HealthBand {
  return score >= 70 ? 'green' : score >= 40 ? 'amber' : 'red';
}
