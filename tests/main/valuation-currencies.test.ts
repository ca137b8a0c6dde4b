// Issue 14, defect 4: invoices in other currencies are left out until the owner enters a dated
// rate, and the Value tab and the value report say so; with a rate they count, on the client page
// and in the portfolio's SQL alike (real temp database; src/shared/domain/conversion.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { call, failure } from '../helpers/offboarding-fixtures';
import { pdfText } from '../helpers/report-fixtures';

let app: TempApp;
afterEach(() => app?.close());

/** The business counts in TRY. One TRY invoice of 10,000.00 paid early, two EUR invoices and a EUR cost. */
function setUp() {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  app.services.settings.saveProfile(sampleProfile);
  const c = app.services.clients.create(newClient('Müller GmbH', { clientSince: '2020-01-01' }));
  const invoice = (number: string, issuedOn: string, dueOn: string, amountMinor: number, currency: string | null) =>
    app.services.money.createInvoice(c.id, {
      number,
      issuedOn,
      dueOn,
      amountMinor,
      listPriceMinor: null,
      currency,
      description: '',
    });
  const t = invoice('T-1', '2026-06-01', '2026-06-15', 1_000_000, null);
  app.services.money.addPayment(t.id, { paidOn: '2026-06-10', amountMinor: 1_000_000, note: '' });
  // EUR 2,000.00 due 30 Sep, paid 5 Oct (5 days, within the grace period)
  const e1 = invoice('E-1', '2026-09-01', '2026-09-30', 200_000, 'EUR');
  app.services.money.addPayment(e1.id, { paidOn: '2026-10-05', amountMinor: 200_000, note: '' });
  // EUR 1,200.00 due 31 Oct, still open on 23 Nov: 23 days overdue
  invoice('E-2', '2026-10-01', '2026-10-31', 120_000, 'EUR');
  app.services.money.addDirectCost(c.id, {
    incurredOn: '2026-10-10',
    amountMinor: 10_000,
    description: 'Courier',
    currency: 'EUR',
  });
  return { clientId: c.id, invoice };
}

/** The portfolio's one query and the client page give the same facts and figures. */
function expectPortfolioAgrees(clientId: number) {
  const aggregated = app.services.valuation.portfolioFacts().find((x) => x.facts.clientId === clientId)!;
  expect(aggregated.facts).toEqual(app.services.valuation.clientFacts(clientId).facts);
  const v = app.services.valuation.clientValuation(clientId);
  const row = app.services.valuation.portfolio().rows.find((r) => r.clientId === clientId)!;
  expect([row.revenueMinor, row.costToServeMinor, row.outstandingMinor, row.overdueMinor, row.health]).toEqual([
    v.figures.revenue.value,
    v.figures.costToServe.value,
    v.figures.outstanding.value,
    v.figures.overdue.value,
    v.health.score,
  ]);
  return v;
}

