import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startE2E, type E2E } from './harness';
import { call } from '../helpers/call';
import { sampleProfile } from '../helpers/temp-db';

let e2e: E2E;
const usb = mkdtempSync(join(tmpdir(), 'cd-usb-'));
beforeAll(async () => {
  e2e = await startE2E({ setup: (app) => app.services.settings.saveProfile(sampleProfile) });
});
afterAll(async () => {
  await e2e?.close();
  rmSync(usb, { recursive: true, force: true });
});

describe('data safety in Chromium', () => {
  it('back up now → back up to a USB folder → add a client → restore with preview → way back', async () => {
    const { page, app } = e2e;
    await call(app.api, 'createClient', { name: 'Kept Client' });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Backups and restore' }).click();
    await page.getByRole('heading', { name: 'Data safety' }).waitFor();
    await page.getByText('No backups yet').waitFor();

    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/Backup made and verified/).waitFor();
    await page.getByTestId('backups').getByText('Verified').waitFor();

    app.dialogs.queue.folder.push(usb);
    await page.getByRole('button', { name: 'Back up to a folder…' }).click();
    await expect.poll(() => readdirSync(usb).filter((f) => f.endsWith('.db')).length).toBe(1);

    app.clock.advance(3_600_000);
    await call(app.api, 'createClient', { name: 'Added Later' });

    await page
      .getByRole('button', { name: /^Restore… / })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Restore this backup?').waitFor();
    await dialog.getByText(/Database intact, journal chains verified/).waitFor();
    expect(await dialog.getByTestId('restore-count-clients').innerText()).toMatch(/1\s+2/);
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText(/Your previous data was kept as/).waitFor();

    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByText('Kept Client').waitFor();
    expect(await page.getByText('Added Later').count()).toBe(0);

    // The way back is in the list: the backup made before the restore holds both clients.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Backups and restore' }).click();
    await page.getByText('Before a restore').waitFor();
    const backups = await call(app.api, 'listBackups');
    expect(backups.find((b) => b.reason === 'before-restore')?.counts['clients']).toBe(2);
    expect(e2e.errors).toEqual([]);
  });

  it('import clients from a CSV: rows checked with row numbers, nothing imported until all are valid', async () => {
    const { page, app } = e2e;
    const bad = join(usb, 'bad.csv');
    writeFileSync(bad, '\uFEFFName,E-mail\r\nImported One,one@example.com\r\nImported Two,not-an-email\r\n');
    app.dialogs.queue.open.push([bad]);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
    await page.getByText('bad.csv: 2 rows').waitFor();
    await page.getByRole('button', { name: 'Check the rows' }).click();
    const report = page.getByTestId('import-report');
    await report.getByText('1 of 2 rows are valid').waitFor();
    await report.getByRole('cell', { name: 'Enter a valid e-mail address.' }).waitFor();
    expect(await report.getByRole('row').nth(1).innerText()).toMatch(/^3\s+E-mail/);
    expect(await report.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);

    const good = join(usb, 'good.csv');
    writeFileSync(good, 'Name,E-mail\nImported One,one@example.com\nImported Two,two@example.com\n');
    app.dialogs.queue.open.push([good]);
    await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByText('Imported 2 rows').waitFor();
    const names = (await call(app.api, 'listClients')).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Imported One', 'Imported Two']));
    expect(e2e.errors).toEqual([]);
  });
});
