import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { sampleProfile } from '../helpers/temp-db';
import { appendJournalEntries } from '../../src/main/journal/chain';

// Chromium claims Azerbaijani but has no data for it: without the app's own (FormatJS) data this
// screen shows `AZN 262,424.00`, `99.5%` and `2026 M11 23`.
let e2e: E2E;
let clientId = 0;
beforeAll(async () => {
  e2e = await startE2E({
    now: '2026-11-23T10:00:00.000Z',
    locale: 'az-AZ',
    setup: (app) => {
      app.services.settings.saveProfile({ ...sampleProfile, language: 'az', currency: 'AZN' }); // 937.50 ₼ per hour
      clientId = app.services.clients.create({ name: 'Leyla Məmmədova', clientSince: '2024-01-01' } as never).id;
      const inv = app.services.money.createInvoice(clientId, {
        number: 'A-1',
        issuedOn: '2026-09-01',
        dueOn: '2026-09-15',
        amountMinor: 26_242_400,
        listPriceMinor: null,
        currency: null,
        description: '',
      });
      app.services.money.addPayment(inv.id, { paidOn: '2026-09-10', amountMinor: 26_242_400, note: '' });
      // 80 minutes × 937.50 ₼/h = 1,250 ₼: margin 261,174 ₼ of 262,424 ₼ = 99.5 %
      appendJournalEntries(app.services.ctx, [
        {
          clientId,
          kind: 'call',
          channel: 'phone',
          occurredAt: '2026-10-01T10:00:00.000Z',
          durationMinutes: 80,
          summary: 'Zəng',
        },
      ]);
    },
  });
});
afterAll(async () => {
  await e2e?.close();
});

describe('Azerbaijani numbers, money, percentages and dates in Chromium', () => {
  it('the dashboard shows 262.424,00 ₼ and a spelled-out month', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.url}#/`);
    await page.getByText('262.424,00 ₼').first().waitFor();
    await page.getByText('261.174,00 ₼').first().waitFor();
    await page
      .getByText(/23 noy 2026/)
      .first()
      .waitFor();
    const body = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(body).not.toMatch(/AZN\s?[\d,.]+|M\d{1,2} \d/);
    expect(e2e.errors).toEqual([]);
  });

  it("the client's Value tab shows money, a percent with a decimal comma and dates the Azerbaijani way", async () => {
    const { page } = e2e;
    await page.goto(`${e2e.url}#/clients/${clientId}?tab=value`);
    await page.getByTestId('figure-revenue-value').getByText('262.424,00 ₼').waitFor();
    await page.getByTestId('figure-timeCost-value').getByText('1.250,00 ₼').waitFor();
    await page.getByTestId('figure-marginPct-value').getByText('99,5%').waitFor();
    await page
      .getByText(/23 noy 2026/)
      .first()
      .waitFor();

    // the what-if slider's label is a signed percent in the same style
    const price = page.getByRole('slider').first();
    await price.focus();
    await page.keyboard.press('ArrowRight');
    await page
      .getByText(/: \+5%$/)
      .first()
      .waitFor();

    const body = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(body).not.toMatch(/AZN\s?[\d,.]+|M\d{1,2} \d|\d %/);
    expect(e2e.errors).toEqual([]);
  });
});
