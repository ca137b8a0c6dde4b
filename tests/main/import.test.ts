import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call } from '../helpers/call';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { createImportService } from '../../src/main/transfer/import';
import { ownPlace, type WorkerPlace } from '../../src/main/workers/locate';

let app: TempApp | undefined;
const dirs: string[] = [];
afterEach(() => {
  app?.close();
  app = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function csvFile(content: string): string {
  const d = mkdtempSync(join(tmpdir(), 'cd-imp-'));
  dirs.push(d);
  const p = join(d, 'import.csv');
  writeFileSync(p, content);
  return p;
}
async function previewOf(kind: 'clients' | 'invoices', content: string) {
  app!.dialogs.queue.open.push([csvFile(content)]);
  return (await call(app!.api, 'previewImport', { kind }))!;
}
const allClients = async () => (await call(app!.api, 'listClients', { includeArchived: true })).map((c) => c.name).sort();

describe('CSV import of clients', () => {
  it('BOM, CRLF, quoted newlines, formula payloads: mapped, validated by row, all-or-nothing', async () => {
    app = createTempApp();
    await call(app.api, 'createClient', { name: 'Already Here', email: 'here@example.com' });
    const content =
      '\uFEFFMüşteri Adı;E-posta;Telefon;Notlar\r\n'.replace(/;/g, ',') +
      'Ayşe Kaya,ayse@example.com,+90 555 111 22 33,"first line\r\nsecond line"\r\n' +
      '"=HYPERLINK(""http://evil.example"")",evil@example.com,,@SUM(A1)\r\n' +
      ',nobody@example.com,,missing name\r\n' +
      'Bad Mail,not-an-email,,\r\n' +
      'Already Here,here@example.com,,\r\n' +
      'Ayşe Kaya,ayse@example.com,,twice in the file\r\n';
    const preview = await previewOf('clients', content);
    expect(preview.headers).toEqual(['Müşteri Adı', 'E-posta', 'Telefon', 'Notlar']);
    expect(preview.rowCount).toBe(6);
    expect(preview.suggestedMapping).toMatchObject({ name: 0, email: 1, phone: 2, notes: 3 });
    expect(preview.sample[0]![3]).toBe('first line\r\nsecond line');

    const report = await call(app.api, 'checkImport', { token: preview.token, mapping: preview.suggestedMapping });
    console.log(
      `[csv import] ${report.total} rows: ${report.valid} valid, ${report.errorCount} invalid, ${report.duplicateCount} duplicates`,
    );
    expect(report.errors).toEqual([
      { row: 4, field: 'name', message: 'validation.required' },
      { row: 5, field: 'email', message: 'validation.email' },
    ]);
    expect(report.duplicates).toEqual([
      { row: 6, field: 'name', message: 'validation.duplicateExisting' },
      { row: 7, field: 'name', message: 'validation.duplicateInFile' },
    ]);
    // Any invalid row: nothing at all is written.
    await expect(
      call(app.api, 'commitImport', { token: preview.token, mapping: preview.suggestedMapping, skipDuplicates: true }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await allClients()).toEqual(['Already Here']);

    const fixed = await previewOf(
      'clients',
      content.replace(',nobody@example.com', 'Named Now,nobody@example.com').replace('not-an-email', 'bad@example.com'),
    );
    await expect(
      call(app.api, 'commitImport', { token: fixed.token, mapping: fixed.suggestedMapping, skipDuplicates: false }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const result = await call(app.api, 'commitImport', {
      token: fixed.token,
      mapping: fixed.suggestedMapping,
      skipDuplicates: true,
    });
    expect(result).toEqual({ imported: 4, skippedDuplicates: 2 });
    expect(await allClients()).toEqual(
      ['=HYPERLINK("http://evil.example")', 'Already Here', 'Ayşe Kaya', 'Bad Mail', 'Named Now'].sort(),
    );
    const ayse = (await call(app.api, 'listClients', { search: 'ayse' }))[0]!;
    expect(ayse.notes).toBe('first line\r\nsecond line');
    // A backup was taken before the import wrote anything.
    expect((await call(app.api, 'listBackups')).map((b) => b.reason)).toContain('before-import');
  });

  it('refuses a binary file, an incomplete mapping and malformed rows', async () => {
    app = createTempApp();
    app.dialogs.queue.open.push([csvFile('SQLite format 3\u0000\u0000garbage')]);
    await expect(call(app.api, 'previewImport', { kind: 'clients' })).rejects.toMatchObject({ code: 'VALIDATION' });
    const p = await previewOf('clients', 'name,email\nA,a@example.com\n"B,b@example.com\n');
    await expect(call(app.api, 'checkImport', { token: p.token, mapping: { email: 1 } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(call(app.api, 'checkImport', { token: p.token, mapping: { name: 7 } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const report = await call(app.api, 'checkImport', { token: p.token, mapping: p.suggestedMapping });
    expect(report.errors.map((e) => e.message)).toContain('validation.csvMalformed');
  });

  it('imports 100,000 rows in one transaction', async () => {
    app = createTempApp();
    const lines = ['name,email,phone,notes'];
    for (let i = 0; i < 100_000; i++)
      lines.push(`Client ${i},c${i}@example.com,+90 555 ${String(i).padStart(7, '0')},"note ${i}, with a comma"`);
    const t0 = Date.now();
    const p = await previewOf('clients', lines.join('\r\n'));
    const t1 = Date.now();
    const report = await call(app.api, 'checkImport', { token: p.token, mapping: p.suggestedMapping });
    const t2 = Date.now();
    const r = await call(app.api, 'commitImport', { token: p.token, mapping: p.suggestedMapping, skipDuplicates: true });
    const t3 = Date.now();
    console.log(`[csv import] 100,000 rows: parse ${t1 - t0} ms, check ${t2 - t1} ms, check + backup + insert ${t3 - t2} ms`);
    expect(report).toMatchObject({ total: 100_000, valid: 100_000, errorCount: 0, duplicateCount: 0 });
    expect(r.imported).toBe(100_000);
    expect((await call(app.api, 'getAppInfo')).counts['clients']).toBe(100_000);
  }, 120_000);
});

describe('CSV import of invoices', () => {
  it('finds clients by name or e-mail, reads amounts and dates as spreadsheets write them', async () => {
    app = createTempApp();
    await call(app.api, 'saveProfile', sampleProfile);
    await call(app.api, 'createClient', { name: 'Mehmet Kaya', email: 'mehmet@kaya.example' });
    await call(app.api, 'createClient', { name: 'Twin' });
    await call(app.api, 'createClient', { name: 'Twin' });
    const p = await previewOf(
      'invoices',
      'Client,Invoice number,Issued,Due,Amount,Description\n' +
        'mehmet kaya,INV-1,01.03.2026,2026-03-31,"1.234,50",Website\n' +
        'mehmet@kaya.example,INV-2,2026-04-01,2026-04-30,99,"=1+1"\n' +
        'Nobody,INV-3,2026-04-01,2026-04-30,10,\n' +
        'Twin,INV-4,2026-04-01,2026-04-30,10,\n' +
        'Mehmet Kaya,INV-5,2026-02-30,2026-04-30,ten,\n',
    );
    expect(p.suggestedMapping).toMatchObject({ client: 0, number: 1, issuedOn: 2, dueOn: 3, amount: 4, description: 5 });
    const report = await call(app.api, 'checkImport', { token: p.token, mapping: p.suggestedMapping });
    expect(report.errors).toEqual([
      { row: 4, field: 'client', message: 'validation.unknownClient' },
      { row: 5, field: 'client', message: 'validation.ambiguousClient' },
      { row: 6, field: 'issuedOn', message: 'validation.date' },
      { row: 6, field: 'amountMinor', message: 'validation.money' },
    ]);
    expect(report.errorCount).toBe(3);
    const ok = await previewOf(
      'invoices',
      'Client,Invoice number,Issued,Due,Amount,Description\nmehmet kaya,INV-1,01.03.2026,2026-03-31,"1.234,50",Website\nmehmet@kaya.example,INV-2,2026-04-01,2026-04-30,99,"=1+1"\n',
    );
    expect(await call(app.api, 'commitImport', { token: ok.token, mapping: ok.suggestedMapping, skipDuplicates: false })).toEqual(
      { imported: 2, skippedDuplicates: 0 },
    );
    const rows = app.database.sqlite
      .prepare('SELECT number, issued_on, amount_minor, currency, description FROM invoices ORDER BY number')
      .all();
    expect(rows).toEqual([
      { number: 'INV-1', issued_on: '2026-03-01', amount_minor: 123450, currency: 'TRY', description: 'Website' },
      { number: 'INV-2', issued_on: '2026-04-01', amount_minor: 9900, currency: 'TRY', description: '=1+1' },
    ]);
    // The same file again: every row is a duplicate of an existing invoice number.
    const again = await previewOf(
      'invoices',
      'Client,Invoice number,Issued,Due,Amount\nmehmet kaya,INV-1,2026-03-01,2026-03-31,5\n',
    );
    expect((await call(app.api, 'checkImport', { token: again.token, mapping: again.suggestedMapping })).duplicateCount).toBe(1);
  });
});

describe('a large import on a worker thread', () => {
  const onWorker = (a: TempApp, workers: WorkerPlace) =>
    createImportService(a.services.ctx, {
      dialogs: a.dialogs.dialogs,
      backup: a.services.backup,
      settings: a.services.settings,
      money: a.services.money,
      workers,
      workerMinRows: 1,
    });
  const file = (rows: string[]) => csvFile(['Client,Invoice number,Issued,Amount', ...rows].join('\n'));
  /** an invoice typed in by hand while an import waits for its backup */
  const typeIn = (clientId: number, number: string) =>
    app!.services.money.createInvoice(clientId, {
      number,
      issuedOn: '2026-03-05',
      dueOn: null,
      amountMinor: 1,
      listPriceMinor: null,
      currency: null,
      description: 'typed in meanwhile',
    });

  it('writes the rows on a connection of its own, under the same rules, all or none', async () => {
    app = createTempApp();
    await call(app.api, 'saveProfile', sampleProfile);
    const c = await call(app.api, 'createClient', { name: 'Mehmet Kaya', paymentTermsKind: 'days', paymentTermsValue: 10 });
    const importer = onWorker(app, ownPlace());
    const invoices = () =>
      app!.database.sqlite.prepare('SELECT number, due_on, currency, created_at FROM invoices ORDER BY id').all();

    app.dialogs.queue.open.push([file(['Mehmet Kaya,W-1,2026-03-01,10', 'Mehmet Kaya,W-2,2026-03-02,20'])]);
    const p = (await importer.preview('invoices'))!;
    expect(await importer.commit(p.token, p.suggestedMapping, false)).toEqual({ imported: 2, skippedDuplicates: 0 });
    // the due date from the client's terms, the profile's currency, the app's clock
    expect(invoices()).toEqual([
      { number: 'W-1', due_on: '2026-03-11', currency: 'TRY', created_at: app.clock.now.toISOString() },
      { number: 'W-2', due_on: '2026-03-12', currency: 'TRY', created_at: app.clock.now.toISOString() },
    ]);

    // A number taken while the import waited for its backup: the worker refuses the whole file.
    app.dialogs.queue.open.push([file(['Mehmet Kaya,W-3,2026-03-03,30', 'Mehmet Kaya,W-4,2026-03-04,40'])]);
    const q = (await importer.preview('invoices'))!;
    const committing = importer.commit(q.token, q.suggestedMapping, false);
    typeIn(c.id, 'W-4');
    await expect(committing).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('W-4') });
    expect(invoices().map((i) => (i as { number: string }).number)).toEqual(['W-1', 'W-2', 'W-4']);
  });

  it('writes in this thread when no worker can start', async () => {
    app = createTempApp();
    await call(app.api, 'saveProfile', sampleProfile);
    await call(app.api, 'createClient', { name: 'Leyla Əliyeva' });
    const importer = onWorker(app, { bundle: join(tmpdir(), 'no-such-folder') });
    app.dialogs.queue.open.push([file(['Leyla Əliyeva,F-1,2026-03-01,10'])]);
    const p = (await importer.preview('invoices'))!;
    expect(await importer.commit(p.token, p.suggestedMapping, false)).toEqual({ imported: 1, skippedDuplicates: 0 });

    // a refusal in this thread reaches the caller too, and nothing is written
    app.dialogs.queue.open.push([file(['Leyla Əliyeva,F-2,2026-03-01,10', 'Leyla Əliyeva,F-3,2026-03-02,10'])]);
    const q = (await importer.preview('invoices'))!;
    const committing = importer.commit(q.token, q.suggestedMapping, false);
    const leyla = (await call(app.api, 'listClients', {}))[0]!;
    typeIn(leyla.id, 'F-3');
    await expect(committing).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(app.database.sqlite.prepare('SELECT number FROM invoices ORDER BY id').pluck().all()).toEqual(['F-1', 'F-3']);
  });
});
