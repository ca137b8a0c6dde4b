import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { sampleProfile } from '../helpers/temp-db';
import { appendJournalEntries } from '../../src/main/journal/chain';

let e2e: E2E;
let clientId = 0;
beforeAll(async () => {
  e2e = await startE2E({
    now: '2026-11-23T10:00:00.000Z',
    setup: (app) => {
      app.services.settings.saveProfile(sampleProfile); // 937.50 TRY per hour
      clientId = app.services.clients.create({ name: 'Mehmet Kaya', clientSince: '2024-01-01', paymentTermsValue: 30 } as never).id;
    },
  });
});
afterAll(async () => {
  await e2e?.close();
});

describe('client value calculator in Chromium', () => {
  it('invoices, a late payment and logged interactions → figures → what-if → late-payment evidence → whale curve', async () => {
    const { page, app } = e2e;
    await page.goto(`${e2e.url}#/clients/${clientId}?tab=money`);
    await page.getByText('No invoices yet').waitFor();

    // Two invoices through the Money tab; the second takes its due date from the payment terms.
    await page.getByRole('button', { name: 'New invoice' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Invoice number').fill('INV-1');
    await dialog.getByLabel('Issued on').fill('2026-09-01');
    await dialog.getByLabel('Due on').fill('2026-09-15');
    await dialog.getByLabel('Amount charged').fill('10000');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('invoice-INV-1').waitFor();
    await page.getByRole('button', { name: 'New invoice' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Invoice number').fill('INV-2');
    await dialog.getByLabel('Issued on').fill('2026-11-01');
    await dialog.getByLabel('Amount charged').fill('5000');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('invoice-INV-2').getByText('1 Dec 2026').waitFor();

    // A late payment: INV-1 paid 40 days after its due date.
    await page.getByTestId('invoice-INV-1').getByRole('button', { name: 'Add payment' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Paid on').fill('2026-10-25');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('invoice-INV-1').getByText('40 days').waitFor();
    await page.getByTestId('money-totals').getByText('TRY 15,000.00').waitFor();

    // Logged interactions (the journal screens come with the journal issue; its core API is used here).
    appendJournalEntries(app.services.ctx, [
      { clientId, kind: 'call', channel: 'phone', occurredAt: '2026-10-01T10:00:00.000Z', durationMinutes: 45, summary: 'Scope call' },
      { clientId, kind: 'meeting', channel: 'in_person', occurredAt: '2026-10-02T10:00:00.000Z', summary: 'Kick-off' },
      { clientId, kind: 'payment_reminder', channel: 'email', occurredAt: '2026-10-10T10:00:00.000Z', summary: 'Reminder' },
    ]);

    // The valuation: revenue 15,000; time 45 + 60 + 10 minutes × 937.50/h = 1,796.88; margin 13,203.12.
    await page.getByRole('tab', { name: 'Value' }).click();
    await page.getByTestId('figure-revenue-value').getByText('TRY 15,000.00').waitFor();
    await page.getByTestId('figure-timeCost-value').getByText('TRY 1,796.88').waitFor();
    await page.getByTestId('figure-margin-value').getByText('TRY 13,203.12').waitFor();
    await page.getByTestId('figure-timeCost').getByText('How is this computed?').click();
    await page.getByTestId('figure-timeCost').getByText('115 minutes (1.9 h) × TRY 937.50 per hour', { exact: false }).waitFor();

    // What-if: +10 % price moves revenue and margin live.
    const price = page.getByRole('slider', { name: 'Price change' });
    await price.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('figure-revenue-value').getByText('TRY 16,500.00').waitFor();
    await page.getByTestId('figure-margin-value').getByText('TRY 14,703.12').waitFor();
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByTestId('figure-revenue-value').getByText('TRY 15,000.00').waitFor();

    // The late-payment flag is raised (a late invoice and a reminder) and links to the late invoice.
    const flag = page.getByTestId('flag-pays_late');
    await flag.getByText('Raised').waitFor();
    const inv1 = (await app.api.getLedger({ clientId })).invoices.find((i) => i.number === 'INV-1')!;
    await flag.getByTestId(`evidence-invoice-${inv1.id}`).getByText('Invoice INV-1 (40 days)').click();
    await page.locator(`#invoice-row-${inv1.id}[aria-current="true"]`).waitFor();

    // The dashboard's whale curve includes the client (table view).
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const whale = page.getByTestId('chart-whale');
    await whale.locator('canvas').waitFor();
    await whale.getByRole('button', { name: 'Show as table' }).click();
    await whale.getByRole('cell', { name: 'Mehmet Kaya' }).waitFor();
    await whale.getByRole('cell', { name: 'TRY 13,203.12' }).first().waitFor();
    expect(e2e.errors).toEqual([]);
  });

  it('explores with sample data from the first-run screen and removes it in one step', async () => {
    const fresh = await startE2E({ now: '2026-11-23T10:00:00.000Z' });
    try {
      const { page, app } = fresh;
      await page.getByRole('button', { name: 'Explore with sample data' }).click();
      await page.getByTestId('chart-whale').waitFor();
      await page.getByRole('heading', { name: 'Most at risk' }).waitFor();
      expect(app.services.sampleData.status().sampleClients).toBe(40);
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Sample data' }).click();
      await page.getByTestId('sample-data').getByRole('button', { name: 'Remove sample data' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Remove sample data' }).click();
      await page.getByRole('heading', { name: 'Welcome to Client Dossier' }).waitFor();
      expect(app.services.sampleData.status()).toMatchObject({ sampleClients: 0, canLoad: true });
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
