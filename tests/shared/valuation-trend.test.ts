// The trend "pays later each cycle" (src/shared/domain/valuation-trend.ts): its definition by
// hand, and properties: it is strictly rising, and no score or health depends on it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ClientFacts, DelayFact } from '../../src/shared/domain/valuation-facts';
import { latenessTrend } from '../../src/shared/domain/valuation-trend';
import { defaultActivityCatalogue, defaultValuationSettings, valueClient } from '../../src/shared/domain/valuation';

const d = (invoiceId: number, dueOn: string, delayDays: number): DelayFact => ({ invoiceId, dueOn, delayDays, isOpen: false });

describe('pays later each cycle', () => {
  it('is the rising run at the end of the cycles, in due-date order, from 3 invoices, ending beyond the grace', () => {
    // due order 31 Jul (3), 31 Aug (10), 30 Sep (21): rising, 21 > 7
    expect(latenessTrend([d(3, '2026-09-30', 21), d(1, '2026-07-31', 3), d(2, '2026-08-31', 10)])).toEqual({
      invoiceIds: [1, 2, 3],
      daysLate: [3, 10, 21],
    });
    // 30, then 2, 9, 15: the run at the end is 2 < 9 < 15 (the 30 before it is not part of it)
    expect(latenessTrend([d(1, '2026-06-30', 30), d(2, '2026-07-31', 2), d(3, '2026-08-31', 9), d(4, '2026-09-30', 15)])).toEqual(
      { invoiceIds: [2, 3, 4], daysLate: [2, 9, 15] },
    );
    // equal is not later: 5, 10, 10
    expect(latenessTrend([d(1, '2026-07-31', 5), d(2, '2026-08-31', 10), d(3, '2026-09-30', 10)])).toBeNull();
    // early payments count as 0 days late: −3, 0, 12 → 0, 0, 12: not strictly rising over 3
    expect(latenessTrend([d(1, '2026-07-31', -3), d(2, '2026-08-31', 0), d(3, '2026-09-30', 12)])).toBeNull();
    // two cycles are not a trend
    expect(latenessTrend([d(1, '2026-08-31', 5), d(2, '2026-09-30', 30)])).toBeNull();
  });

  const delays = fc.array(
    fc.record({
      invoiceId: fc.integer({ min: 1, max: 50 }),
      dueOn: fc.integer({ min: 0, max: 300 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10)),
      delayDays: fc.integer({ min: -20, max: 120 }),
      isOpen: fc.boolean(),
    }),
    { maxLength: 12 },
  );

  it('property: a trend is strictly rising, holds 3 or more of the given invoices and ends beyond 7 days', () => {
    fc.assert(
      fc.property(delays, fc.integer({ min: -30, max: 30 }), (ds, change) => {
        const tr = latenessTrend(ds, change);
        if (!tr) return;
        expect(tr.invoiceIds.length).toBeGreaterThanOrEqual(3);
        for (let i = 1; i < tr.daysLate.length; i++) expect(tr.daysLate[i]!).toBeGreaterThan(tr.daysLate[i - 1]!);
        expect(tr.daysLate.at(-1)!).toBeGreaterThan(7);
        for (const id of tr.invoiceIds) expect(ds.some((x) => x.invoiceId === id)).toBe(true);
      }),
    );
  });

  it('property: no score depends on the trend (the same lateness in another cycle order gives the same flags and health)', () => {
    const facts = (ds: DelayFact[]): ClientFacts => ({
      clientId: 1,
      clientSince: '2020-01-01',
      revenueMinor: 1_000_000,
      listPriceMinor: 1_000_000,
      invoiceCount: ds.length,
      discountedInvoiceIds: [],
      collectedMinor: 0,
      outstandingMinor: 0,
      overdueMinor: 0,
      ageing: { current: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 },
      delays: ds,
      directCostsMinor: 0,
      activity: {},
      outOfHoursContacts: 0,
      taggedSigns: [],
    });
    const value = (ds: DelayFact[]) =>
      valueClient({
        facts: facts(ds),
        window: { from: '2025-11-24', to: '2026-11-23', months: 12 },
        hourlyCostRateMinor: 93_750,
        catalogue: defaultActivityCatalogue,
        settings: defaultValuationSettings,
        context: {
          totalRevenueMinor: 1_000_000,
          totalMinutes: 0,
          typicalAnnualMarginMinor: 0,
          typicalMarginPct: null,
          typicalMarginPerHourMinor: null,
          observedRetention: null,
        },
        isHighProfile: false,
      });
    fc.assert(
      fc.property(delays, (ds) => {
        // rising order (a trend when long enough) vs falling order (never one): same lateness
        const rising = [...ds].sort((a, b) => a.delayDays - b.delayDays).map((x, i) => ({ ...x, invoiceId: i + 1 }));
        const byDue = rising.map((x, i) => ({ ...x, dueOn: new Date(Date.UTC(2026, 0, 1 + i * 30)).toISOString().slice(0, 10) }));
        const reversed = byDue.map((x, i) => ({ ...x, dueOn: byDue[byDue.length - 1 - i]!.dueOn }));
        const a = value(byDue);
        const b = value(reversed);
        expect(a.flags.map((f) => f.score)).toEqual(b.flags.map((f) => f.score));
        expect(a.health).toEqual(b.health);
        expect(a.recommendation.action).toBe(b.recommendation.action);
      }),
    );
  });
});
