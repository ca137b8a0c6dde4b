import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startE2E, type E2E } from './harness';
import { sampleProfile } from '../helpers/temp-db';

let e2e: E2E;
let clientId: number;
const evidenceDir = mkdtempSync(join(tmpdir(), 'journal-evidence-'));
const recording = join(evidenceDir, 'arama kaydı.txt');
writeFileSync(recording, 'Sizi mahvedeceğim! — transcript');
const fingerprint = createHash('sha256').update('Sizi mahvedeceğim! — transcript').digest('hex');

beforeAll(async () => {
  // The app's clock starts at the real time: the form dates entries with the browser's clock.
  e2e = await startE2E({
    now: new Date().toISOString(),
    // Verify runs on the bundled worker thread, as in the app
    deps: { workers: { bundle: resolve(import.meta.dirname, '../../out/main') } },
    setup: (app) => {
      app.services.settings.saveProfile(sampleProfile);
      app.dialogs.queue.open.push([recording]);
      clientId = app.services.clients.create({
        name: 'Mehmet Kaya',
        company: 'Kaya İnşaat',
        email: '',
        phone: '',
        status: 'active',
        clientSince: null,
        acquisitionChannel: '',
        acquisitionCostMinor: 0,
        isHighProfile: false,
        paymentTermsKind: 'days',
        paymentTermsValue: 30,
        notes: '',
      }).id;
    },
  });
});
afterAll(async () => {
  await e2e?.close();
});

describe('journal flow in Chromium', () => {
  it('incident with exact words, witness and file → timeline, search → amend → verify → complaint resolved → pattern', async () => {
    const { page, app } = e2e;
    if (process.env['E2E_SHOT']) page.on('close', () => undefined);
    await flow(page, app).catch(async (e: unknown) => {
      if (process.env['E2E_SHOT']) await page.screenshot({ path: process.env['E2E_SHOT'], fullPage: true });
      throw e;
    });
  });
});

