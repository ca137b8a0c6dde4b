import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../src/shared/errors';
import { valuationSettingsSchema } from '../../src/shared/contract/valuation';
import { dueDateFromTerms, invoiceStanding, settledOn } from '../../src/shared/domain/invoice-standing';
import {
  defaultActivityCatalogue,
  defaultValuationSettings,
  lifetimeValue,
  valueClient,
  type ValuationInput,
} from '../../src/shared/domain/valuation';
import { factsFromRecords, type ClientFacts, type ClientRecords } from '../../src/shared/domain/valuation-facts';
import { type defaultHealthWeights, healthBand, healthScore, patternScore } from '../../src/shared/domain/valuation-flags';
import { redFlagSigns } from '../../src/shared/domain/red-flags';
import { addMonths, trailingWindow } from '../../src/shared/domain/valuation-window';
import { screenProspect } from '../../src/shared/domain/prospect-screening';

const w = trailingWindow('2026-11-23', 12);
const rate = 93_750; // 937.50 per hour
const records = (over: Partial<ClientRecords> = {}): ClientRecords => ({
  clientId: 1,
  clientSince: '2020-01-01',
  invoices: [],
  directCosts: [],
  journal: [],
  ...over,
});
const inv = (
  id: number,
  issuedOn: string,
  dueOn: string,
  amountMinor: number,
  payments: [string, number][] = [],
  listPriceMinor: number | null = null,
) => ({
  id,
  issuedOn,
  dueOn,
  amountMinor,
  listPriceMinor,
  currency: 'TRY',
  voidedAt: null,
  payments: payments.map(([paidOn, amount], i) => ({ id: id * 100 + i, paidOn, amountMinor: amount, voidedAt: null })),
});
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
    ...over,
  });

