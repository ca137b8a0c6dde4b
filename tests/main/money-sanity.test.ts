// Money sanity on the real API: an overpayment needs the owner's explicit confirmation and then
// stands as a credit; absurd amounts and dates far in the future are refused with their reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../helpers/call';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { translatorFor } from '../../src/main/pdf/translate';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  app.services.settings.saveProfile(sampleProfile);
});
afterEach(() => app.close());

const invoice = (over: Record<string, unknown> = {}) => ({
  number: 'INV-1',
  issuedOn: '2026-10-01',
  dueOn: null,
  amountMinor: 100_000,
  listPriceMinor: null,
  currency: null,
  description: '',
  ...over,
});
async function newInvoice(over: Record<string, unknown> = {}) {
  const c = await call(app.api, 'createClient', { name: 'Kaya İnşaat', paymentTermsKind: 'days', paymentTermsValue: 30 });
  return { client: c, inv: await call(app.api, 'createInvoice', { clientId: c.id, invoice: invoice(over) }) };
}
const paymentRows = () => app.database.sqlite.prepare('SELECT amount_minor FROM payments ORDER BY id').pluck().all();

describe('overpayment', () => {
  it('is refused without confirmOverpayment: true, naming the open amount and the credit; confirmed, the excess is a credit', async () => {
    const { client, inv } = await newInvoice();
    await call(app.api, 'addPayment', { invoiceId: inv.id, payment: { paidOn: '2026-10-10', amountMinor: 40_000, note: '' } });
    // seen in the field: a payment 10^8 times the invoice was accepted
    for (const confirmOverpayment of [undefined, false]) {
      await expect(
        call(app.api, 'addPayment', {
          invoiceId: inv.id,
          payment: { paidOn: '2026-10-20', amountMinor: 70_000, note: '' },
          ...(confirmOverpayment === undefined ? {} : { confirmOverpayment }),
        }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'overpayment', openMinor: 60_000, creditMinor: 10_000, currency: 'TRY', field: 'amountMinor' },
      });
    }
    expect(paymentRows()).toEqual([40_000]);
    // exactly the open amount needs no confirmation; nor does a payment below it
    const exact = await call(app.api, 'addPayment', {
      invoiceId: inv.id,
      payment: { paidOn: '2026-10-20', amountMinor: 60_000, note: '' },
    });
    expect(exact.standing).toMatchObject({ status: 'paid', outstandingMinor: 0, creditMinor: 0 });
    // a paid invoice: anything more is an overpayment
    await expect(
      call(app.api, 'addPayment', { invoiceId: inv.id, payment: { paidOn: '2026-10-21', amountMinor: 1, note: '' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { openMinor: 0, creditMinor: 1 } });
    const credited = await call(app.api, 'addPayment', {
      invoiceId: inv.id,
      payment: { paidOn: '2026-10-21', amountMinor: 25_000, note: 'paid twice by mistake' },
      confirmOverpayment: true,
    });
    expect(credited.standing).toMatchObject({ status: 'paid', paidMinor: 125_000, outstandingMinor: 0, creditMinor: 25_000 });
    const ledger = await call(app.api, 'getLedger', { clientId: client.id });
    expect(ledger.totals).toMatchObject({ invoicedMinor: 100_000, paidMinor: 125_000, outstandingMinor: 0, creditMinor: 25_000 });
  });

  it('a correction that raises a payment above the open amount needs the same confirmation', async () => {
    const { inv } = await newInvoice();
    const first = await call(app.api, 'addPayment', {
      invoiceId: inv.id,
      payment: { paidOn: '2026-10-10', amountMinor: 100_000, note: '' },
    });
    const pay = first.payments[0]!;
    // its own old amount is not counted: 100,000 corrected to 100,000 is no overpayment
    await call(app.api, 'correctPayment', { id: pay.id, payment: { paidOn: '2026-10-11', amountMinor: 100_000, note: '' }, reason: 'date' });
    await expect(
      call(app.api, 'correctPayment', {
        id: pay.id,
        payment: { paidOn: '2026-10-11', amountMinor: 10_000_000_000, note: '' },
        reason: 'typo',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'overpayment', openMinor: 100_000 } });
    const fixed = await call(app.api, 'correctPayment', {
      id: pay.id,
      payment: { paidOn: '2026-10-11', amountMinor: 120_000, note: '' },
      reason: 'paid more',
      confirmOverpayment: true,
    });
    expect(fixed.standing.creditMinor).toBe(20_000);
  });
});

describe('bounds', () => {
  it('refuses amounts beyond 1,000,000,000.00 and dates past 2100 (or before 1900), in the owner’s language', async () => {
    const c = await call(app.api, 'createClient', { name: 'Kaya İnşaat', paymentTermsKind: 'days', paymentTermsValue: 30 });
    const refused = async (method: 'createInvoice', over: Record<string, unknown>) => {
      const e = (await call(app.api, method, { clientId: c.id, invoice: invoice(over) }).catch((x: unknown) => x)) as {
        code: string;
        issues: { path: string; message: string }[];
      };
      expect(e.code).toBe('VALIDATION');
      return e.issues;
    };
    expect(await refused('createInvoice', { amountMinor: 100_000_000_001 })).toEqual([
      { path: 'invoice.amountMinor', message: 'validation.amountTooLarge' },
    ]);
    // 9999-12-31 once gave the due date +010000-01-30
    expect(await refused('createInvoice', { issuedOn: '9999-12-31' })).toEqual([
      { path: 'invoice.issuedOn', message: 'validation.dateOutOfRange' },
    ]);
    expect(await refused('createInvoice', { issuedOn: '2026-01-01', dueOn: '2101-01-01' })).toEqual([
      { path: 'invoice.dueOn', message: 'validation.dateOutOfRange' },
    ]);
    expect(await refused('createInvoice', { issuedOn: '1899-12-31' })).toEqual([
      { path: 'invoice.issuedOn', message: 'validation.dateOutOfRange' },
    ]);
    // the bound itself and the last day are taken; the due date from terms stays a four-digit year
    const edge = await call(app.api, 'createInvoice', {
      clientId: c.id,
      invoice: invoice({ number: 'EDGE', amountMinor: 100_000_000_000, issuedOn: '2100-12-31' }),
    });
    expect(edge.dueOn).toBe('2101-01-30');

    const { inv } = await newInvoice({ number: 'INV-2' });
    for (const [payment, message] of [
      [{ paidOn: '2026-10-10', amountMinor: 10_000_000_000_000, note: '' }, 'validation.amountTooLarge'],
      [{ paidOn: '9999-12-31', amountMinor: 1_000, note: '' }, 'validation.dateOutOfRange'],
    ] as const) {
      await expect(
        call(app.api, 'addPayment', { invoiceId: inv.id, payment, confirmOverpayment: true }),
      ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ message }] });
    }
    await expect(
      call(app.api, 'addDirectCost', {
        clientId: c.id,
        cost: { incurredOn: '2026-10-10', amountMinor: 1e12, description: 'x', currency: null },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ message: 'validation.amountTooLarge' }] });
    for (const lang of ['en', 'tr', 'az'] as const) {
      const t = translatorFor(lang);
      expect(t('validation.amountTooLarge')).not.toBe('validation.amountTooLarge');
      expect(t('validation.dateOutOfRange')).toMatch(/1900.*2100/);
    }
    expect(translatorFor('tr')('validation.dateOutOfRange')).toBe('1900 ile 2100 arasında bir tarih girin.');
  });
});
