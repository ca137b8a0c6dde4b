// The client statement for the collect-payment path (issue 16 item 11): invoices, payments,
// balance and ageing, hand-computed; the PDF in the client's language; the CLI's bytes equal
// the app's for the same creation time.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/main/cli';
import { statementOf } from '../../src/shared/domain/offboarding/statement';
import { pdfText } from '../helpers/report-fixtures';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';

let app: TempApp;
afterEach(() => app.close());

// the app's clock: 2026-11-23
function seed(a: TempApp) {
  a.services.settings.saveProfile(sampleProfile);
  const c = a.services.clients.create(newClient('Mehmet Kaya'));
  const inv = (number: string, issuedOn: string, dueOn: string, amountMinor: number, currency: string | null = null) =>
    a.services.money.createInvoice(c.id, {
      number,
      issuedOn,
      dueOn,
      amountMinor,
      listPriceMinor: null,
      currency,
      description: '',
    });
  const paid = inv('F-1', '2026-08-01', '2026-08-31', 500_000);
  a.services.money.addPayment(paid.id, { paidOn: '2026-08-30', amountMinor: 500_000, note: '' });
  const partly = inv('F-2', '2026-09-10', '2026-10-09', 1_250_000); // 45 days late on 23 Nov
  a.services.money.addPayment(partly.id, { paidOn: '2026-10-20', amountMinor: 250_000, note: '' });
  inv('F-3', '2026-09-01', '2026-09-01', 300_000); // 83 days late
  inv('F-4', '2026-11-20', '2026-12-20', 200_000); // not yet due
  inv('E-1', '2026-10-01', '2026-10-31', 320_000, 'EUR'); // another currency: listed apart
  return c;
}

describe('a client statement', () => {
  it('adds up invoices, payments and balance, and ages what is open', () => {
    app = createTempApp();
    const c = seed(app);
    const ledger = app.services.money.ledger(c.id);
    const m = statementOf(ledger.invoices, ledger.currency, ledger.today);
    // invoiced 5,000 + 12,500 + 3,000 + 2,000 = 22,500.00; paid 5,000 + 2,500 = 7,500.00; balance 15,000.00
    expect(m).toMatchObject({
      currency: 'TRY',
      asOf: '2026-11-23',
      invoicedMinor: 2_250_000,
      paidMinor: 750_000,
      balanceMinor: 1_500_000,
    });
    // F-2: 10,000.00 open, 45 days late → 31–60; F-3: 3,000.00, 83 days → 61–90; F-4 not yet due
    expect(m.ageing).toEqual({ current: 200_000, d1_30: 0, d31_60: 1_000_000, d61_90: 300_000, d90_plus: 0 });
    expect(m.lines.map((l) => [l.number, l.openMinor, l.daysLate])).toEqual([
      ['F-1', 0, 0],
      ['F-3', 300_000, 83],
      ['F-2', 1_000_000, 45],
      ['F-4', 200_000, 0],
    ]);
    expect(m.otherCurrency.map((l) => l.number)).toEqual(['E-1']);
  });

  it('prints in the client’s language, and the CLI writes the same bytes', async () => {
    app = createTempApp();
    const c = seed(app);
    const at = { createdAt: '2026-11-23T10:00:00.000Z', timeZone: 'Europe/Istanbul', language: 'tr' as const };
    const r = await app.services.offboarding.statementPdf(c.id, at);
    const text = await pdfText(r.bytes);
    for (const s of [
      'Hesap ekstresi',
      'Mehmet Kaya',
      '₺22.500,00',
      '₺7.500,00',
      '₺15.000,00',
      '31–60 gün',
      '₺10.000,00',
      'F-3',
      'toplamlara dahil değil',
    ])
      expect(text).toContain(s);
    const file = join(app.dir, 'ekstre.pdf');
    const io = { out: () => undefined, err: () => undefined };
    const args = [
      'statement',
      '--db',
      app.database.path,
      '--client',
      'Mehmet Kaya',
      '--out',
      file,
      '--lang',
      'tr',
      '--created-at',
      at.createdAt,
      '--tz',
      at.timeZone,
    ];
    expect(await runCli(args, io)).toBe(0);
    expect(Buffer.compare(readFileSync(file), r.bytes)).toBe(0);
    expect(await runCli(args, io)).toBe(2); // never replaced
  });

  it('is saved where the owner chooses, or not at all', async () => {
    app = createTempApp();
    const c = seed(app);
    expect(await app.api.exportClientStatement({ clientId: c.id })).toEqual({ status: 'cancelled' });
    const path = join(app.dir, 'statement.pdf');
    app.dialogs.queue.save.push(path);
    expect(await app.api.exportClientStatement({ clientId: c.id })).toMatchObject({ status: 'saved', path, pages: 1 });
    expect(await pdfText(readFileSync(path))).toContain('Statement of account');
  });
});
