// Issue 14, items 8–11 against a real temp database: the service's recommendation, what parting
// changes, the owner's settings for both (stored in the settings table, no migration), delivery
// estimates and the paid capacity they cover. Rate 120,000 TRY ÷ (160 h × 80 %) = 937.50 an hour.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { defaultValuationSettings } from '../../src/shared/domain/valuation';
import { pdfText } from '../helpers/report-fixtures';

let app: TempApp;
afterEach(() => app?.close());

const rate = 93_750;

/** The pleasant client of the issue: 7½ years, −3.1 % margin, TRY 27,000 a year above direct costs. */
function pleasantClient(status?: 'former') {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  app.services.settings.saveProfile(sampleProfile);
  const c = app.services.clients.create(newClient('Demir', { clientSince: '2019-05-01', ...(status ? { status } : {}) }));
  for (const [n, issuedOn] of [
    ['D-1', '2026-03-01'],
    ['D-2', '2026-09-01'],
  ] as const) {
    const inv = app.services.money.createInvoice(c.id, {
      number: n,
      issuedOn,
      dueOn: issuedOn,
      amountMinor: 4_840_000,
      listPriceMinor: null,
      currency: null,
      description: '',
    });
    app.services.money.addPayment(inv.id, { paidOn: issuedOn, amountMinor: 4_840_000, note: '' });
    app.services.money.addDirectCost(c.id, {
      incurredOn: issuedOn,
      amountMinor: 3_490_000,
      description: 'Print',
      currency: null,
    });
  }
  for (let i = 0; i < 32; i++)
    app.services.journal.add({
      clientId: c.id,
      kind: 'meeting',
      channel: 'in_person',
      occurredAt: new Date(Date.UTC(2026, 0, 5 + 7 * i, 10)).toISOString(),
      summary: 'Weekly review',
      durationMinutes: 60,
    });
  return c.id;
}

function row(clientId: number) {
  return app.services.valuation.portfolio().rows.find((r) => r.clientId === clientId)!;
}

