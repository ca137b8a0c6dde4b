// Excel workbooks (.xlsx) as an outside tester makes them (audit, 2026-12-03): a title merged
// across the columns, a two-row header, amounts formatted as lira, dates as date cells, formulas
// with their cached results, Turkish and Azerbaijani letters, a line break in a cell, formatted
// empty rows below the data, and 10,000 rows. Each imports as Excel shows it, or is refused
// naming the row and column, changing nothing; an .xls or a damaged file is refused in words.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call } from '../helpers/call';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { xlsx, type XCell } from '../helpers/xlsx-file';
import { runCli } from '../../src/main/cli';
import { translatorFor } from '../../src/main/pdf/translate';

let app: TempApp | undefined;
const dirs: string[] = [];
afterEach(() => {
  app?.close();
  app = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function file(bytes: Buffer, name = 'Müşteriler.xlsx'): string {
  const d = mkdtempSync(join(tmpdir(), 'cd-xlsx-'));
  dirs.push(d);
  const p = join(d, name);
  writeFileSync(p, bytes);
  return p;
}
async function appIn(language: 'tr' | 'en') {
  app = createTempApp();
  await call(app.api, 'saveProfile', { ...sampleProfile, language, currency: 'TRY' });
  return app;
}
async function check(kind: 'clients' | 'invoices', bytes: Buffer) {
  app!.dialogs.queue.open.push([file(bytes)]);
  const preview = (await call(app!.api, 'previewImport', { kind }))!;
  const report = await call(app!.api, 'checkImport', { token: preview.token, mapping: preview.suggestedMapping });
  return { preview, report };
}
const commit = (p: { token: string; suggestedMapping: Record<string, number | null> }) =>
  call(app!.api, 'commitImport', { token: p.token, mapping: p.suggestedMapping, skipDuplicates: false });
const invoices = () =>
  app!.database.sqlite.prepare('SELECT number, issued_on, due_on, amount_minor, currency FROM invoices ORDER BY number').all();

describe('an Excel workbook', () => {
  it('imports clients: merged title row, two-row header, İ ı ş ğ ə, a line break in a cell, empty formatted rows', async () => {
    await appIn('tr');
    const rows: XCell[][] = [
      ['Müşteri listesi — Aralık 2026', '', '', '', ''], // A1:E1 merged: a title, not the header
      ['Ad Soyad', 'İletişim', '', 'Başlangıç', 'Edinme maliyeti'], // B2:C2 merged over its two columns
      ['', 'E-posta', 'Telefon', '', ''],
      ['İlkə Şahin', 'ilke@example.az', { n: 994501234567 }, { n: 46359, s: 3 }, { n: 1234.56, s: 2 }],
      ['Ayşe Iğdır\nYılmaz', 'ayse@example.com', '+90 555 111 22 33', { n: 46082, s: 1 }, { f: 'B9*2', v: 2500, s: 2 }],
      ['Əli Güləç', { f: 'LOWER("ALI@EXAMPLE.AZ")', v: 'ali@example.az' }, null, null, { n: 0.1 + 0.2, s: 2 }],
    ];
    const { preview, report } = await check(
      'clients',
      xlsx(rows, { merges: ['A1:E1', 'B2:C2', 'A2:A3', 'D2:D3', 'E2:E3'], blankRowsAfter: 30 }),
    );
    expect(preview).toMatchObject({ format: 'xlsx', sheetName: 'Sayfa1', rowCount: 3 });
    expect(preview.headers).toEqual(['Ad Soyad', 'E-posta', 'Telefon', 'Başlangıç', 'Edinme maliyeti']);
    expect(preview.suggestedMapping).toMatchObject({ name: 0, email: 1, phone: 2, clientSince: 3, acquisitionCost: 4 });
    expect(report).toMatchObject({ total: 3, valid: 3, errorCount: 0 });
    await commit(preview);
    const clients = await call(app!.api, 'listClients', { includeArchived: true });
    const by = (n: string) => clients.find((c) => c.name === n);
    // 1234.56 lira = 123456 kuruş; 46359 in dd.mm.yyyy is 03.12.2026; the phone's digits as typed
    expect(by('İlkə Şahin')).toMatchObject({
      email: 'ilke@example.az',
      phone: '994501234567',
      clientSince: '2026-12-03',
      acquisitionCostMinor: 123_456,
    });
    // a formula's cached 2500 lira = 250000 kuruş; serial 46082 = 2026-03-01; Alt+Enter is a space
    expect(by('Ayşe Iğdır Yılmaz')).toMatchObject({ clientSince: '2026-03-01', acquisitionCostMinor: 250_000 });
    // a string formula's cached result; 0.1 + 0.2 stored as 0.30000000000000004 is 30 kuruş
    expect(by('Əli Güləç')).toMatchObject({ email: 'ali@example.az', clientSince: null, acquisitionCostMinor: 30 });
  });

  it('imports invoices; amounts read in the owner’s language (English too)', async () => {
    await appIn('en');
    await call(app!.api, 'createClient', { name: 'Şükrü Öğüt' });
    const rows: XCell[][] = [
      ['Client', 'Invoice number', 'Issued on', 'Due on', 'Amount', 'Currency'],
      ['Şükrü Öğüt', 'F-1', { n: 46359, s: 1 }, { n: 46387, s: 3 }, { n: 1234.5, s: 2 }, 'TRY'],
      ['sukru ogut', { f: '"F-"&2', v: 'F-2' }, { n: 45351, s: 1 }, null, { f: 'E2*2', v: 2469, s: 2 }, ''],
    ];
    const { preview, report } = await check('invoices', xlsx(rows));
    expect(report).toMatchObject({ valid: 2, errorCount: 0 });
    await commit(preview);
    expect(invoices()).toEqual([
      // 46359 = 2026-12-03, 46387 = 2026-12-31; 1234.5 lira = 123450 kuruş
      { number: 'F-1', issued_on: '2026-12-03', due_on: '2026-12-31', amount_minor: 123_450, currency: 'TRY' },
      // 45351 = 2024-02-29 (a leap day); net 30 from the client's terms → 2024-03-30
      { number: 'F-2', issued_on: '2024-02-29', due_on: '2024-03-30', amount_minor: 246_900, currency: 'TRY' },
    ]);
  });

  it('names the Excel row and column of a problem, and imports nothing', async () => {
    await appIn('tr');
    await call(app!.api, 'createClient', { name: 'Deniz' });
    const rows: XCell[][] = [
      ['Müşteri', 'Fatura No', 'Tarih', 'Tutar'],
      ['Deniz', 'A-1', { n: 46359, s: 1 }, { n: 100, s: 2 }],
      ['Deniz', 'A-2', { n: 46359, s: 1 }, { f: '1/0', v: '#DIV/0!' }], // row 3: a formula that failed
      ['Kimse', 'A-3', { n: 46359, s: 1 }, { n: 5, s: 2 }], // row 4: no such client
    ];
    const { preview, report } = await check('invoices', xlsx(rows));
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 3, field: 'amountMinor' }),
      { row: 4, field: 'client', message: 'validation.unknownClient' },
    ]);
    await expect(commit(preview)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(invoices()).toEqual([]);
  });

  it('a workbook counting dates from 1904, written with namespace prefixes (<x:row>)', async () => {
    await appIn('tr');
    // 1904 system: serial 44897 is 1904-01-01 + 44897 days = 2026-12-03 (1900 system: 2022-12-02)
    const rows: XCell[][] = [
      ['Ad Soyad', 'Başlangıç'],
      ['Nərgiz Əhmədova', { n: 44897, s: 1 }],
    ];
    const { preview, report } = await check('clients', xlsx(rows, { date1904: true, prefixed: true }));
    expect(preview.headers).toEqual(['Ad Soyad', 'Başlangıç']);
    expect(report).toMatchObject({ valid: 1, errorCount: 0 });
    await commit(preview);
    expect((await call(app!.api, 'listClients', { includeArchived: true }))[0]).toMatchObject({
      name: 'Nərgiz Əhmədova',
      clientSince: '2026-12-03',
    });
  });

  it('10,000 rows import whole from the first sheet', async () => {
    await appIn('tr');
    const rows: XCell[][] = [['Ad Soyad', 'E-posta', 'Başlangıç']];
    for (let i = 1; i <= 10_000; i++) rows.push([`Müşteri ${i} Ğışə`, `m${i}@example.com`, { n: 45000 + (i % 1000), s: 1 }]);
    const { preview, report } = await check('clients', xlsx(rows, { blankRowsAfter: 5 }));
    expect(report).toMatchObject({ total: 10_000, valid: 10_000, errorCount: 0 });
    expect(await commit(preview)).toEqual({ imported: 10_000, skippedDuplicates: 0 });
    expect(app!.database.sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 10_000 });
  });

  it('an .xls, a damaged .xlsx and a zip that is no workbook are refused in the owner’s words', async () => {
    await appIn('tr');
    const tr = translatorFor('tr');
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    const damaged = xlsx([['Ad']]).subarray(0, 200);
    for (const [bytes, reason] of [
      [xls, 'xls'],
      [damaged, 'xlsx'],
    ] as const) {
      app!.dialogs.queue.open.push([file(bytes)]);
      await expect(call(app!.api, 'previewImport', { kind: 'clients' })).rejects.toMatchObject({
        code: 'VALIDATION',
        details: { reason },
      });
      expect(tr(`safety.import.problems.${reason}`)).toMatch(/Excel/);
    }
    expect(await call(app!.api, 'listClients', { includeArchived: true })).toEqual([]);
  });

  it('from the CLI: says it read a workbook, imports, or refuses with exit 1', async () => {
    await appIn('tr');
    const good = file(
      xlsx([
        ['Ad Soyad', 'E-posta'],
        ['Zəfər Işıl', 'z@example.az'],
      ]),
    );
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    expect(await runCli(['import', 'clients', '--db', app!.database.path, '--file', good], io)).toBe(0);
    expect(out.join('\n')).toContain('format: Excel workbook (.xlsx), sheet "Sayfa1"');
    expect(out.join('\n')).toContain('imported: 1 rows');
    out.length = 0;
    const bad = file(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]), 'old.xls');
    expect(await runCli(['import', 'clients', '--db', app!.database.path, '--file', bad], io)).toBe(1);
    expect(out.join('\n')).toContain('refused: This is an Excel 97–2003 workbook (.xls)');
  });
});
