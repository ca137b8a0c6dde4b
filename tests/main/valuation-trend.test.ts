// Issue 14, defect 2 (second half): the seed's trend sign "pays later each cycle", shown with its
// invoices, never part of a score (real temp database; src/shared/domain/valuation-trend.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { valueModel } from '../../src/main/reports/models';
import { pdfText } from '../helpers/report-fixtures';

let app: TempApp;
afterEach(() => app?.close());

function setUp() {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  app.services.settings.saveProfile(sampleProfile);
  const c = app.services.clients.create(newClient('Kaya', { clientSince: '2020-01-01' }));
  /** an invoice of 100,000 due on `dueOn`, paid in full `late` days after it (null: still open) */
  const invoice = (number: string, issuedOn: string, dueOn: string, paidOn: string | null) => {
    const inv = app.services.money.createInvoice(c.id, {
      number,
      issuedOn,
      dueOn,
      amountMinor: 100_000,
      listPriceMinor: null,
      currency: null,
      description: '',
    });
    if (paidOn) app.services.money.addPayment(inv.id, { paidOn, amountMinor: 100_000, note: '' });
    return inv.id;
  };
  return { clientId: c.id, invoice };
}

const paysLate = (clientId: number) =>
  app.services.valuation.clientValuation(clientId).flags.find((f) => f.sign === 'pays_late')!;

describe('pays later each cycle (issue 14, defect 2)', () => {
  it('3, 10 and 21 days late on three cycles is a trend, shown with its invoices; a punctual fourth ends it and no score moves', async () => {
    const { clientId, invoice } = setUp();
    // due 31 Jul, 31 Aug, 30 Sep; paid 3 Aug (3 days), 10 Sep (10), 21 Oct (21): 3 < 10 < 21, and 21 > 7 (grace)
    const a = invoice('A-1', '2026-07-01', '2026-07-31', '2026-08-03');
    const b = invoice('A-2', '2026-08-01', '2026-08-31', '2026-09-10');
    const c = invoice('A-3', '2026-09-01', '2026-09-30', '2026-10-21');
    const v = app.services.valuation.clientValuation(clientId);
    expect(v.trend).toEqual({ invoiceIds: [a, b, c], daysLate: [3, 10, 21] });
    // the late-payment score without the trend: invoices beyond the grace are,
    // weight 10/30 + 21/30 = 31/30 = 1.0333 events → 1.0333 × 0.25 = 0.2583 (a note)
    const before = paysLate(clientId);
    expect(before.score).toBeCloseTo(31 / 120, 10);
    expect(before.level).toBe('note');
    expect(before.invoiceIds).toEqual([b, c]);
    // health 1 − 0.4 × 0.2583 = 0.8967 → 90
    expect(v.health.score).toBe(90);
    // the value report names the trend's invoices
    const model = valueModel(
      app.services.ctx,
      { settings: app.services.settings, clients: app.services.clients, valuation: app.services.valuation, version: 't' },
      clientId,
    );
    expect(model.evidence.invoices.map((i) => i.number).sort()).toEqual(['A-1', 'A-2', 'A-3']);
    const pdf = await app.services.reports.valuePdf({ clientId, language: null });
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Pays later each cycle');
    expect(text).toContain('Days late rose with each of the last 3 invoices: 3 → 10 → 21 days');
    expect(text).toMatch(/invoice A-1 \(.*invoice A-2 \(.*invoice A-3 \(/);

    // a fourth cycle paid on its due date (0 days): the run at the end is [0], no trend; the score is unchanged
    invoice('A-4', '2026-10-01', '2026-10-31', '2026-10-31');
    const after = app.services.valuation.clientValuation(clientId);
    expect(after.trend).toBeNull();
    expect(paysLate(clientId).score).toBe(before.score);
    expect(after.health.score).toBe(90);

    // a fifth due 10 Nov, paid 22 Nov (12 days late): the run at the end is [0, 12], it rises
    // but holds 2 invoices, fewer than 3: no trend
    invoice('A-5', '2026-11-01', '2026-11-10', '2026-11-22');
    expect(app.services.valuation.clientValuation(clientId).trend).toBeNull();
  });

  it('a rise within the grace period (1, 3, 5 days) is ordinary life, not a trend; the what-if moves every cycle alike', () => {
    const { clientId, invoice } = setUp();
    invoice('B-1', '2026-07-01', '2026-07-31', '2026-08-01');
    invoice('B-2', '2026-08-01', '2026-08-31', '2026-09-03');
    invoice('B-3', '2026-09-01', '2026-09-30', '2026-10-05');
    expect(app.services.valuation.clientValuation(clientId).trend).toBeNull();
    // +5 days on every invoice: 6, 8, 10, the last beyond 7: a trend
    const v = app.services.valuation.clientValuation(clientId, { pricePct: 0, timePct: 0, daysLateChange: 5 });
    expect(v.trend?.daysLate).toEqual([6, 8, 10]);
  });

  it('an invoice still open past its due date counts with its running delay, and the portfolio agrees', () => {
    const { clientId, invoice } = setUp();
    invoice('C-1', '2026-08-01', '2026-08-31', '2026-09-05'); // 5 days
    invoice('C-2', '2026-09-01', '2026-09-30', '2026-10-15'); // 15 days
    invoice('C-3', '2026-10-01', '2026-10-31', null); // open: 23 Nov − 31 Oct = 23 days
    const v = app.services.valuation.clientValuation(clientId);
    expect(v.trend?.daysLate).toEqual([5, 15, 23]);
    const aggregated = app.services.valuation.portfolioFacts().find((c) => c.facts.clientId === clientId)!;
    expect(aggregated.facts).toEqual(app.services.valuation.clientFacts(clientId).facts);
  });
});
