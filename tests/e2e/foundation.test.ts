import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('foundation flow in Chromium', () => {
  it('first-run setup → create → search → edit → archive → Turkish labels and numbers', async () => {
    const { page, app } = e2e;
    await page.getByRole('heading', { name: 'Welcome to Client Dossier' }).waitFor();

    // Submitting empty shows translated inline errors and saves nothing.
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('Required.').first().waitFor();
    expect((await app.api.getSettings(undefined)).profile).toBeNull();

    await page.getByLabel('Business name').fill('Atölye Studio');
    await page.getByLabel("Owner's name").fill('Ayşe Yılmaz');
    await page.getByLabel("Owner's title").fill('Kurucu');
    await page.getByLabel('Monthly cost of people and overhead').fill('120000');
    await page.getByLabel('Paid hours per month').fill('160');
    // The hourly rate is shown live: 120,000 / (160 × 80 %) = 937.50
    await page.getByTestId('hourly-rate').getByText('937.50').first().waitFor();
    await page.getByRole('button', { name: 'Start' }).click();

    await page.getByTestId('business-name').getByText('Atölye Studio').waitFor();
    expect((await app.api.getSettings(undefined)).profile?.ownerName).toBe('Ayşe Yılmaz');

    // Create a client.
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByText('No clients yet').waitFor();
    await page.getByRole('button', { name: 'New client' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Mehmet Kaya');
    await dialog.getByLabel('Company').fill('Kaya İnşaat');
    await dialog.getByLabel('E-mail').fill('not-an-email');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Enter a valid e-mail address.').waitFor();
    await dialog.getByLabel('E-mail').fill('mehmet@kaya.com.tr');
    await dialog.getByLabel('Acquisition cost').fill('2500');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Mehmet Kaya' }).waitFor();

    // Another client, then find the first by search.
    await page.getByRole('link', { name: 'Clients' }).first().click();
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Leyla Əliyeva');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Leyla Əliyeva' }).waitFor();
    await page.getByRole('link', { name: 'Clients' }).first().click();
    await page.getByText('2 clients').waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('inşaat');
    await page.getByText('1 client', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Mehmet Kaya' }).click();

    // Edit it.
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('dialog').getByLabel('Phone').fill('+90 532 111 22 33');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByText('+90 532 111 22 33').waitFor();
    const [mehmet] = await app.api.listClients({ search: 'Mehmet', status: null, includeArchived: false });
    expect(mehmet?.phone).toBe('+90 532 111 22 33');
    expect(mehmet?.acquisitionCostMinor).toBe(250_000);

    // Archive it, after a confirmation.
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('dialog').getByText('Nothing is deleted').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('button', { name: 'Restore' }).waitFor();
    expect((await app.api.getClient({ id: mehmet!.id })).archivedAt).not.toBeNull();

    // Switch to Turkish: Turkish labels and Turkish number formatting.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Türkçe' }).click();
    await page.getByRole('button', { name: 'Kaydet', exact: true }).click();
    await page.getByRole('link', { name: 'Müşteriler' }).waitFor();
    await page.getByTestId('hourly-rate').getByText('937,50').first().waitFor();
    expect((await app.api.getSettings(undefined)).profile?.language).toBe('tr');
    await page.getByRole('link', { name: 'Müşteriler' }).click();
    await page.getByRole('heading', { name: 'Müşteriler' }).waitFor();
    await page.getByText('1 müşteri').waitFor();
    expect(e2e.errors).toEqual([]);
  });
});
