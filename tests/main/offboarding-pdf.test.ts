import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { call, failure, partWaysAnswers, seedDifficultClient } from '../helpers/offboarding-fixtures';
import { pdfFonts, pdfText } from '../helpers/report-fixtures';
import { runCli } from '../../src/main/cli';

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
    expect(text).toContain('We are letting you go because we cannot meet your needs.');
    // printed as the client receives it: dated, signed by the owner, numbered on its own, and
    // without the app's labels (the step's title "Fesih bildirimi", "Mektuplar")
    expect(text).toMatch(/\n\d{1,2} (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık) 20\d\d\n/u);
    expect(text).toContain('Ayşe Yılmaz\nKurucu\nAtölye Studio');
    expect(text).toContain('Sayfa 1 / 1');
    for (const label of ['Ayrılık mektubu', 'Fesih bildirimi', 'Mektuplar', 'Oluşturulma']) expect(text).not.toContain(label);
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

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli report handover', () => {
  it("writes the bytes the app exports for the same creation time, in the owner's language, never replacing a file", async () => {
    const c = await finishedPartWays('tr');
    const appPdf = join(app.dir, 'app.pdf');
    app.dialogs.queue.save.push(appPdf);
    await call(app, 'exportOffboardingPdf', { caseId: c.id, document: 'report' });
    const createdAt = app.clock.now.toISOString(); // the instant the app stamped its export with
    const db = app.database.path;
    const out = join(app.dir, 'cli.pdf');
    // the instant spelled without milliseconds is the same instant, so the same document
    const args = ['--db', db, '--client', 'mehmet kaya', '--created-at', createdAt.replace('.000Z', 'Z'), '--tz', 'UTC'];
    const r = await cli('report', 'handover', ...args, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`part-ways case #${c.id} (completed)`);
    expect(Buffer.compare(readFileSync(out), readFileSync(appPdf))).toBe(0);
    expect(await pdfText(readFileSync(out))).toContain('Kapanış ve devir raporu');
    // --lang tr is the owner's language: the same bytes again
    const trOut = join(app.dir, 'tr.pdf');
    expect((await cli('report', 'handover', ...args, '--lang', 'tr', '--out', trOut)).code).toBe(0);
    expect(Buffer.compare(readFileSync(trOut), readFileSync(appPdf))).toBe(0);
    // another language on request
    const enOut = join(app.dir, 'en.pdf');
    expect((await cli('report', 'handover', ...args, '--lang', 'en', '--out', enOut)).code).toBe(0);
    const en = await pdfText(readFileSync(enOut));
    expect(en).toContain('Final handover report');
    expect(en).toContain('Online shop, brand guide');
    // another instant is another document (the footer and the document id say when)
    const later = join(app.dir, 'later.pdf');
    const laterArgs = ['--db', db, '--client', String(c.clientId), '--created-at', '2026-12-01T09:00:00Z', '--tz', 'UTC'];
    expect((await cli('report', 'handover', ...laterArgs, '--out', later)).code).toBe(0);
    expect(Buffer.compare(readFileSync(later), readFileSync(appPdf))).not.toBe(0);
    // an existing file is never replaced
    const again = await cli('report', 'handover', ...args, '--lang', 'en', '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toContain('exists');
    expect(Buffer.compare(readFileSync(out), readFileSync(appPdf))).toBe(0);
  });

  it('exits 1 saying why when the client has no part-ways case, an abandoned one, or no final report yet', async () => {
    const { client, achievementIds } = seedDifficultClient(app);
    const db = app.database.path;
    const out = join(app.dir, 'none.pdf');
    const run = () => cli('report', 'handover', '--db', db, '--client', String(client.id), '--out', out);

    const none = await run();
    expect(none.code).toBe(1);
    expect(none.err).toBe('Mehmet Kaya (client 1) has no part-ways case, so there is no final handover report.');

    const abandoned = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    await call(app, 'abandonOffboardingCase', { caseId: abandoned.id, reason: 'He apologised.' });
    const gone = await run();
    expect(gone.code).toBe(1);
    expect(gone.err).toContain(`latest part-ways case (#${abandoned.id}) was abandoned`);

    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    for (const [step, values] of partWaysAnswers(achievementIds).slice(0, 4))
      c = await call(app, 'saveOffboardingStep', { caseId: c.id, step, values });
    const early = await run();
    expect(early.code).toBe(1);
    expect(early.err).toContain(`part-ways case (#${c.id}) has no final report yet: it is at the step "handover"`);
    expect(existsSync(out)).toBe(false);
  });
});
