// The OS file dialogs (save a PDF, pick a folder or a file) speak the owner's language: title,
// confirming button and file-type names come from the catalogues, not from English in main.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { seedDossierClient } from '../helpers/report-fixtures';
import { call, partWaysAnswers, seedDifficultClient } from '../helpers/offboarding-fixtures';
import { dossierOptionsSchema, valueReportOptionsSchema } from '../../src/shared/contract/reports';
import { catalogues } from '../../src/shared/i18n';

const apps: TempApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});
function app() {
  const a = createTempApp({ deps: { timeZone: 'UTC' } });
  apps.push(a);
  return a;
}
const asked = (a: TempApp) => a.dialogs.requests.at(-1)!;

describe('OS dialogs in the owner’s language', () => {
  it('a save dialog in Turkish has a Turkish title, button and file type', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { language: 'tr' });
    expect(await a.api.exportDossier(dossierOptionsSchema.parse({ clientId: client.id }))).toEqual({ status: 'cancelled' });
    expect(asked(a)).toEqual({
      kind: 'save',
      opts: {
        title: 'Olay dosyasını kaydet',
        buttonLabel: 'Kaydet',
        defaultName: 'Dosya Mehmet Kaya 2026-11-23.pdf',
        filters: [{ name: 'PDF belgesi', extensions: ['pdf'] }],
      },
    });
  });

  it('follows the owner’s language, not the document’s: an English dossier asked for in Turkish', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { language: 'tr' });
    await a.api.exportDossier(dossierOptionsSchema.parse({ clientId: client.id, language: 'en' }));
    // the file is named in the document's language, the dialog speaks the owner's
    expect(asked(a).opts).toMatchObject({ title: 'Olay dosyasını kaydet', defaultName: 'Dossier Mehmet Kaya 2026-11-23.pdf' });
    await a.api.exportValueReport(valueReportOptionsSchema.parse({ clientId: client.id }));
    expect(asked(a).opts).toMatchObject({ title: 'Müşteri değer raporunu kaydet', buttonLabel: 'Kaydet' });
  });

  it('changes language when the owner does, and is English before set-up', async () => {
    const a = app();
    expect(await a.api.backupNow({ destination: 'folder' })).toBeNull();
    expect(asked(a)).toEqual({ kind: 'folder', opts: { title: 'Back up to a folder', buttonLabel: 'Back up here' } });
    await a.api.saveProfile({ ...sampleProfile, language: 'az' });
    await a.api.backupNow({ destination: 'folder' });
    expect(asked(a)).toEqual({
      kind: 'folder',
      opts: { title: 'Qovluğa ehtiyat nüsxə çıxar', buttonLabel: 'Ehtiyat nüsxəni bura çıxar' },
    });
    await a.api.saveProfile({ ...sampleProfile, language: 'tr' });
    await a.api.backupNow({ destination: 'folder' });
    expect(asked(a).opts).toEqual({ title: 'Bir klasöre yedekle', buttonLabel: 'Buraya yedekle' });
  });

  it('every folder and open dialog in Turkish: export, CSV, import, attachments, restore, verify', async () => {
    const a = app();
    await a.api.saveProfile({ ...sampleProfile, language: 'tr' });
    const tr = catalogues.tr.dialogs;
    const expectAsked = (kind: string, text: { title: string; button: string }, more: Record<string, unknown> = {}) =>
      expect(asked(a)).toEqual({ kind, opts: { title: text.title, buttonLabel: text.button, ...more } });

    expect(await a.api.exportAll(undefined)).toBeNull();
    expectAsked('folder', tr.exportAll);
    expect(await a.api.exportCsv({ table: 'clients' })).toBeNull();
    expectAsked('folder', tr.exportCsv);
    expect(await a.api.previewImport({ kind: 'clients' })).toBeNull();
    expectAsked('open', tr.importCsv, { filters: [{ name: 'Tablo (CSV ya da Excel .xlsx)', extensions: ['csv', 'txt', 'xlsx'] }] });
    await a.api.chooseAttachments(undefined);
    expectAsked('open', tr.attachments, { multiple: true });
    expect(await a.api.previewRestore({ pickFile: true })).toBeNull();
    expectAsked('open', tr.restoreFile, { filters: [{ name: 'Client Dossier veritabanı', extensions: ['db', 'sqlite'] }] });
    await a.services.clients.create(newClient('Ayşe'));
    expect(await a.api.verifyAgainstDossier({ source: 'pick' })).toEqual({ status: 'cancelled' });
    expectAsked('open', tr.verifyDossier, {
      filters: [
        { name: 'PDF belgesi', extensions: ['pdf'] },
        { name: 'JSON dosyası', extensions: ['json'] },
      ],
    });
  });

  it('the handover report and the letters of a case are saved with a dialog in the owner’s language', async () => {
    const a = app();
    const { client, invoiceId, achievementIds } = seedDifficultClient(a);
    a.services.settings.saveProfile({ ...sampleProfile, language: 'az' });
    let c = await call(a, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    await call(a, 'recordOffboardingPayment', { caseId: c.id, invoiceId, amountMinor: 1_250_000, paidOn: '2026-11-23' });
    for (const [step, values] of partWaysAnswers(achievementIds)) c = await call(a, 'saveOffboardingStep', { caseId: c.id, step, values });
    const path = join(a.dir, 'report.pdf');
    a.dialogs.queue.save.push(path);
    await call(a, 'exportOffboardingPdf', { caseId: c.id, document: 'report' });
    expect(asked(a).opts).toMatchObject({
      title: 'Yekun hesabatı yadda saxla',
      buttonLabel: 'Yadda saxla',
      filters: [{ name: 'PDF sənədi', extensions: ['pdf'] }],
    });
    await call(a, 'exportOffboardingPdf', { caseId: c.id, document: 'letters' });
    expect(asked(a).opts).toMatchObject({ title: 'Məktubları yadda saxla' });
  });

  it('every dialog has a title and a button in every language', () => {
    for (const lang of ['en', 'tr', 'az'] as const)
      for (const [purpose, text] of Object.entries(catalogues[lang].dialogs)) {
        if (purpose === 'filters') continue;
        const { title, button } = text as { title: string; button: string };
        expect(title.trim(), `${lang} ${purpose}`).not.toBe('');
        expect(button.trim(), `${lang} ${purpose}`).not.toBe('');
      }
  });
});
