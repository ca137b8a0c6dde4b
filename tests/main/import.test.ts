import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call } from '../helpers/call';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { createImportService } from '../../src/main/transfer/import';
import { ownPlace, type WorkerPlace } from '../../src/main/workers/locate';
import { translatorFor } from '../../src/main/pdf/translate';

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
      { row: 6, field: 'issuedOn', message: 'validation.dateImpossible' },
      // read by the money fields' parser, which says why: not an amount
      { row: 6, field: 'amountMinor', message: 'money.input.invalid', values: { currency: 'TRY' } },
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

describe("CSV import amounts in the owner's language", () => {
  it('a Turkish spreadsheet: 12500,50 and 12.500,50 are ₺12.500,50; 1,234 is refused with its row and both readings', async () => {
    app = createTempApp();
    await call(app.api, 'saveProfile', { ...sampleProfile, language: 'tr', currency: 'TRY' });
    await call(app.api, 'createClient', { name: 'Mehmet Kaya', email: 'mehmet@kaya.example' });
    const invoices = () =>
      app!.database.sqlite.prepare('SELECT number, amount_minor, list_price_minor, currency FROM invoices ORDER BY number').all();
    // as Excel writes it in Turkish: semicolons, decimal commas, dotted thousands
    const header = 'Müşteri;Fatura No;Tarih;Vade;Tutar;Liste fiyatı;Açıklama\r\n';
    const good = [
      'Mehmet Kaya;F-1;01.03.2026;31.03.2026;12500,50;;Web sitesi',
      'mehmet@kaya.example;F-2;02.03.2026;;12.500,50;15.000;Bakım',
      'Mehmet Kaya;F-3;03.03.2026;;12500.50;"15.000,00 ₺";Barındırma',
      'Mehmet Kaya;F-4;04.03.2026;;1.234;;Alan adı',
    ];
    const bad = [
      'Mehmet Kaya;F-5;05.03.2026;;1,234;;Belirsiz',
      'Mehmet Kaya;F-6;06.03.2026;;-500,00;;İade',
      'Mehmet Kaya;F-7;07.03.2026;;12,505;;Üç ondalık',
      'Mehmet Kaya;F-8;08.03.2026;;on iki;;Yazıyla',
    ];
    const p = await previewOf('invoices', header + [...good, ...bad].join('\r\n') + '\r\n');
    expect(p.headers).toEqual(['Müşteri', 'Fatura No', 'Tarih', 'Vade', 'Tutar', 'Liste fiyatı', 'Açıklama']);
    expect(p.suggestedMapping).toMatchObject({
      client: 0,
      number: 1,
      issuedOn: 2,
      dueOn: 3,
      amount: 4,
      listPrice: 5,
      description: 6,
    });
    const report = await call(app.api, 'checkImport', { token: p.token, mapping: p.suggestedMapping });
    expect(report.errors).toEqual([
      {
        row: 6,
        field: 'amountMinor',
        message: 'money.input.ambiguous',
        values: { first: '₺1.234,00', second: '₺1,23', example: '12500,50' },
      },
      { row: 7, field: 'amountMinor', message: 'money.input.negative', values: { currency: 'TRY' } },
      {
        row: 8,
        field: 'amountMinor',
        message: 'money.input.ambiguous',
        values: { first: '₺12.505,00', second: '₺12,51', example: '12500,50' },
      },
      { row: 9, field: 'amountMinor', message: 'money.input.invalid', values: { currency: 'TRY' } },
    ]);
    // the owner reads the reason in Turkish, with how the amount could be read
    const t = translatorFor('tr');
    expect(t(report.errors[0]!.message, report.errors[0]!.values)).toBe(
      'Bu ₺1.234,00 ya da ₺1,23 olabilir. Şüpheye yer bırakmadan yazın, örneğin 12500,50.',
    );
    expect(t(report.errors[1]!.message, report.errors[1]!.values)).toBe('Tutar eksi olamaz.');
    // any row that cannot be read: nothing is imported
    await expect(
      call(app.api, 'commitImport', { token: p.token, mapping: p.suggestedMapping, skipDuplicates: false }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(invoices()).toEqual([]);

    const ok = await previewOf('invoices', header + good.join('\r\n') + '\r\n');
    expect(await call(app.api, 'commitImport', { token: ok.token, mapping: ok.suggestedMapping, skipDuplicates: false })).toEqual(
      {
        imported: 4,
        skippedDuplicates: 0,
      },
    );
    expect(invoices()).toEqual([
      { number: 'F-1', amount_minor: 1_250_050, list_price_minor: null, currency: 'TRY' },
      { number: 'F-2', amount_minor: 1_250_050, list_price_minor: 1_500_000, currency: 'TRY' },
      { number: 'F-3', amount_minor: 1_250_050, list_price_minor: 1_500_000, currency: 'TRY' },
      { number: 'F-4', amount_minor: 123_400, list_price_minor: null, currency: 'TRY' },
    ]);
  });

  it('an acquisition cost in a client file is read the same way', async () => {
    app = createTempApp();
    await call(app.api, 'saveProfile', { ...sampleProfile, language: 'az', currency: 'AZN' });
    const p = await previewOf('clients', 'Ad,Xərc\nLeyla Əliyeva,"2.500,75"\nRəşad Quliyev,"2,500"\n');
    expect(p.suggestedMapping).toMatchObject({ name: 0, acquisitionCost: 1 });
    const report = await call(app.api, 'checkImport', { token: p.token, mapping: p.suggestedMapping });
    expect(report.errors).toEqual([
      {
        row: 3,
        field: 'acquisitionCostMinor',
        message: 'money.input.ambiguous',
        values: { first: '2.500,00\u00a0₼', second: '2,50\u00a0₼', example: '12500,50' },
      },
    ]);
    const ok = await previewOf('clients', 'Ad,Xərc\nLeyla Əliyeva,"2.500,75"\n');
    await call(app.api, 'commitImport', { token: ok.token, mapping: ok.suggestedMapping, skipDuplicates: false });
    expect(
      app.database.sqlite.prepare("SELECT acquisition_cost_minor FROM clients WHERE name = 'Leyla Əliyeva'").pluck().get(),
    ).toBe(250_075);
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
