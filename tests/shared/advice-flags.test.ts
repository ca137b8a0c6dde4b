import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ClientFacts, DelayFact } from '../../src/shared/domain/valuation-facts';
import { patternScore, scoreRedFlags } from '../../src/shared/domain/valuation-flags';

const facts = (over: Partial<ClientFacts> = {}): ClientFacts => ({
  clientId: 1,
  clientSince: '2024-01-01',
  revenueMinor: 0,
  listPriceMinor: 0,
  invoiceCount: 0,
  discountedInvoiceIds: [],
  collectedMinor: 0,
  outstandingMinor: 0,
  overdueMinor: 0,
  ageing: {} as ClientFacts['ageing'],
  delays: [],
  directCostsMinor: 0,
  activity: {},
  outOfHoursContacts: 0,
  taggedSigns: [],
  ...over,
});

const flag = (f: ClientFacts, sign: string) =>
  scoreRedFlags({ facts: f, daysLateChange: 0, attentionRatio: null, touchpointsPerMonth: 0, months: 12 }).find(
    (x) => x.sign === sign,
  )!;

const reminders = (n: number) => ({ payment_reminder: { entries: n, loggedMinutes: 0, unloggedEntries: n } });

describe('abuse flag (issue 14, defect 7)', () => {
  it('reaches 1 at 2 events, as its setting (fullAt 2) says', () => {
    // patternScore(2, full 2): n >= full → 1 (was 2 × 0.25 = 0.5)
    expect(patternScore(2, 2)).toBe(1);
    // one event stays a note: 1 × 0.25 = 0.25
    expect(patternScore(1, 2)).toBe(0.25);
    const f = facts({ activity: { incident_abuse: { entries: 2, loggedMinutes: 0, unloggedEntries: 2 } } });
    expect(flag(f, 'abusive').score).toBe(1);
  });
});

describe('late-payment score (issue 14, defect 2)', () => {
  it('two reminders = 0.5; adding an invoice paid 8 days late does not lower it', () => {
    // two reminders: n = 2 → 2 × 0.25 = 0.5
    expect(flag(facts({ activity: reminders(2) }), 'pays_late').score).toBe(0.5);
    // plus one invoice 8 days late (beyond the 7-day grace): weight 8/30;
    // n = 2 + 8/30 = 2.2667 → 0.5 + 0.5 × 0.2667 / (4 − 2) = 0.5667 (was n = 3 → 0.75, × avg lateness 8/30 = 0.2)
    const s = flag(facts({ activity: reminders(2), delays: [{ invoiceId: 9, delayDays: 8, isOpen: false }] }), 'pays_late');
    expect(s.score).toBeCloseTo(0.5 + (0.5 * (8 / 30)) / 2, 10);
    expect(s.invoiceIds).toEqual([9]);
  });

  it('property: adding a late invoice never lowers the score', () => {
    const delay = fc.record({ invoiceId: fc.nat(1000), delayDays: fc.integer({ min: -30, max: 200 }), isOpen: fc.boolean() });
    fc.assert(
      fc.property(fc.nat(6), fc.array(delay, { maxLength: 8 }), fc.integer({ min: 8, max: 200 }), (r, ds: DelayFact[], extra) => {
        const before = flag(facts({ activity: reminders(r), delays: ds }), 'pays_late').score;
        const after = flag(
          facts({ activity: reminders(r), delays: [...ds, { invoiceId: 5000, delayDays: extra, isOpen: false }] }),
          'pays_late',
        ).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});
