// Accounts an outside tester computes by hand (audit, 2026-12-03), against what the value
// calculator reports on a real temp database: window edges on the owner's calendar day (not
// UTC's), partial payments, a voided invoice and a voided payment, another currency kept apart,
// a late-paid invoice, day-of-month terms, a client with us for part of the window, CLV, discounts.
// Capacity cost rate: 12,000,000 ÷ (160 h × 80 %) = 93,750 kuruş an hour.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';

let app: TempApp;
afterEach(() => app?.close());

function setUp(timeZone: string) {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  app.services.settings.saveProfile({ ...sampleProfile, timeZone });
  return app.services;
}
const values = (clientId: number) =>
  Object.fromEntries(Object.entries(app.services.valuation.clientValuation(clientId).figures).map(([k, f]) => [k, f.value]));

describe('value figures computed by hand', () => {
  it('Istanbul: the window is 2025-11-24 … 2026-11-23 on the owner’s calendar', () => {
    const s = setUp('Europe/Istanbul');
    const c = s.clients.create(newClient('Ayşe Kaya', { clientSince: '2020-01-01' }));
    const inv = (number: string, issuedOn: string, amountMinor: number, dueOn: string | null = null) =>
      s.money.createInvoice(c.id, {
        number,
        issuedOn,
        dueOn,
        amountMinor,
        listPriceMinor: null,
        currency: null,
        description: '',
      });
    // the day before the window: neither revenue nor (paid that day) collected
    const a1 = inv('A-1', '2025-11-23', 100_000);
    s.money.addPayment(a1.id, { paidOn: '2025-11-23', amountMinor: 100_000, note: '' });
    // the window's first day; paid in two parts, the second 17 days after its due date
    const a2 = inv('A-2', '2025-11-24', 1_000_000, '2025-12-24');
    s.money.addPayment(a2.id, { paidOn: '2025-12-20', amountMinor: 400_000, note: '' });
    s.money.addPayment(a2.id, { paidOn: '2026-01-10', amountMinor: 600_000, note: '' });
    // voided: not revenue
    s.money.voidInvoice(inv('A-3', '2026-02-28', 333_333).id, 'issued twice');
    // the window's last day, unpaid, due in 30 days
    inv('A-4', '2026-11-23', 250_050);
    s.money.addDirectCost(c.id, { incurredOn: '2026-05-01', amountMinor: 50_000, description: 'Courier', currency: null });
    // 21:30 UTC on 23 Nov 2025 is 00:30 on the 24th in Istanbul: inside the window
    s.journal.add({
      clientId: c.id,
      kind: 'meeting',
      channel: 'in_person',
      occurredAt: '2025-11-23T21:30:00.000Z',
      summary: 'Kick-off',
      durationMinutes: 90,
    });
    // 20:30 UTC is 23:30 on the 23rd in Istanbul: before the window, though UTC's day is the same
    s.journal.add({
      clientId: c.id,
      kind: 'call',
      channel: 'phone',
      occurredAt: '2025-11-23T20:30:00.000Z',
      summary: 'Before',
      durationMinutes: 45,
    });

    expect(values(c.id)).toMatchObject({
      revenue: 1_250_050, //          A-2 1,000,000 + A-4 250,050 (A-1 before, A-3 void)
      collected: 1_000_000, //        400,000 + 600,000 paid in the window
      outstanding: 250_050,
      overdue: 0, //                  A-4 is due 2026-12-23
      timeCost: 140_625, //           90 min × 93,750 / 60 (the 45-minute call is outside)
      directCosts: 50_000,
      costToServe: 190_625, //        140,625 + 50,000
      margin: 1_059_425, //           1,250,050 − 190,625
      annualisedMargin: 1_059_425, // 12 months with us: × 12/12
      retention: 0.8, //              no owner estimate, no portfolio history: the fallback
      clv: 2_825_133, //              1,059,425 × 0.8 / (1 + 0.1 − 0.8) = 2,825,133.3
      avgDaysLate: 17, //             due 2025-12-24, paid in full 2026-01-10
      partingRefillValue: 70_313, //  1.5 h × 93,750 × 50 % resold = 70,312.5
      partingChange: -1_129_737, //   50,000 saved + 70,313 − 1,250,050 revenue lost
    });
  });

  it('Baku: day-of-month terms, a voided payment, a EUR invoice apart, a client since June', () => {
    const s = setUp('Asia/Baku');
    const c = s.clients.create(
      newClient('Əli Həsənov', { clientSince: '2026-06-01', paymentTermsKind: 'day_of_month', paymentTermsValue: 28 }),
    );
    const inv = (number: string, issuedOn: string, amountMinor: number, currency: string | null = null) =>
      s.money.createInvoice(c.id, {
        number,
        issuedOn,
        dueOn: null,
        amountMinor,
        listPriceMinor: null,
        currency,
        description: '',
      });
    const b1 = inv('B-1', '2026-06-30', 500_000);
    const b2 = inv('B-2', '2026-07-28', 300_000);
    const b3 = inv('B-3', '2026-08-01', 999_999, 'EUR');
    // "on the 28th": after the 28th → next month's; on the 28th itself → next month's too
    expect([b1.dueOn, b2.dueOn, b3.dueOn]).toEqual(['2026-07-28', '2026-08-28', '2026-08-28']);
    const bounced = s.money.addPayment(b1.id, { paidOn: '2026-08-15', amountMinor: 200_000, note: '' });
    s.money.addPayment(b1.id, { paidOn: '2026-09-15', amountMinor: 300_000, note: '' });
    s.money.voidPayment(bounced.id, 'bounced');
    s.money.addPayment(b2.id, { paidOn: '2026-08-28', amountMinor: 300_000, note: '' });

    expect(values(c.id)).toMatchObject({
      revenue: 800_000, //            B-1 + B-2 in lira; the EUR invoice is not added to lira
      collected: 600_000, //          300,000 + 300,000 (the bounced 200,000 voided)
      outstanding: 200_000, //        B-1: 500,000 − 300,000
      overdue: 200_000, //            B-1 was due 2026-07-28
      margin: 800_000, //             no time, no direct costs
      // with us 2026-06-01 … 2026-11-23: 176 days = 176 / 365.25 × 12 = 5.78 → 5.8 months;
      // 800,000 × 12 / 5.8 = 1,655,172.4
      annualisedMargin: 1_655_172,
      clv: 4_413_792, //              1,655,172 × 0.8 / 0.3 = 4,413,792
      avgDaysLate: 118, //            B-1 still open: 2026-07-28 → 2026-11-23 (B-2 paid on its day)
    });
  });

  it('New York, in manat: list prices and discounts, payment within the grace days, the window’s first evening', () => {
    // 04:00 UTC on 24 Nov is 23:00 on the 23rd in New York: the owner's today is still the 23rd
    app = createTempApp({ now: '2026-11-24T04:00:00.000Z' });
    const s = app.services;
    s.settings.saveProfile({ ...sampleProfile, currency: 'AZN', language: 'az', timeZone: 'America/New_York' });
    const c = s.clients.create(newClient('Leyla Məmmədova', { clientSince: '2024-02-29', paymentTermsValue: 14 }));
    const inv = (number: string, issuedOn: string, amountMinor: number) =>
      s.money.createInvoice(c.id, {
        number,
        issuedOn,
        dueOn: null,
        amountMinor,
        listPriceMinor: 100_000,
        currency: null,
        description: '',
      });
    const l1 = inv('L-1', '2026-01-31', 90_000); // 10 % off the list price
    const l2 = inv('L-2', '2026-03-01', 75_000); // 25 % off
    expect([l1.dueOn, l2.dueOn]).toEqual(['2026-02-14', '2026-03-15']); // + 14 days
    s.money.addPayment(l1.id, { paidOn: '2026-02-14', amountMinor: 90_000, note: '' });
    s.money.addPayment(l2.id, { paidOn: '2026-03-16', amountMinor: 75_000, note: '' }); // a day late: within 7 days' grace
    // 03:30 UTC on 24 Nov 2025 is 22:30 on the 23rd in New York: the day before the window
    s.journal.add({
      clientId: c.id,
      kind: 'call',
      channel: 'phone',
      occurredAt: '2025-11-24T03:30:00.000Z',
      summary: 'Evening call',
      durationMinutes: 20,
    });
    const pushback = s.journal.add({
      clientId: c.id,
      kind: 'price_pushback',
      channel: 'email',
      occurredAt: '2026-03-01T15:00:00.000Z',
      summary: 'Wants 25 % off',
      durationMinutes: 10,
    });

    expect(values(c.id)).toMatchObject({
      revenue: 165_000, //            90,000 + 75,000 qəpik
      collected: 165_000,
      outstanding: 0,
      timeCost: 15_625, //            10 min × 93,750 / 60 (the evening call is outside)
      margin: 149_375, //             165,000 − 15,625
      clv: 398_333, //                149,375 × 0.8 / 0.3 = 398,333.3
      avgDaysLate: 0, //              one day late is inside the 7 days' grace
      partingRefillValue: 7_813, //   10/60 h × 93,750 × 50 % = 7,812.5
    });
    const haggles = s.valuation.clientValuation(c.id).flags.find((f) => f.sign === 'haggles')!;
    // discounts: (10,000 + 25,000) ÷ (100,000 + 100,000) list = 17.5 %, on both invoices, and one pushback
    expect(haggles).toMatchObject({
      params: { pushback: 1, discounted: 2, discountPct: 17.5 },
      invoiceIds: [l1.id, l2.id],
      entryIds: [pushback.id],
    });
  });
});