describe('valuation formulas against hand-computed cases', () => {
  it('a client with no invoices and no activity: zeros, no margin percentage', () => {
    const v = value(factsFromRecords(records(), w, 'TRY'));
    expect(v.figures.revenue.value).toBe(0);
    expect(v.figures.costToServe.value).toBe(0);
    expect(v.figures.margin.value).toBe(0);
    expect(v.figures.marginPct.value).toBeNull();
    expect(v.figures.marginPct.how).toBe('marginPctNone');
    expect(v.health).toEqual({ score: 100, band: 'green' });
  });

  it('zero revenue with costs: negative margin, attention without revenue, refer elsewhere', () => {
    const f = factsFromRecords(
      records({
        directCosts: [{ incurredOn: '2026-06-01', amountMinor: 50_000, currency: 'TRY', voidedAt: null }],
        journal: [{ id: 1, kind: 'meeting', occurredAt: '2026-06-02T10:00:00.000Z', durationMinutes: null, signs: [] }],
      }),
      w,
      'TRY',
    );
    const v = value(f);
    // 60 standard minutes × 937.50 = 937.50 + 500.00 direct
    expect(v.figures.costToServe.value).toBe(93_750 + 50_000);
    expect(v.figures.margin.value).toBe(-143_750);
    expect(v.figures.attentionRatio.how).toBe('attentionNoRevenue');
    expect(v.recommendation.action).toBe('refer_elsewhere');
    expect(v.recommendation.reasons.map((r) => r.key)).toContain('losing');
  });

  it('a client whose only cost is time: minutes × capacity cost rate, logged minutes win over standard', () => {
    const f = factsFromRecords(
      records({
        invoices: [inv(1, '2026-03-01', '2026-03-31', 1_000_000, [['2026-03-20', 1_000_000]])],
        journal: [
          { id: 1, kind: 'call', occurredAt: '2026-03-02T10:00:00.000Z', durationMinutes: 30, signs: [] },
          { id: 2, kind: 'call', occurredAt: '2026-03-03T10:00:00.000Z', durationMinutes: null, signs: [] },
          { id: 3, kind: 'email', occurredAt: '2026-03-04T10:00:00.000Z', durationMinutes: null, signs: [] },
        ],
      }),
      w,
      'TRY',
    );
    const v = value(f);
    // calls: 30 + 15 = 45 min → 70,312.5 → 70,313; email 5 min → 7,812.5 → 7,813
    expect(v.costByKind).toEqual([
      { kind: 'call', entries: 2, minutes: 45, costMinor: 70_313 },
      { kind: 'email', entries: 1, minutes: 5, costMinor: 7_813 },
    ]);
    expect(v.figures.costToServe.value).toBe(78_126);
    expect(v.figures.margin.value).toBe(921_874);
    expect(v.figures.marginPct.value).toBeCloseTo(0.921874, 6);
    expect(v.figures.annualisedMargin.value).toBe(921_874);
    expect(v.figures.timeCost.params['minutes']).toEqual({ number: 50 });
  });

  it('lifetime value: CLV = A·r/(1+d−r); 100 % retention; r ≥ 1 + d refused with a clear error', () => {
    expect(lifetimeValue(1_200_000, 0.8, 0.1)).toBe(Math.round((1_200_000 * 0.8) / 0.3));
    expect(lifetimeValue(1_200_000, 1, 0.1)).toBe(12_000_000);
    expect(() => lifetimeValue(1_200_000, 1, 0)).toThrow(AppError);
    expect(() => lifetimeValue(1_200_000, 1.2, 0.1)).toThrow(/must be below 1 \+ discount rate/);
    const settings = { ...defaultValuationSettings, retentionProbability: 1, discountRate: 0 };
    expect(() => value(factsFromRecords(records(), w, 'TRY'), { settings })).toThrow(AppError);
    expect(valuationSettingsSchema.safeParse(settings).success).toBe(false);
    expect(valuationSettingsSchema.safeParse({ ...settings, discountRate: 0.1 }).success).toBe(true);
  });

  it('negative margin with abuse: part ways, with every reason listed', () => {
    const journal = [1, 2, 3].map((id) => ({
      id,
      kind: 'incident_abuse' as const,
      occurredAt: `2026-0${id}-10T10:00:00.000Z`,
      durationMinutes: 60,
      signs: [],
    }));
    const v = value(
      factsFromRecords(
        records({ invoices: [inv(1, '2026-02-01', '2026-02-15', 50_000, [['2026-02-10', 50_000]])], journal }),
        w,
        'TRY',
      ),
    );
    expect(v.figures.margin.value).toBe(50_000 - 3 * 93_750);
    expect(v.flags.find((f) => f.sign === 'abusive')).toMatchObject({ level: 'flag', score: 1, entryIds: [] });
    expect(v.recommendation.action).toBe('part_ways');
    expect(v.recommendation.reasons.map((r) => r.key)).toEqual(expect.arrayContaining(['flag_abusive', 'losing']));
  });

  it('mixed partial payments: outstanding, overdue, settlement on the first covering day', () => {
    const invoice = { dueOn: '2026-10-01', amountMinor: 100_000 };
    const pays = [
      { id: 1, paidOn: '2026-09-20', amountMinor: 30_000 },
      { id: 2, paidOn: '2026-10-20', amountMinor: 50_000 },
    ];
    expect(invoiceStanding(invoice, pays, '2026-11-23')).toMatchObject({
      paidMinor: 80_000,
      outstandingMinor: 20_000,
      status: 'overdue',
      delayDays: 53,
      daysLate: 53,
    });
    const full = [
      ...pays,
      { id: 3, paidOn: '2026-11-01', amountMinor: 20_000 },
      { id: 4, paidOn: '2026-11-10', amountMinor: 5_000 },
    ];
    expect(invoiceStanding(invoice, full, '2026-11-23')).toMatchObject({
      outstandingMinor: 0,
      status: 'paid',
      settledOn: '2026-11-01',
      daysLate: 31,
    });
    expect(settledOn(100_000, full)).toBe('2026-11-01');
    // A payment after the as-of day is not known yet.
    expect(invoiceStanding(invoice, full, '2026-10-25').status).toBe('overdue');
    const f = factsFromRecords(
      records({
        invoices: [
          inv(7, '2026-09-01', '2026-10-01', 100_000, [
            ['2026-09-20', 30_000],
            ['2026-10-20', 50_000],
          ]),
        ],
      }),
      w,
      'TRY',
    );
    expect(f).toMatchObject({ revenueMinor: 100_000, collectedMinor: 80_000, outstandingMinor: 20_000, overdueMinor: 20_000 });
    expect(f.ageing.d31_60).toBe(20_000);
    expect(f.delays).toEqual([{ invoiceId: 7, delayDays: 53, isOpen: true, dueOn: '2026-10-01' }]);
  });

  it('window boundaries: 12 months ending 23 Nov 2026 run from 24 Nov 2025, both ends included', () => {
    expect(w).toEqual({ from: '2025-11-24', to: '2026-11-23', months: 12 });
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    const f = factsFromRecords(
      records({
        invoices: [
          inv(1, '2025-11-23', '2025-12-01', 1_000, [['2025-11-30', 1_000]]),
          inv(2, '2025-11-24', '2025-12-24', 2_000),
          inv(3, '2026-11-23', '2026-12-23', 4_000),
          inv(4, '2026-11-24', '2026-12-24', 8_000),
        ],
        journal: [
          { id: 1, kind: 'call', occurredAt: '2025-11-23T23:59:59.000Z', durationMinutes: 10, signs: [] },
          { id: 2, kind: 'call', occurredAt: '2025-11-24T00:00:00.000Z', durationMinutes: 20, signs: [] },
          { id: 3, kind: 'call', occurredAt: '2026-11-23T23:59:59.000Z', durationMinutes: 40, signs: [] },
        ],
        directCosts: [{ incurredOn: '2025-11-23', amountMinor: 5, currency: 'TRY', voidedAt: null }],
      }),
      w,
      'TRY',
    );
    expect(f.revenueMinor).toBe(6_000);
    expect(f.collectedMinor).toBe(1_000); // paid in the window, for an invoice issued before it
    expect(f.activity.call).toEqual({ entries: 2, loggedMinutes: 60, unloggedEntries: 0 });
    expect(f.directCostsMinor).toBe(0);
    // A client who started inside the window is annualised over the months they were with us.
    const v = value({ ...f, clientSince: '2026-05-24' });
    expect(v.activeMonths).toBe(6);
  });

  it('due dates from payment terms', () => {
    expect(dueDateFromTerms('2026-01-20', 'days', 30)).toBe('2026-02-19');
    expect(dueDateFromTerms('2026-01-20', 'day_of_month', 1)).toBe('2026-02-01');
    expect(dueDateFromTerms('2026-01-20', 'day_of_month', 25)).toBe('2026-01-25');
    expect(dueDateFromTerms('2026-12-28', 'day_of_month', 5)).toBe('2027-01-05');
  });

  it('prospect screening: go, go with conditions, no-go with reasons', () => {
    const good = {
      demand_confirmed: 'yes',
      expectations_clear: 'yes',
      can_serve: 'yes',
      price_right: 'yes',
      references_checked: 'yes',
      public_complaints_habit: 'no',
      early_warning_signs: 'no',
    } as const;
    expect(screenProspect(good)).toEqual({ verdict: 'go', reasons: [] });
    expect(screenProspect({ ...good, price_right: 'no', references_checked: 'unsure' })).toEqual({
      verdict: 'go_with_conditions',
      reasons: ['bad_price_right', 'unsure_references_checked'],
    });
    expect(screenProspect({ ...good, public_complaints_habit: 'yes' }).verdict).toBe('no_go');
  });
});

