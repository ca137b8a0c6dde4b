import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { sampleProfile } from '../helpers/temp-db';

let e2e: E2E;
let clientId = 0;
beforeAll(async () => {
  e2e = await startE2E({
    now: '2026-11-23T10:00:00.000Z',
    locale: 'tr-TR',
    setup: (app) => {
      app.services.settings.saveProfile({ ...sampleProfile, language: 'tr' });
      clientId = app.services.clients.create({
        name: 'Ayşe Çelik',
        clientSince: '2024-01-01',
        paymentTermsValue: 30,
      } as never).id;
    },
  });
});
afterAll(async () => {
  await e2e?.close();
});

describe('money typed the Turkish way, in Chromium', () => {
  it('12500,50 is twelve thousand five hundred and fifty kuruş, shown before saving; an ambiguous amount is refused', async () => {
    const { page, app } = e2e;
    await page.goto(`${e2e.url}#/clients/${clientId}?tab=money`);
    await page.getByRole('button', { name: 'Yeni fatura' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Fatura numarası').fill('F-1');
    await dialog.getByLabel('Düzenleme tarihi').fill('2026-11-01');
    const amount = dialog.getByLabel('Alınan tutar');

    // Read two ways (a decimal mark with three decimals, or an English thousands mark): refused.
    await amount.fill('1,234');
    await dialog.getByText(/₺1\.234,00 ya da ₺1,23 olabilir/).waitFor();
    await dialog.getByRole('button', { name: 'Kaydet' }).click();
    expect(app.services.money.ledger(clientId).invoices).toHaveLength(0);

    await amount.fill('12500,50');
    await dialog.getByText('₺12.500,50 olarak okundu').waitFor();
    await dialog.getByRole('button', { name: 'Kaydet' }).click();
    await page.getByTestId('invoice-F-1').getByText('₺12.500,50').first().waitFor();
    expect(app.services.money.ledger(clientId).invoices.map((i) => i.amountMinor)).toEqual([1_250_050]);
    expect(e2e.errors).toEqual([]);
  });
});