describe('honest economics on the service (issue 14)', () => {
  it('the pleasant, slightly unprofitable client: keep and reset terms, never refer or part ways', () => {
    const id = pleasantClient();
    const v = app.services.valuation.clientValuation(id);
    // 9,680,000 − 6,980,000 − 32 h × 93,750 (3,000,000) = −300,000: −3.1 %
    expect(v.figures.margin.value).toBe(-300_000);
    expect(v.recommendation.action).toBe('reset_terms');
    expect(v.recommendation.reasons.map((r) => r.key)).toContain('smallLoss');
    // parting: 6,980,000 saved + 32 h × 93,750 × 50 % (1,500,000) − 9,680,000 lost = −1,200,000
    expect(v.figures.partingChange.value).toBe(-1_200_000);
    expect(row(id).action).toBe('reset_terms');
  });

  it('the owner’s small-loss threshold and share of freed time are settings: saved, read back, and used', async () => {
    const id = pleasantClient();
    const saved = await app.api.saveValuationSettings({ ...defaultValuationSettings, smallLossPct: 0.01, refillShare: 1 });
    expect(saved.valuation).toMatchObject({ smallLossPct: 0.01, refillShare: 1 });
    // every freed hour resold: 6,980,000 + 3,000,000 − 9,680,000 = +300,000 a year → a real loss
    const v = app.services.valuation.clientValuation(id);
    expect(v.figures.partingChange.value).toBe(300_000);
    expect(v.recommendation.action).toBe('refer_elsewhere');
    expect(row(id).action).toBe('refer_elsewhere');
  });

  it('value settings saved before these fields existed still read, with the defaults for the new ones', () => {
    pleasantClient();
    app.services.valuation.saveValuationSettings(defaultValuationSettings);
    const { smallLossPct: _s, refillShare: _r, ...old } = { ...defaultValuationSettings, windowMonths: 6 };
    app.services.ctx.sqlite.prepare(`UPDATE settings SET value = ? WHERE key = 'valuation'`).run(JSON.stringify(old));
    expect(app.services.valuation.valuationSettings()).toMatchObject({ windowMonths: 6, smallLossPct: 0.05, refillShare: 0.5 });
  });

  it('a former client is never told to part ways, on its page or in the portfolio', () => {
    const id = pleasantClient('former');
    for (const day of ['2026-10-01', '2026-10-08'])
      app.services.journal.add({
        clientId: id,
        kind: 'incident_abuse',
        channel: 'phone',
        occurredAt: `${day}T10:00:00.000Z`,
        summary: 'Shouted',
        signs: ['abusive'],
        severity: 'high',
      });
    const v = app.services.valuation.clientValuation(id);
    expect(v.flags.find((f) => f.sign === 'abusive')?.level).toBe('flag');
    expect(v.recommendation.action).toBe('former');
    expect(row(id).action).toBe('former');
  });

  it('a prospect gets its screening verdict only, never "losing money" or "demands attention"', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    app.services.settings.saveProfile(sampleProfile);
    const p = app.services.clients.create(newClient('Aday', { status: 'prospect' }));
    // three hour-long meetings and no revenue: as a client, a loss of 3 × 93,750 = 281,250
    for (const day of ['2026-11-02', '2026-11-09', '2026-11-16'])
      app.services.journal.add({
        clientId: p.id,
        kind: 'meeting',
        channel: 'in_person',
        occurredAt: `${day}T10:00:00.000Z`,
        summary: 'Pitch',
        durationMinutes: 60,
      });
    let v = app.services.valuation.clientValuation(p.id);
    expect(v.figures.margin.value).toBe(-281_250);
    expect(v.recommendation).toEqual({ action: 'screen', reasons: [{ key: 'prospect', params: {} }] });
    await app.api.screenProspect({
      clientId: p.id,
      answers: {
        demand_confirmed: 'yes',
        expectations_clear: 'yes',
        can_serve: 'yes',
        price_right: 'yes',
        references_checked: 'yes',
        public_complaints_habit: 'yes',
        early_warning_signs: 'no',
      },
    });
    v = app.services.valuation.clientValuation(p.id);
    expect(v.recommendation).toEqual({ action: 'screen', reasons: [{ key: 'prospect_no_go', params: {} }] });
  });

  it('delivery estimates are costed, and the dashboard shows how much of the paid capacity clients’ time covers', async () => {
    const id = pleasantClient();
    const other = app.services.clients.create(newClient('Kaya', { clientSince: '2020-01-01' }));
    const v = await app.api.saveDeliveryHours({ clientId: id, hoursPerMonth: 10 });
    // 10 h a month × 12 months = 120 h × 93,750 = 11,250,000
    expect(v.deliveryHoursPerMonth).toBe(10);
    expect(v.figures.deliveryCost.value).toBe(11_250_000);
    expect(v.figures.timeCost.value).toBe(3_000_000);
    expect(v.figures.costToServe.value).toBe(3_000_000 + 11_250_000 + 6_980_000);
    expect(v.figures.margin.value).toBe(9_680_000 - 21_230_000);
    const p = app.services.valuation.portfolio();
    expect(p.rows.find((r) => r.clientId === id)!.costToServeMinor).toBe(21_230_000);
    // paid: 160 h × 80 % = 128 practical hours a month × 12 = 1,536 h, costing 120,000 × 12 = 1,440,000 TRY
    // assigned: 32 h logged + 120 h delivery = 152 h (9.9 %); unassigned 1,384 h × 93,750 = 129,750,000
    expect(p.capacity).toEqual({
      paidHours: 1_536,
      paidCostMinor: 144_000_000,
      assignedHours: 152,
      loggedHours: 32,
      deliveryHours: 120,
      coveredShare: 152 / 1_536,
      unassignedHours: 1_384,
      unassignedCostMinor: 129_750_000,
      marginAfterUnassignedMinor: -11_550_000 - 129_750_000,
    });
    expect(p.totals.marginMinor).toBe(-11_550_000);
    // the client page carries the same coverage (the value report prints it)
    expect(app.services.valuation.clientValuation(other.id).capacity).toEqual(p.capacity);
    // 0 removes the estimate
    const cleared = await app.api.saveDeliveryHours({ clientId: id, hoursPerMonth: 0 });
    expect(cleared.figures.deliveryCost).toMatchObject({ value: 0, how: 'deliveryNone' });
    expect(app.services.valuation.deliveryHours()).toEqual({});
    await expect(app.api.saveDeliveryHours({ clientId: id, hoursPerMonth: 800 })).rejects.toThrow();
  });

  it('the value report prints the capacity coverage and never calls the total profit', async () => {
    const id = pleasantClient();
    const r = await app.services.reports.valuePdf({ clientId: id, language: 'en' });
    const text = (await pdfText(r.bytes)).replace(/\s+/g, ' ');
    // 32 logged hours of 1,536 paid practical hours (2.1 %); 1,504 h × 937.50 = TRY 1,410,000 unassigned
    expect(text).toContain('Clients’ time covers 32 of 1,536 paid practical hours (2.1%)');
    expect(text).toContain('Unassigned: 1,504 h, costing TRY 1,410,000.00');
    expect(text).toContain('The total client margin is not profit');
    expect(text).toContain('What parting changes');
    expect(1_504 * rate).toBe(141_000_000);
  });
});