const kindArb = fc.constantFrom('call', 'email', 'meeting', 'revision_request', 'complaint', 'note' as const);
const entryArb = fc.record({
  kind: kindArb,
  day: fc.integer({ min: 0, max: 360 }),
  durationMinutes: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
});
const journalOf = (entries: { kind: string; day: number; durationMinutes: number | null }[]) =>
  entries.map((e, i) => ({
    id: i + 1,
    kind: e.kind as 'call',
    occurredAt: new Date(Date.UTC(2026, 10, 23) - e.day * 86_400_000 + 36_000_000).toISOString(),
    durationMinutes: e.durationMinutes,
    signs: [],
  }));

describe('properties', () => {
  it('more minutes never raise margin', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 30 }),
        entryArb,
        fc.integer({ min: 0, max: 5_000_000 }),
        (entries, extra, revenue) => {
          const invoices = revenue > 0 ? [inv(1, '2026-06-01', '2026-07-01', revenue, [['2026-06-15', revenue]])] : [];
          const before = value(factsFromRecords(records({ invoices, journal: journalOf(entries) }), w, 'TRY'));
          const after = value(factsFromRecords(records({ invoices, journal: journalOf([...entries, extra]) }), w, 'TRY'));
          expect(after.figures.margin.value!).toBeLessThanOrEqual(before.figures.margin.value!);
          const slower = value(factsFromRecords(records({ invoices, journal: journalOf(entries) }), w, 'TRY'), {
            whatIf: { pricePct: 0, timePct: 25, daysLateChange: 0 },
          });
          expect(slower.figures.margin.value!).toBeLessThanOrEqual(before.figures.margin.value!);
        },
      ),
    );
  });

  it('a payment never raises days late', () => {
    const pay = fc.record({
      id: fc.integer({ min: 1, max: 1000 }),
      day: fc.integer({ min: 0, max: 200 }),
      amountMinor: fc.integer({ min: 1, max: 60_000 }),
    });
    fc.assert(
      fc.property(fc.array(pay, { maxLength: 6 }), pay, fc.integer({ min: 0, max: 200 }), (pays, extra, asOfDay) => {
        const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const invoice = { dueOn: day(30), amountMinor: 100_000 };
        const asOf = day(asOfDay);
        const toFacts = (ps: typeof pays) => ps.map((p, i) => ({ id: i + 1, paidOn: day(p.day), amountMinor: p.amountMinor }));
        const before = invoiceStanding(invoice, toFacts(pays), asOf);
        const after = invoiceStanding(invoice, toFacts([...pays, extra]), asOf);
        expect(after.daysLate).toBeLessThanOrEqual(before.daysLate);
        expect(after.outstandingMinor).toBeLessThanOrEqual(before.outstandingMinor);
      }),
    );
  });

  it('health stays in 0–100 and a worse sign never raises it', () => {
    const scores = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 });
    const weights = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 });
    fc.assert(
      fc.property(
        scores,
        weights,
        fc.integer({ min: 0, max: 9 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, wt, which, bump) => {
          const flags = redFlagSigns.map((sign, i) => ({ sign, score: s[i]! }));
          const wts = Object.fromEntries(redFlagSigns.map((sign, i) => [sign, wt[i]!])) as typeof defaultHealthWeights;
          const h = healthScore(flags, wts);
          expect(h).toBeGreaterThanOrEqual(0);
          expect(h).toBeLessThanOrEqual(100);
          const worse = flags.map((f, i) => (i === which ? { ...f, score: Math.min(1, f.score + bump) } : f));
          expect(healthScore(worse, wts)).toBeLessThanOrEqual(h);
          expect(['green', 'amber', 'red']).toContain(healthBand(h));
        },
      ),
    );
  });

  it('one event is a note, a pattern raises the flag, and more events never lower the score', () => {
    expect(patternScore(1, 4)).toBeLessThan(0.5);
    expect(patternScore(2, 4)).toBe(0.5);
    expect(patternScore(4, 4)).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.integer({ min: 2, max: 6 }),
        (n, more, full) => {
          expect(patternScore(n + more, full)).toBeGreaterThanOrEqual(patternScore(n, full));
        },
      ),
    );
  });
});
