// Graded recommendations (issue 14, item 11): each rule against a hand-computed case.
// Rate 93,750 kuruş (TRY 937.50) an hour; the 12-month window ends 2026-11-23; defaults:
// small loss up to 5 % of revenue, half of the freed hours sold to others, retention 80 %,
// discount 10 %.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultActivityCatalogue,
  defaultValuationSettings,
  valueClient,
  type ValuationInput,
} from '../../src/shared/domain/valuation';
import {
  factsFromRecords,
  type ClientFacts,
  type ClientRecords,
  type JournalRecord,
} from '../../src/shared/domain/valuation-facts';
import { figureLabelKey } from '../../src/shared/domain/valuation-explain';
import { recommendationActions } from '../../src/shared/domain/valuation-recommendation';
import type { JournalKind } from '../../src/shared/domain/journal-kinds';
import { trailingWindow } from '../../src/shared/domain/valuation-window';

const w = trailingWindow('2026-11-23', 12);
const rate = 93_750;
const records = (over: Partial<ClientRecords> = {}): ClientRecords => ({
  clientId: 1,
  clientSince: '2019-05-01', // 7½ years with us
  invoices: [],
  directCosts: [],
  journal: [],
  ...over,
});
const paidInvoice = (id: number, issuedOn: string, amountMinor: number) => ({
  id,
  issuedOn,
  dueOn: issuedOn,
  amountMinor,
  listPriceMinor: null,
  currency: 'TRY',
  voidedAt: null,
  payments: [{ id, paidOn: issuedOn, amountMinor, voidedAt: null }],
});
const cost = (incurredOn: string, amountMinor: number) => ({ incurredOn, amountMinor, currency: 'TRY', voidedAt: null });
const entries = (kind: JournalKind, n: number, durationMinutes: number | null, firstId = 1): JournalRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    id: firstId + i,
    kind,
    // one a week from 2026-01-05, at 10:00 UTC on a Monday
    occurredAt: new Date(Date.UTC(2026, 0, 5 + 7 * (i % 45), 10)).toISOString(),
    durationMinutes,
    signs: [],
  }));
const context = {
  totalRevenueMinor: 10_000_000,
  totalMinutes: 6_000,
  typicalAnnualMarginMinor: 2_000_000,
  typicalMarginPct: 0.2,
  typicalMarginPerHourMinor: 100_000,
  observedRetention: null,
};
const value = (facts: ClientFacts, over: Partial<ValuationInput> = {}) =>
  valueClient({
    facts,
    window: w,
    hourlyCostRateMinor: rate,
    catalogue: defaultActivityCatalogue,
    settings: defaultValuationSettings,
    context: { ...context, totalRevenueMinor: context.totalRevenueMinor + facts.revenueMinor },
    isHighProfile: false,
    status: 'active',
    ...over,
  });
const keys = (v: ReturnType<typeof value>) => v.recommendation.reasons.map((r) => r.key);

// The seen case: revenue 9,680,000, direct costs 6,980,000 (2,700,000 = TRY 27,000 above
// direct costs), 32 logged meetings of an hour = 32 h × 93,750 = 3,000,000 of time.
// Margin 9,680,000 − 6,980,000 − 3,000,000 = −300,000, i.e. −3.1 % of revenue.
const pleasant = factsFromRecords(
  records({
    invoices: [paidInvoice(1, '2026-03-01', 4_840_000), paidInvoice(2, '2026-09-01', 4_840_000)],
    directCosts: [cost('2026-03-10', 3_490_000), cost('2026-09-10', 3_490_000)],
    journal: entries('meeting', 32, 60),
  }),
  w,
  'TRY',
);

