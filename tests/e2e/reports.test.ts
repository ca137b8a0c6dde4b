import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startE2E, type E2E } from './harness';
import { pdfText, seedDossierClient, tamperEntry } from '../helpers/report-fixtures';
import { createTempApp } from '../helpers/temp-db';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('reports in Chromium', () => {
  it('exports a dossier from the client page, verifies against it, and refuses a tampered journal', async () => {
    const { page, app, url } = e2e;
    const { client } = await seedDossierClient(app, { extra: 40 });
    await page.goto(`${url}#/clients/${client.id}`);
    await page.getByRole('heading', { name: 'Mehmet Kaya' }).waitFor();
    await page.getByRole('tab', { name: 'Reports' }).click();

    // Export: the main process asks where to save (the stand-in answers with a temp path).
    const first = join(app.dir, 'dossier-en.pdf');
    app.dialogs.queue.save.push(first);
    await page.getByRole('button', { name: 'Export dossier…' }).click();
    await page.getByTestId('dossier-saved').getByText(first).waitFor();
    const text = await pdfText(readFileSync(first));
    expect(text).toContain('Incident dossier');
    expect(text).toContain('Intact: every hash and attachment fingerprint matches.');
    expect(text).toContain('İstanbul’daki herkes öğrenecek!');
    expect(text).toContain('Page 1 of');
    expect(app.dialogs.requests.at(-1)).toMatchObject({
      kind: 'save',
      opts: { defaultName: 'Dossier Mehmet Kaya 2026-11-23.pdf' },
    });

    // The saved file opens in the OS viewer (the main process opens what it saved, no path from the page).
    await page.getByTestId('dossier-saved').getByRole('button', { name: 'Open PDF' }).click();
    await expect.poll(() => app.dialogs.opened).toEqual([first]);

    // The value report, from the same tab.
    const valueFile = join(app.dir, 'value.pdf');
    app.dialogs.queue.save.push(valueFile);
    await page.getByRole('button', { name: 'Export value report…' }).click();
    await page.getByTestId('value-saved').getByText(valueFile).waitFor();
    const value = await pdfText(readFileSync(valueFile));
    expect(value).toContain('Client value report');
    expect(value).toContain('Recommendation');

    // Verify the live journal against the file just saved.
    app.dialogs.queue.open.push([first]);
    await page.getByRole('button', { name: 'Choose dossier PDF…' }).click();
    await page.getByText('The live journal still contains exactly the history of this dossier.').waitFor();

    // In Turkish, for March only: a second file.
    const second = join(app.dir, 'dosya-tr.pdf');
    app.dialogs.queue.save.push(second);
    await page.getByLabel('From').fill('2026-03-01');
    await page.getByLabel('Until').fill('2026-03-31');
    await page.getByLabel('Language of the document', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Türkçe' }).click();
    await page.getByRole('button', { name: 'Export dossier…' }).click();
    await page.getByTestId('dossier-saved').getByText(second).waitFor();
    const tr = await pdfText(readFileSync(second));
    expect(tr).toContain('Olay dosyası');
    expect(tr).toContain('Bu dosyadaki kayıtlar');
    expect(tr).not.toContain('Kayıt numarası');

    // A tampered journal: refused with an explanation, then exported marked on every page.
    tamperEntry(app, client.id, 2, 'değiştirildi');
    const third = join(app.dir, 'failed.pdf');
    app.dialogs.queue.save.push(third);
    await page.getByRole('button', { name: 'Export dossier…' }).click();
    await page.getByText('The journal did not verify').waitFor();
    await page.getByText('entry #2 of this journal changed after it was written').waitFor();
    expect(existsSync(third)).toBe(false);
    await page.getByRole('button', { name: 'Export marked “verification failed”' }).click();
    await page.getByTestId('dossier-saved').getByText(third).waitFor();
    const failed = (await pdfText(readFileSync(third))).split('\f').filter((p) => p.trim());
    for (const p of failed) expect(p).toContain('DOĞRULAMA BAŞARISIZ');

    // The earlier dossier no longer matches the live journal.
    app.dialogs.queue.open.push([first]);
    await page.getByRole('button', { name: 'Choose dossier PDF…' }).click();
    await page.getByTestId('against-result').getByText('The live journal no longer matches this dossier.').waitFor();
    await page.getByTestId('against-result').getByText('does not verify: entry #2 changed after it was written').waitFor();
    expect(e2e.errors).toEqual([]);
  });

  it('the bundled worker (out/main/pdf-worker.js) renders the same bytes as in-process', async () => {
    const inProcess = createTempApp();
    const inWorker = createTempApp({ deps: { workers: { bundle: resolve(import.meta.dirname, '../../out/main') } } });
    try {
      const options = { from: null, to: null, kinds: [], language: 'az' as const, acceptFailedVerification: false };
      const at = { createdAt: '2026-11-23T10:00:00.000Z' };
      const a = await inProcess.services.reports.dossierPdf(
        { clientId: (await seedDossierClient(inProcess, { extra: 30 })).client.id, ...options },
        at,
      );
      const b = await inWorker.services.reports.dossierPdf(
        { clientId: (await seedDossierClient(inWorker, { extra: 30 })).client.id, ...options },
        at,
      );
      if (a.status !== 'rendered' || b.status !== 'rendered') throw new Error('not rendered');
      expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
      expect(await pdfText(b.bytes)).toContain('Hadisə dosyesi');
    } finally {
      inProcess.close();
      inWorker.close();
    }
  });
});
