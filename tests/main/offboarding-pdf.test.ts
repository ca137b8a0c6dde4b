import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { call, failure, partWaysAnswers, seedDifficultClient } from '../helpers/offboarding-fixtures';
import { pdfFonts, pdfText } from '../helpers/report-fixtures';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ deps: { timeZone: 'UTC' } });
});
afterEach(() => app.close());

async function finishedPartWays(language: 'en' | 'tr' = 'en') {
  const { client, invoiceId, achievementIds } = seedDifficultClient(app);
  app.services.settings.saveProfile({ ...sampleProfile, language });
  let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
  await call(app, 'recordOffboardingPayment', { caseId: c.id, invoiceId, amountMinor: 1_250_000, paidOn: '2026-11-23' });
  for (const [step, values] of partWaysAnswers(achievementIds))
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step, values });
  return c;
}

describe('part-ways PDFs', () => {
  it('the final handover report holds the achievements, the checklist and the confirmation, with the font embedded', async () => {
    const c = await finishedPartWays();
    const path = join(app.dir, 'handover.pdf');
    app.dialogs.queue.save.push(path);
    expect(await call(app, 'exportOffboardingPdf', { caseId: c.id, document: 'report' })).toEqual({
      status: 'saved',
      path,
      pages: 1,
    });
    const bytes = readFileSync(path);
    const text = await pdfText(bytes);
    for (const s of [
      'Final handover report',
      'Prepared for Mehmet Kaya · Prepared by Ayşe Yılmaz, Atölye Studio',
      'Launched the new online shop',
      'Doubled organic traffic in six months',
      'Cut page load time by half',
      'Online shop, brand guide',
      'kaya.com.tr transfer code sent',
      'Confirmed on 26 Nov 2026',
      'All invoices are paid.',
      'Newsletter template',
      'Page 1 of 1',
    ])
      expect(text).toContain(s);
    expect(await pdfFonts(bytes)).toMatch(/DejaVuSans/);
    const journaled = app.database.sqlite
      .prepare<[number], { summary: string }>('SELECT summary FROM journal_entries WHERE case_id = ? ORDER BY seq DESC LIMIT 1')
      .get(c.id);
    expect(journaled?.summary).toBe('Part ways: Final handover report exported as PDF');
    // same case, same clock: same bytes
    const again = join(app.dir, 'again.pdf');
    app.dialogs.queue.save.push(again);
    await call(app, 'exportOffboardingPdf', { caseId: c.id, document: 'report' });
    expect(readFileSync(again).equals(bytes)).toBe(true);
  });

  it('the letters, in Turkish with Turkish letters intact', async () => {
    const c = await finishedPartWays('tr');
    const path = join(app.dir, 'letters.pdf');
    app.dialogs.queue.save.push(path);
    await call(app, 'exportOffboardingPdf', { caseId: c.id, document: 'letters' });
    const text = await pdfText(readFileSync(path));
    expect(text).toContain('Ayrılık mektubu');
    expect(text).toContain('We are letting you go because we cannot meet your needs.');
    expect(text).toContain('Atölye Studio · Mektuplar · Mehmet Kaya');
  });

  it('a cancelled dialog saves nothing; a path without a report or letters says so', async () => {
    const c = await finishedPartWays();
    const before = app.database.sqlite.prepare('SELECT count(*) AS n FROM journal_entries').get();
    expect(await call(app, 'exportOffboardingPdf', { caseId: c.id, document: 'report' })).toEqual({ status: 'cancelled' });
    expect(app.database.sqlite.prepare('SELECT count(*) AS n FROM journal_entries').get()).toEqual(before);
    const other = await call(app, 'startOffboardingCase', { clientId: c.clientId, path: 'win_back' });
    expect((await failure(app, 'exportOffboardingPdf', { caseId: other.id, document: 'report' })).code).toBe('INVALID_STATE');
    expect((await failure(app, 'exportOffboardingPdf', { caseId: other.id, document: 'letters' })).code).toBe('INVALID_STATE');
  });
});