async function flow(page: E2E['page'], app: E2E['app']) {
  {
    await page.goto(`${e2e.url}#/clients/${clientId}`);
    await page.getByRole('heading', { name: 'Mehmet Kaya' }).waitFor();
    await page.getByRole('tab', { name: 'Journal' }).click();
    await page.getByText('Nothing recorded yet').waitFor();

    // Log an abuse incident: the template asks for the exact words and witnesses.
    await page.getByRole('button', { name: 'New entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'New entry' });
    await dialog.getByLabel('What happened', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Incident: abuse' }).click();
    await dialog.getByTestId('template-hint').waitFor();
    await dialog.getByLabel('Summary').fill('Shouted at Emre on the phone about the delay');
    await dialog.getByRole('textbox', { name: 'Quote 1' }).fill('Sizi mahvedeceğim!');
    const witnesses = dialog.getByLabel('Witnesses');
    await witnesses.fill('Emre Şahin');
    await witnesses.press('Enter');
    await dialog.getByRole('button', { name: 'Attach files…' }).click();
    await dialog.getByText(`SHA-256 ${fingerprint.slice(0, 16)}`).waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Entry saved to the journal.').waitFor();

    const [entry] = app.services.journal.list(
      { clientId, kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false },
      null,
      10,
    ).items;
    expect(entry).toMatchObject({
      kind: 'incident_abuse',
      quotes: ['Sizi mahvedeceğim!'],
      witnesses: ['Emre Şahin'],
      signs: ['abusive'],
      severity: 'high',
    });
    expect(entry!.attachments).toEqual([
      { sha256: fingerprint, originalName: 'arama kaydı.txt', sizeBytes: 34, mediaType: 'text/plain' },
    ]);

    // It appears in the client's timeline…
    const row = page.getByTestId('journal-row').filter({ hasText: 'Shouted at Emre' });
    await row.waitFor();
    // …and in the global search, typed without Turkish letters.
    await page.getByRole('link', { name: 'Journal' }).click();
    await page.getByRole('heading', { name: 'Journal' }).waitFor();
    // A match in the summary marks the summary in place: each result's text is shown once.
    await page.getByRole('searchbox', { name: 'Search' }).fill('SHOUTED');
    await page.getByTestId('snippet').locator('mark', { hasText: 'Shouted' }).waitFor();
    const summaryText = 'Shouted at Emre on the phone about the delay';
    expect((await page.getByTestId('journal-row').first().innerText()).split(summaryText)).toHaveLength(2);
    await page.getByRole('searchbox', { name: 'Search' }).fill('mahvedecegim');
    await page.getByTestId('snippet').locator('mark', { hasText: 'mahvedeceğim' }).waitFor();
    await page.getByText('1 match').waitFor();

    // Amend it: the correction is shown beside the original.
    await page.getByTestId('journal-row').first().click();
    const drawer = page.getByRole('dialog', { name: /Entry #1/ });
    await drawer.getByRole('button', { name: 'Correct (amend)' }).click();
    const amendDialog = page.getByRole('dialog', { name: 'Correct entry #1' });
    await amendDialog.getByLabel('Summary').fill('Shouted at Emre and Ayşe on the phone about the delay');
    await amendDialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Correction saved').waitFor();
    await drawer.getByTestId('entry-versions').getByTestId('entry-card').nth(1).waitFor();
    await drawer.getByText('Original', { exact: true }).waitFor();
    await drawer.getByText('Correction 1').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByTestId('amendment-beside').getByText('Shouted at Emre and Ayşe').waitFor();

    // Verify: intact.
    await page.getByRole('button', { name: 'Verify journal' }).click();
    await page
      .getByTestId('verify-result')
      .getByText(/Intact: 2 entries in 1 client journals and 1 files/)
      .waitFor();

    // A complaint, resolved through the queue; a non-apology is flagged first.
    app.services.journal.add({
      clientId,
      kind: 'complaint',
      channel: 'email',
      summary: 'Says the delivery was late',
      category: 'delay',
      severity: 'high',
    });
    await page.getByRole('tab', { name: 'Complaints' }).click();
    const queue = page.getByTestId('complaint-queue');
    await queue.getByText('Says the delivery was late').waitFor();
    await queue.getByRole('button', { name: 'Resolve' }).click();
    const resolve = page.getByRole('dialog', { name: /Resolve: Says the delivery/ });
    await resolve.getByLabel('Summary').fill('We are sorry for the inconvenience');
    await resolve.getByTestId('non-apology').waitFor();
    await resolve.getByLabel('Summary').fill("I'm sorry. We delivered late; the next delivery is on us.");
    await resolve.getByTestId('non-apology').waitFor({ state: 'detached' });
    await resolve.getByRole('button', { name: 'Save' }).click();
    await queue.getByText('No open complaints').waitFor();
    expect(app.services.complaints.list(null, 'open')).toEqual([]);
    await page.getByTestId('complaints-resolved').getByText('Says the delivery was late').waitFor();

    // The pattern chart counts it (and its table view shows the number).
    await page.getByRole('tab', { name: 'Patterns' }).click();
    await page.getByLabel('Category', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Delay' }).click();
    await page.getByTestId('pattern-by-channel').locator('canvas').waitFor();
    await page.getByText(/raised by 1 other client/).waitFor();
    await page.getByRole('button', { name: 'Show as table' }).click();
    const byChannel = page.getByTestId('pattern-by-channel');
    await byChannel.getByRole('row', { name: 'E-mail 1' }).waitFor();

    // The dashboard's today panel: nothing waiting now.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByTestId('today-panel').getByText('Nothing needs you today.').waitFor();

    // Quick entry from anywhere: Ctrl+J, a line, Enter — the last client is preselected.
    await page.keyboard.press('Control+j');
    const quick = page.getByRole('dialog', { name: 'Quick entry' });
    await quick.getByLabel('Summary').fill('Called back, left a voicemail');
    await quick.getByLabel('Summary').press('Enter');
    await page.getByText('Entry saved to the journal.').first().waitFor();
    expect(
      app.services.journal.search(
        'voicemail',
        { clientId, kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false },
        null,
        5,
      ).items,
    ).toHaveLength(1);

    // Someone edits the database file behind the app's back: verification names the entry.
    app.database.sqlite.exec('DROP TRIGGER journal_entries_no_update');
    app.database.sqlite.prepare("UPDATE journal_entries SET summary = 'Nothing happened' WHERE id = ?").run(entry!.id);
    await page.getByRole('link', { name: 'Journal' }).click();
    await page.getByRole('button', { name: 'Verify journal' }).click();
    const result = page.getByTestId('verify-result');
    await result.getByText('NOT intact: entry #1 of Mehmet Kaya does not match.').waitFor();
    await result.getByText('This entry was changed after it was written.').waitFor();
    await result.getByRole('button', { name: 'Show entry #1' }).click();
    await page
      .getByRole('dialog', { name: /Entry #1/ })
      .getByText('Nothing happened')
      .waitFor();
    expect(e2e.errors).toEqual([]);
  }
}