describe('graded recommendations', () => {
  it('the pleasant 7½-year client at −3.1 %: keep and reset terms, with the price change that breaks even', () => {
    const v = value(pleasant);
    expect(v.figures.margin.value).toBe(-300_000);
    expect(v.figures.marginPct.value).toBeCloseTo(-0.031, 3);
    expect(v.recommendation.action).toBe('reset_terms');
    expect(keys(v)).toContain('smallLoss');
    expect(keys(v)).not.toContain('losing');
    // break-even: +300,000 ÷ 9,680,000 = +3.099 % on the price
    const small = v.recommendation.reasons.find((r) => r.key === 'smallLoss')!;
    expect((small.params['priceChange'] as { percent: number }).percent).toBeCloseTo(300_000 / 9_680_000, 9);
    expect(small.params['threshold']).toEqual({ percent: 0.05 });
    // a 3.1 % price rise makes the what-if margin non-negative
    const raised = value(pleasant, { whatIf: { pricePct: 3.1, timePct: 0, daysLateChange: 0 } });
    expect(raised.figures.margin.value!).toBeGreaterThanOrEqual(0);
  });

  it('what parting changes for that client: revenue lost, direct costs saved, hours freed valued at the share resold', () => {
    const v = value(pleasant);
    expect(v.figures.partingRevenueLost.value).toBe(9_680_000);
    expect(v.figures.partingDirectSaved.value).toBe(6_980_000);
    expect(v.figures.partingHoursFreed.value).toBe(32);
    // 32 h × 93,750 × 50 % = 1,500,000
    expect(v.figures.partingRefillValue.value).toBe(1_500_000);
    // 6,980,000 + 1,500,000 − 9,680,000 = −1,200,000: parting costs TRY 12,000 a year
    expect(v.figures.partingChange).toMatchObject({ value: -1_200_000, how: 'partingCosts' });
  });

  it('a loss above the threshold that parting would not cure is still keep and reset terms', () => {
    const settings = { ...defaultValuationSettings, smallLossPct: 0.01 };
    const v = value(pleasant, { settings });
    expect(v.recommendation.action).toBe('reset_terms');
    const why = v.recommendation.reasons.find((r) => r.key === 'partingCosts')!;
    expect(why.params['cost']).toEqual({ money: 1_200_000 });
  });

  it('refer elsewhere needs a real loss: with every freed hour resold, parting gains 300,000 a year', () => {
    // 6,980,000 + 32 h × 93,750 × 100 % (3,000,000) − 9,680,000 = +300,000
    const settings = { ...defaultValuationSettings, smallLossPct: 0.01, refillShare: 1 };
    const v = value(pleasant, { settings });
    expect(v.figures.partingChange).toMatchObject({ value: 300_000, how: 'partingGains' });
    expect(v.recommendation.action).toBe('refer_elsewhere');
    const losing = v.recommendation.reasons.find((r) => r.key === 'losing')!;
    expect(losing.params).toEqual({ margin: { money: -300_000 }, gain: { money: 300_000 } });
  });

  it('a prospect gets its screening verdict only: never "losing money" or "demands attention"', () => {
    // no revenue, 20 h of meetings: as a client this would be a loss of 1,875,000 and an attention flag
    const f = factsFromRecords(records({ clientSince: null, journal: entries('meeting', 20, 60) }), w, 'TRY');
    const v = value(f, { status: 'prospect' });
    expect(v.figures.margin.value).toBe(-20 * rate);
    expect(v.recommendation).toEqual({ action: 'screen', reasons: [{ key: 'prospect', params: {} }] });
  });

  it('a 20-day-old client is too early to judge: figures shown, nothing annualised, no CLV', () => {
    // 2026-11-04 … 2026-11-23 is 20 days: 20 ÷ 365.25 × 12 = 0.66 → 0.7 months
    const f = factsFromRecords(
      records({ clientSince: '2026-11-04', invoices: [paidInvoice(1, '2026-11-05', 1_000_000)] }),
      w,
      'TRY',
    );
    const v = value(f);
    expect(v.historyMonths).toBe(0.7);
    expect(v.tooEarly).toBe(true);
    expect(v.figures.revenue.value).toBe(1_000_000);
    expect(v.figures.margin.value).toBe(1_000_000);
    // not 1,000,000 × 12 ÷ 1 = TRY 120,000 a year
    for (const n of ['annualisedMargin', 'clv', 'replacementValue', 'keepAdvantage', 'partingChange'] as const) {
      expect(v.figures[n]).toMatchObject({ value: null, how: 'tooEarly' });
    }
    expect(v.recommendation).toEqual({
      action: 'too_early',
      reasons: [{ key: 'tooEarly', params: { months: { number: 0.7 } } }],
    });
  });

  it('a former client is never told to part ways, even with abuse on record and a loss', () => {
    // two abuse incidents: the flag; 2 × 30 standard minutes = 93,750 of time against no revenue
    const f = factsFromRecords(records({ journal: entries('incident_abuse', 2, null) }), w, 'TRY');
    expect(value(f).recommendation.action).toBe('part_ways');
    const v = value(f, { status: 'former' });
    expect(v.recommendation).toEqual({ action: 'former', reasons: [{ key: 'formerClient', params: {} }] });
  });

  it('a negative lifetime value is a lifetime loss; a very large multiple carries a warning', () => {
    // zero revenue, one meeting: margin −93,750 a year; CLV −93,750 × 0.8 ÷ 0.3 = −250,000
    const f = factsFromRecords(records({ journal: entries('meeting', 1, null) }), w, 'TRY');
    const v = value(f);
    expect(v.figures.clv).toMatchObject({ value: -250_000, how: 'clvLoss' });
    expect(figureLabelKey('clv', v.figures.clv)).toBe('value.figures.clvLoss');
    expect(v.figures.clv.warning).toBeUndefined(); // multiple 0.8 ÷ 0.3 = 2.7
    // retention 95 %, no discount: 0.95 ÷ 0.05 = 19 times the annual margin
    const settings = { ...defaultValuationSettings, retentionProbability: 0.95, discountRate: 0 };
    const big = value(pleasant, { settings });
    expect(big.figures.clv.warning).toBe('largeMultiple');
    expect(big.figures.clv.params['multiple']).toEqual({ number: 19 });
  });

  it('payment reminders count as time and as lateness, not a third time as contacts', () => {
    // 156 reminders (3 a week): 13 a month would be 12+ contacts a month → "demands attention" 0.54
    const journal = [...entries('payment_reminder', 45, null), ...entries('payment_reminder', 45, null, 100)].concat(
      entries('payment_reminder', 45, null, 200),
      entries('payment_reminder', 21, null, 300),
    );
    const f = factsFromRecords(records({ invoices: [paidInvoice(1, '2026-02-01', 5_000_000)], journal }), w, 'TRY');
    const v = value(f);
    // time: 156 × 10 standard minutes = 1,560 min × 93,750 ÷ 60 = 2,437,500
    expect(v.figures.timeCost.value).toBe(2_437_500);
    expect(v.flags.find((x) => x.sign === 'pays_late')).toMatchObject({ level: 'flag', score: 1 });
    expect(v.flags.find((x) => x.sign === 'demands_attention')?.params['touchpoints']).toBe(0);
  });

  it('the attention ratio alone does not turn a low margin into a red flag', () => {
    // revenue 1,000,000; 10 meetings of an hour = 937,500 of time: margin 62,500 (6.25 %, thin).
    // They take 600 of 1,200 minutes (50 %) for 1 % of the revenue: attention ratio ≈ 50.
    const f = factsFromRecords(
      records({ invoices: [paidInvoice(1, '2026-04-01', 1_000_000)], journal: entries('meeting', 10, 60) }),
      w,
      'TRY',
    );
    const v = value(f, { context: { ...context, totalRevenueMinor: 100_000_000, totalMinutes: 1_200 } });
    expect(v.figures.attentionRatio.value!).toBeGreaterThan(40);
    const attention = v.flags.find((x) => x.sign === 'demands_attention')!;
    // at most a note (0.25): health 1 − 0.3 × 0.25 = 0.925
    expect(attention).toMatchObject({ level: 'note', score: 0.25 });
    expect(v.health.score).toBeGreaterThanOrEqual(92);
    expect(v.recommendation.action).toBe('reset_terms');
    expect(keys(v)).toEqual(expect.arrayContaining(['thinMargin', 'attention']));
    expect(keys(v)).not.toContain('flagsRaised');
  });
});

