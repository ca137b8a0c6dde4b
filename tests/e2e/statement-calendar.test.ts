// The client statement (PDF) and the Due list's calendar file (.ics), in Chromium on the real API,
// for an owner working in Azerbaijani: from the client's Offboarding tab the statement of account
// is saved where the owner chooses (nothing when the save dialog is cancelled) and prints the
// invoices, balance and ageing in Azerbaijani; from the Offboarding page the due dates go into
// the calendar file, one all-day event each, their titles in Azerbaijani.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startE2E, type E2E } from './harness';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';
import { pdfText } from '../helpers/report-fixtures';
import { newClient, sampleProfile } from '../helpers/temp-db';
import { formatMoney } from '../../src/shared/domain/format';

let e2e: E2E;
let clientId = 0;
beforeAll(async () => {
  e2e = await startE2E({
    locale: 'az-AZ',
    setup: (app) => {
      clientId = seedDifficultClient(app).client.id;
      app.services.settings.saveProfile({ ...sampleProfile, language: 'az' });
      // a part payment on the open invoice, and a second one not yet due
      const [open] = app.services.money.ledger(clientId).invoices;
      app.services.money.addPayment(open!.id, { paidOn: '2026-11-10', amountMinor: 250_000, note: '' });
      app.services.money.createInvoice(clientId, {
        number: 'F-2026-021',
        issuedOn: '2026-11-20',
        dueOn: '2026-12-20',
        amountMinor: 400_000,
        listPriceMinor: null,
        currency: null,
        description: '',
      });
      // a payment promised by 30 November, and another client's reply needed by 4 December: two due dates
      const pay = app.services.offboarding.start(clientId, 'collect_payment').id;
      app.services.offboarding.save(pay, 'invoices', {}, false);
      app.services.offboarding.save(pay, 'reminder', { sentOn: '2026-11-23', payBy: '2026-11-30', letter: 'Xatırlatma' }, false);
      const other = app.services.clients.create(newClient('Leyla Əliyeva')).id;
      const quiet = app.services.offboarding.start(other, 'silence_delays').id;
      app.services.offboarding.save(
        quiet,
        'waiting',
        { waitingFor: 'loqonun təsdiqi', requestedOn: '2026-11-10', blockedWork: 'çap işi' },
        false,
      );
      app.services.offboarding.save(quiet, 'letter', { sentOn: '2026-11-23', replyBy: '2026-12-04', letter: 'Məktub' }, false);
    },
  });
});
afterAll(async () => {
  await e2e?.close();
});

const money = (minor: number) => formatMoney(minor, 'TRY', 'az');

describe('the statement and the calendar file, in Chromium (Azerbaijani)', () => {
  it('saves the statement of account and the due dates where the owner chooses', async () => {
    const { page, app, url } = e2e;
    await page.goto(`${url}#/clients/${clientId}?tab=offboarding`);
    const button = page.getByRole('button', { name: 'Müştəri çıxarışı (PDF)' });
    await button.waitFor();

    // the save dialog cancelled: nothing is written, nothing is said
    await button.click();
    await expect.poll(() => app.dialogs.requests.filter((r) => r.kind === 'save').length).toBe(1);
    expect(await page.getByText('Çıxarış saxlanıldı').count()).toBe(0);

    const statement = join(app.dir, 'çıxarış.pdf');
    app.dialogs.queue.save.push(statement);
    await button.click();
    await page.getByText(`Çıxarış saxlanıldı: ${statement}`).waitFor();
    const text = (await pdfText(new Uint8Array(readFileSync(statement)))).replace(/\s+/g, ' ');
    // invoiced 12,500 + 4,000; paid 2,500; balance 14,000: 10,000 23 days late, 4,000 not yet due
    for (const s of [
      'Hesab çıxarışı',
      'Mehmet Kaya',
      'F-2026-017',
      'F-2026-021',
      money(1_650_000),
      money(250_000),
      money(1_400_000),
      money(1_000_000),
      '1–30 gün',
      'Vaxtı çatmayıb',
    ])
      expect(text, s).toContain(s.replace(/\s+/g, ' '));
    expect(text).not.toContain('Statement of account');

    // the Due list, into the calendar
    await page.getByRole('link', { name: 'Ayrılma prosesi' }).first().click();
    const due = page.getByTestId('due-list');
    await due.getByText('Vəd edilən ödəniş tarixi').waitFor();
    const ics = join(app.dir, 'tarixlər.ics');
    app.dialogs.queue.save.push(ics);
    await due.getByRole('button', { name: 'Təqvimimə əlavə et (.ics)' }).click();
    await page.getByText('Təqviminiz üçün 2 tarix saxlanıldı.').waitFor();
    expect(existsSync(ics)).toBe(true);
    const calendar = readFileSync(ics, 'utf8').replace(/\r\n /g, '');
    expect(calendar).toContain('X-WR-CALNAME:Client Dossier — yaxınlaşan tarixlər');
    const events = calendar.split('BEGIN:VEVENT').slice(1);
    expect(events.map((e) => [/DTSTART;VALUE=DATE:(\d+)/.exec(e)?.[1], /SUMMARY;LANGUAGE=az:(.*)\r\n/.exec(e)?.[1]])).toEqual([
      ['20261130', 'Vəd edilən ödəniş tarixi: Mehmet Kaya'],
      ['20261204', 'İzləmə görüşü: Leyla Əliyeva'],
    ]);
    expect(e2e.errors).toEqual([]);
  }, 60_000);
});
