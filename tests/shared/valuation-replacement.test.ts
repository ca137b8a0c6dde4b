// Replacement value (issue 14, item 10): compared with a replacement of similar size — this
// client's revenue (or, without revenue, its hours) at the portfolio's typical margin — and the
// margin lost while replacing counted once, as the replacement's margin for those months.
// Rate 93,750 an hour; retention 80 %, discount 10 %: a lifetime is 0.8 ÷ 0.3 = 2.667 years of margin.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultActivityCatalogue,
  defaultValuationSettings,
  replacementAnnualMargin,
  valueClient,
} from '../../src/shared/domain/valuation';
import { factsFromRecords, type ClientRecords } from '../../src/shared/domain/valuation-facts';
import { portfolioContext } from '../../src/shared/domain/valuation-portfolio';
import { trailingWindow } from '../../src/shared/domain/valuation-window';

const w = trailingWindow('2026-11-23', 12);
const rate = 93_750;
const context = {
  totalRevenueMinor: 100_000_000,
  totalMinutes: 60_000,
  typicalAnnualMarginMinor: 30_000_000, // the median client: far larger than the clients below
  typicalMarginPct: 0.2,
  typicalMarginPerHourMinor: 100_000,
  observedRetention: null,
};
const facts = (revenue: number, meetings: number, direct = 0, clientId = 1) =>
  factsFromRecords(
    {
      clientId,
      clientSince: '2020-01-01',
      invoices: revenue
        ? [
            {
              id: clientId,
              issuedOn: '2026-05-01',
              dueOn: '2026-05-01',
              amountMinor: revenue,
              listPriceMinor: null,
              currency: 'TRY',
              voidedAt: null,
              payments: [{ id: clientId, paidOn: '2026-05-01', amountMinor: revenue, voidedAt: null }],
            },
          ]
        : [],
      directCosts: direct ? [{ incurredOn: '2026-05-02', amountMinor: direct, currency: 'TRY', voidedAt: null }] : [],
      journal: Array.from({ length: meetings }, (_, i) => ({
        id: clientId * 1000 + i,
        kind: 'meeting' as const,
        occurredAt: new Date(Date.UTC(2026, 0, 5 + 7 * (i % 45), 10)).toISOString(),
        durationMinutes: 60,
        signs: [],
      })),
    } satisfies ClientRecords,
    w,
    'TRY',
  );
const value = (f: ReturnType<typeof facts>) =>
  valueClient({
    facts: f,
    window: w,
    hourlyCostRateMinor: rate,
    catalogue: defaultActivityCatalogue,
    settings: defaultValuationSettings,
    context,
    isHighProfile: false,
  });

