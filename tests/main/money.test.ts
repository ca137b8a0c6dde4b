import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { dispatch } from '../../src/main/dispatch';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  app.services.settings.saveProfile(sampleProfile);
});
afterEach(() => app.close());

const client = () =>
  app.services.clients.create({ name: 'Kaya İnşaat', paymentTermsKind: 'days', paymentTermsValue: 15 } as never);

describe('money ledger on real SQLite', () => {
  it('creates invoices with due dates from payment terms, records partial and full payments, and derives standing', async () => {
    const c = client();
    const inv = await app.api.createInvoice({
      clientId: c.id,
      invoice: {
        number: 'INV-1',
        issuedOn: '2026-10-01',
        dueOn: null,
        amountMinor: 100_000,
        listPriceMinor: 120_000,
        currency: null,
        description: '',
      },
    });
    expect(inv.dueOn).toBe('2026-10-16');
    expect(inv.currency).toBe('TRY');
    expect(inv.standing).toMatchObject({ status: 'overdue', outstandingMinor: 100_000, daysLate: 38 });

    await app.api.addPayment({ invoiceId: inv.id, payment: { paidOn: '2026-10-10', amountMinor: 40_000, note: '' } });
    const paid = await app.api.addPayment({
      invoiceId: inv.id,
      payment: { paidOn: '2026-10-26', amountMinor: 60_000, note: 'rest' },
    });
    expect(paid.standing).toMatchObject({ status: 'paid', outstandingMinor: 0, settledOn: '2026-10-26', daysLate: 10 });

    const ledger = await app.api.getLedger({ clientId: c.id });
    expect(ledger.totals).toEqual({
      invoicedMinor: 100_000,
      paidMinor: 100_000,
      outstandingMinor: 0,
      creditMinor: 0,
      overdueMinor: 0,
      discountMinor: 20_000,
      directCostsMinor: 0,
    });
    expect(ledger.suggestedNumber).toBe('INV-2026-0001');
    expect(ledger.defaultDueOn).toBe('2026-12-08');
  });

  it('keeps history on correction, voids instead of deleting, and refuses duplicate numbers', async () => {
    const c = client();
    const inv = app.services.money.createInvoice(c.id, {
      number: 'INV-2',
      issuedOn: '2026-11-01',
      dueOn: '2026-11-30',
      amountMinor: 50_000,
      listPriceMinor: null,
      currency: null,
      description: 'Logo',
    });
    const fixed = app.services.money.correctInvoice(
      inv.id,
      { ...inv, dueOn: '2026-11-30', amountMinor: 55_000, currency: null },
      'typo',
    );
    expect(fixed.amountMinor).toBe(55_000);
    expect(fixed.revisions).toBe(1);
    const revs = app.services.money.listRevisions('invoice', inv.id);
    expect(revs[0]).toMatchObject({ reason: 'typo', before: { amountMinor: 50_000 }, after: { amountMinor: 55_000 } });

    const voided = app.services.money.voidInvoice(inv.id, 'sent twice');
    expect(voided.voidedAt).not.toBeNull();
    expect(voided.standing.status).toBe('void');
    expect(() => app.services.money.correctInvoice(inv.id, { ...inv, dueOn: null, currency: null }, '')).toThrow(/voided/);
    expect((await app.api.getLedger({ clientId: c.id })).totals.invoicedMinor).toBe(0);

    const dup = await dispatch(app.api, 'createInvoice', {
      clientId: c.id,
      invoice: { number: 'INV-2', issuedOn: '2026-11-01', amountMinor: 1 },
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const bad = await dispatch(app.api, 'createInvoice', {
      clientId: c.id,
      invoice: { number: 'INV-3', issuedOn: '2026-11-01', dueOn: '2026-10-01', amountMinor: 1.5 },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('corrects and voids payments and direct costs with revisions', () => {
    const c = client();
    const inv = app.services.money.createInvoice(c.id, {
      number: 'INV-4',
      issuedOn: '2026-11-01',
      dueOn: null,
      amountMinor: 10_000,
      listPriceMinor: null,
      currency: null,
      description: '',
    });
    const withPay = app.services.money.addPayment(inv.id, { paidOn: '2026-11-02', amountMinor: 10_000, note: '' });
    const pay = withPay.payments[0]!;
    expect(
      app.services.money.correctPayment(pay.id, { paidOn: '2026-11-03', amountMinor: 5_000, note: '' }, 'bank').standing
        .outstandingMinor,
    ).toBe(5_000);
    expect(app.services.money.voidPayment(pay.id, 'bounced').standing.outstandingMinor).toBe(10_000);
    expect(app.services.money.listRevisions('payment', pay.id)).toHaveLength(2);

    const cost = app.services.money.addDirectCost(c.id, {
      incurredOn: '2026-11-05',
      amountMinor: 3_000,
      description: 'Courier',
      currency: null,
    });
    expect(
      app.services.money.correctDirectCost(
        cost.id,
        { incurredOn: '2026-11-05', amountMinor: 3_500, description: 'Courier', currency: null },
        '',
      ).revisions,
    ).toBe(1);
    app.services.money.voidDirectCost(cost.id, 'wrong client');
    expect(app.services.money.ledger(c.id).totals.directCostsMinor).toBe(0);
  });

  it("suggests the number after this year's highest, whichever case it was typed in", () => {
    const c = client();
    const add = (number: string, issuedOn = '2026-11-01') =>
      app.services.money.createInvoice(c.id, {
        number,
        issuedOn,
        dueOn: null,
        amountMinor: 1_000,
        listPriceMinor: null,
        currency: null,
        description: '',
      });
    expect(app.services.money.ledger(c.id).suggestedNumber).toBe('INV-2026-0001');
    add('INV-2026-0007');
    add('INV-2026-0012');
    add('INV-2026-00x9'); // not a number: ignored
    add('INV-2025-0099', '2025-12-30'); // last year's series
    add('INV-20260');
    expect(app.services.money.ledger(c.id).suggestedNumber).toBe('INV-2026-0013');
    add('inv-2026-0015');
    expect(app.services.money.ledger(c.id).suggestedNumber).toBe('INV-2026-0016');
  });
  it('writes many invoices under the same rules as one, all or none', () => {
    const c = client();
    const fields = (number: string, dueOn: string | null = null) => ({
      number,
      issuedOn: '2026-11-01',
      dueOn,
      amountMinor: 1_000,
      listPriceMinor: null,
      currency: null,
      description: 'imported',
    });
    const heard: number[] = [];
    const n = app.services.money.createInvoices(
      [1, 2, 3, 4, 5].map((i) => ({ clientId: c.id, fields: fields(`B-${i}`, i === 5 ? '2026-12-31' : null) })),
      { onWritten: (done) => heard.push(done), every: 2 },
    );
    expect(n).toBe(5);
    expect(heard).toEqual([2, 4]);
    const written = app.services.money.ledger(c.id).invoices;
    expect(written.map((i) => [i.number, i.dueOn, i.currency])).toEqual([
      ['B-1', '2026-11-16', 'TRY'],
      ['B-2', '2026-11-16', 'TRY'],
      ['B-3', '2026-11-16', 'TRY'],
      ['B-4', '2026-11-16', 'TRY'],
      ['B-5', '2026-12-31', 'TRY'],
    ]);
    // a number already used, late in the batch: the error names it and nothing of the batch stays
    expect(() =>
      app.services.money.createInvoices([
        { clientId: c.id, fields: fields('B-6') },
        { clientId: c.id, fields: fields('B-3') },
      ]),
    ).toThrow(/B-3 is already used/);
    expect(app.services.money.ledger(c.id).invoices).toHaveLength(5);
  });
});