const badKinds = [
  'incident_abuse',
  'price_pushback',
  'scope_change',
  'missed_meeting',
  'revision_request',
  'public_complaint',
] as const;
const entryArb = fc.record({
  kind: fc.constantFrom('call', 'email', 'meeting', ...badKinds),
  day: fc.integer({ min: 0, max: 360 }),
  durationMinutes: fc.option(fc.integer({ min: 0, max: 240 }), { nil: null }),
});
const journalOf = (list: { kind: string; day: number; durationMinutes: number | null }[]): JournalRecord[] =>
  list.map((e, i) => ({
    id: i + 1,
    kind: e.kind as JournalKind,
    occurredAt: new Date(Date.UTC(2026, 10, 23, 10) - e.day * 86_400_000).toISOString(),
    durationMinutes: e.durationMinutes,
    signs: [],
  }));
const severity = (a: string) => recommendationActions.indexOf(a as (typeof recommendationActions)[number]);

describe('properties', () => {
  it('a worse sign never raises health, and never makes the advice milder', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 25 }),
        fc.constantFrom(...badKinds),
        fc.integer({ min: 0, max: 360 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (list, kind, day, revenue) => {
          const invoices = revenue > 0 ? [paidInvoice(1, '2026-06-01', revenue)] : [];
          const before = value(factsFromRecords(records({ invoices, journal: journalOf(list) }), w, 'TRY'));
          const worse = [...list, { kind, day, durationMinutes: null }];
          const after = value(factsFromRecords(records({ invoices, journal: journalOf(worse) }), w, 'TRY'));
          expect(after.health.score).toBeLessThanOrEqual(before.health.score);
          expect(severity(after.recommendation.action)).toBeGreaterThanOrEqual(severity(before.recommendation.action));
        },
      ),
    );
  });

  it('a loss within the threshold, with no behaviour flag, is never refer elsewhere or part ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 50_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (revenue, share) => {
        // a direct cost that leaves a loss of share × 5 % of revenue
        const loss = Math.floor(revenue * 0.05 * share);
        const f = factsFromRecords(
          records({ invoices: [paidInvoice(1, '2026-06-01', revenue)], directCosts: [cost('2026-06-02', revenue + loss)] }),
          w,
          'TRY',
        );
        const v = value(f);
        expect(['keep', 'reset_terms']).toContain(v.recommendation.action);
      }),
    );
  });

  it('a former client is never told to part ways or refer elsewhere', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 25 }), fc.integer({ min: 0, max: 5_000_000 }), (list, revenue) => {
        const invoices = revenue > 0 ? [paidInvoice(1, '2026-06-01', revenue)] : [];
        const v = value(factsFromRecords(records({ invoices, journal: journalOf(list) }), w, 'TRY'), { status: 'former' });
        expect(['former', 'collect_first']).toContain(v.recommendation.action);
      }),
    );
  });
});