describe('replacement of similar size', () => {
  it('a 98 %-margin client is worth keeping: its replacement earns the typical 20 % on the same revenue', () => {
    // revenue 10,000,000; 1 h (93,750) + direct 106,250 = 200,000: margin 9,800,000 (98 %)
    const v = value(facts(10_000_000, 1, 106_250));
    expect(v.figures.marginPct.value).toBeCloseTo(0.98, 9);
    // CLV 9,800,000 × 0.8 ÷ 0.3 = 26,133,333
    expect(v.figures.clv.value).toBe(26_133_333);
    // replacement: 10,000,000 × 20 % = 2,000,000 a year; CLV 2,000,000 × 0.8 ÷ 0.3 = 5,333,333;
    // the 3 months with neither client cost its margin once: 2,000,000 × 3 ÷ 12 = 500,000
    expect(v.figures.replacementValue).toMatchObject({ value: 5_333_333 - 500_000, how: 'replacementValue_revenue' });
    expect(v.figures.replacementValue.params['annual']).toEqual({ money: 2_000_000 });
    expect(v.figures.replacementValue.params['lost']).toEqual({ money: 500_000 });
    // 26,133,333 − 4,833,333 = 21,300,000 in favour of keeping
    expect(v.figures.keepAdvantage).toMatchObject({ value: 21_300_000, how: 'keepAdvantage' });
    expect(v.recommendation.reasons.map((r) => r.key)).not.toContain('replacementBetter');
  });

  it('a 36-hour-a-year client is compared with a replacement of 36 hours, not the median client', () => {
    // revenue 3,600,000; 36 h × 93,750 = 3,375,000: margin 225,000; CLV 225,000 × 0.8 ÷ 0.3 = 600,000
    const v = value(facts(3_600_000, 36));
    expect(v.figures.clv.value).toBe(600_000);
    // replacement: 3,600,000 × 20 % = 720,000 a year; CLV 1,920,000 − 720,000 × 3 ÷ 12 (180,000) = 1,740,000
    // (against the median client it would be 30,000,000 × 0.8 ÷ 0.3 − … ≈ 72,500,000)
    expect(v.figures.replacementValue.value).toBe(1_740_000);
    expect(v.figures.keepAdvantage).toMatchObject({ value: 600_000 - 1_740_000, how: 'replaceAdvantage' });
  });

  it('without revenue, the replacement takes the same hours at the typical margin per hour', () => {
    // 36 h × 100,000 = 3,600,000 a year; CLV 9,600,000 − 3,600,000 × 3 ÷ 12 (900,000) = 8,700,000
    expect(replacementAnnualMargin(0, 36, context)).toEqual({ annualMinor: 3_600_000, basis: 'hours' });
    const v = value(facts(0, 36));
    expect(v.figures.replacementValue).toMatchObject({ value: 8_700_000, how: 'replacementValue_hours' });
    expect(replacementAnnualMargin(0, 0, context)).toEqual({ annualMinor: 0, basis: 'none' });
  });

  it('the typical margin is the median margin ÷ revenue of the portfolio’s clients with revenue', () => {
    // margins: (1,000,000 − 1 h) = 90.6 %, (1,000,000 − 4 h) = 62.5 %, (1,000,000 − 8 h) = 25 %;
    // a prospect and a client without revenue are left out. Median 62.5 %; per hour: 906,250 ÷ 1,
    // 625,000 ÷ 4 = 156,250, 250,000 ÷ 8 = 31,250 → median 156,250.
    const clients = [
      { facts: facts(1_000_000, 1, 0, 1), name: 'a', status: 'active', isHighProfile: false },
      { facts: facts(1_000_000, 4, 0, 2), name: 'b', status: 'active', isHighProfile: false },
      { facts: facts(1_000_000, 8, 0, 3), name: 'c', status: 'active', isHighProfile: false },
      { facts: facts(5_000_000, 1, 0, 4), name: 'd', status: 'prospect', isHighProfile: false },
      { facts: facts(0, 3, 0, 5), name: 'e', status: 'active', isHighProfile: false },
    ];
    const ctx = portfolioContext(clients, w, defaultActivityCatalogue, rate, null);
    expect(ctx.typicalMarginPct).toBeCloseTo(0.625, 9);
    expect(ctx.typicalMarginPerHourMinor).toBe(156_250);
    // a delivery estimate is a cost too: client a with 2 h a month (24 h) costs 25 h × 93,750 =
    // 2,343,750, margin −1,343,750 (−134 %, −53,750 an hour): medians 25 % and 31,250
    const withDelivery = portfolioContext(clients, w, defaultActivityCatalogue, rate, null, { '1': 2 });
    expect(withDelivery.typicalMarginPct).toBeCloseTo(0.25, 9);
    expect(withDelivery.typicalMarginPerHourMinor).toBe(31_250);
  });

  it('property: a client never loses to a replacement of its own size while its margin is at least the typical one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 50_000_000 }), fc.integer({ min: 0, max: 40 }), (revenue, hours) => {
        const v = value(facts(revenue, hours));
        fc.pre(v.figures.marginPct.value! >= context.typicalMarginPct);
        expect(v.figures.keepAdvantage.value!).toBeGreaterThanOrEqual(-1);
      }),
    );
  });
});