describe('other-currency invoices (issue 14, defect 4)', () => {
  it('without a rate they are left out and said to be: "Not included: €3,200.00 in 2 invoices"', async () => {
    const { clientId } = setUp();
    const v = expectPortfolioAgrees(clientId);
    expect(v.figures.revenue.value).toBe(1_000_000);
    expect(v.figures.outstanding.value).toBe(0);
    expect(v.figures.directCosts.value).toBe(0);
    // 200,000 + 120,000 = 320,000 euro cents
    expect(v.otherCurrencies).toEqual([{ currency: 'EUR', invoices: 2, amountMinor: 320_000, rate: null, convertedMinor: null }]);
    // the dashboard says the same of the whole portfolio (this client is all of it)
    expect(app.services.valuation.portfolio().otherCurrencies).toEqual(v.otherCurrencies);
    const pdf = await app.services.reports.valuePdf({ clientId, language: null });
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Not included: €3,200.00 in 2 invoices');
  });

  it('at 1 EUR = 35.2 TRY (rate of 20 Nov) they count, per invoice, and the portfolio counts them the same', async () => {
    const { clientId } = setUp();
    const view = await call(app, 'saveConversionRate', { currency: 'EUR', rate: 35.2, on: '2026-11-20' });
    expect(view.conversionRates).toEqual([{ currency: 'EUR', rate: 35.2, on: '2026-11-20' }]);
    const v = expectPortfolioAgrees(clientId);
    // E-1: 200,000 × 35.2 = 7,040,000 kuruş; E-2: 120,000 × 35.2 = 4,224,000
    // revenue 1,000,000 + 7,040,000 + 4,224,000 = 12,264,000
    expect(v.figures.revenue.value).toBe(12_264_000);
    expect(v.figures.revenue.params['invoices']).toEqual({ number: 3 });
    // collected in the window: 1,000,000 + 7,040,000 = 8,040,000
    expect(v.figures.collected.value).toBe(8_040_000);
    // E-2 open, 23 days overdue: 4,224,000 in 1–30 days
    expect(v.figures.outstanding.value).toBe(4_224_000);
    expect(v.figures.overdue.value).toBe(4_224_000);
    // the courier, EUR 100.00: 10,000 × 35.2 = 352,000
    expect(v.figures.directCosts.value).toBe(352_000);
    // the rate used, shown beside the figures: 7,040,000 + 4,224,000 = 11,264,000
    expect(v.otherCurrencies).toEqual([
      {
        currency: 'EUR',
        invoices: 2,
        amountMinor: 320_000,
        rate: { currency: 'EUR', rate: 35.2, on: '2026-11-20' },
        convertedMinor: 11_264_000,
      },
    ]);
    expect(app.services.valuation.portfolio().otherCurrencies).toEqual(v.otherCurrencies);
    const pdf = await app.services.reports.valuePdf({ clientId, language: null });
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Included: €3,200.00 in 2 invoices at 1 EUR = 35.2 TRY (rate of 20 Nov 2026): TRY 112,640.00');

    // removing the rate leaves them out again
    await call(app, 'saveConversionRate', { currency: 'EUR', rate: null, on: '2026-11-20' });
    expect(expectPortfolioAgrees(clientId).figures.revenue.value).toBe(1_000_000);
  });

  it('rounds each invoice to the kuruş, and converts a currency without minor units (JPY) by its own digits', async () => {
    const { clientId, invoice } = setUp();
    invoice('U-1', '2026-10-01', '2026-12-31', 33_333, 'USD'); // USD 333.33, not yet due
    invoice('J-1', '2026-10-01', '2026-12-31', 10_000, 'JPY'); // ¥10,000 (no minor unit)
    await call(app, 'saveConversionRate', { currency: 'USD', rate: 32.1234567, on: '2026-11-20' });
    await call(app, 'saveConversionRate', { currency: 'JPY', rate: 0.23, on: '2026-11-20' });
    const v = expectPortfolioAgrees(clientId);
    // USD: 33,333 × 32.1234567 = 1,070,771.18 → 1,070,771 kuruş
    // JPY: factor 0.23 × 10^(2 − 0) = 23 kuruş per yen; 10,000 × 23 = 230,000 kuruş (TRY 2,300.00)
    // revenue 1,000,000 (TRY) + 1,070,771 + 230,000 = 2,300,771 (EUR still left out)
    expect(v.figures.revenue.value).toBe(2_300_771);
    expect(v.otherCurrencies.map((o) => [o.currency, o.convertedMinor])).toEqual([
      ['EUR', null],
      ['JPY', 230_000],
      ['USD', 1_070_771],
    ]);
  });

  it('refuses a rate for the business currency itself, and a rate of 0', async () => {
    setUp();
    expect(await failure(app, 'saveConversionRate', { currency: 'TRY', rate: 1, on: '2026-11-20' })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await failure(app, 'saveConversionRate', { currency: 'EUR', rate: 0, on: '2026-11-20' })).toMatchObject({
      code: 'VALIDATION',
    });
  });
});
