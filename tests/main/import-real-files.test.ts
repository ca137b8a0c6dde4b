// Spreadsheets as an outside tester saves them from a Turkish Excel (audit, 2026-12-03): BOM,
// `;`, decimal commas, dates as 03.12.2026, 12/03/2026 and Excel serial numbers, blank rows in
// between and at the end, a line break typed in a cell, İ ı ş ğ ə in names, and 10,000 rows.
// Every problem names the row Excel shows it on; a refused file changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call } from '../helpers/call';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { monthFirstDate, normaliseDate } from '../../src/shared/domain/csv-import';
import { translatorFor } from '../../src/main/pdf/translate';
import { runCli } from '../../src/main/cli';

let app: TempApp | undefined;
const dirs: string[] = [];
afterEach(() => {
  app?.close();
  app = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function file(content: string | Buffer): string {
  const d = mkdtempSync(join(tmpdir(), 'cd-real-'));
  dirs.push(d);
  const p = join(d, 'Müşteriler.csv');
  writeFileSync(p, content);
  return p;
}
async function turkishApp() {
  app = createTempApp();
  await call(app.api, 'saveProfile', { ...sampleProfile, language: 'tr', currency: 'TRY' });
  return app;
}
async function check(kind: 'clients' | 'invoices', content: string) {
  app!.dialogs.queue.open.push([file(content)]);
  const preview = (await call(app!.api, 'previewImport', { kind }))!;
  const report = await call(app!.api, 'checkImport', { token: preview.token, mapping: preview.suggestedMapping });
  return { preview, report };
}
const commit = (p: { token: string; suggestedMapping: Record<string, number | null> }) =>
  call(app!.api, 'commitImport', { token: p.token, mapping: p.suggestedMapping, skipDuplicates: false });

describe('a Turkish Excel CSV', () => {
  it('imports clients: BOM, `;`, 1.234,56, three date forms, a line break in a cell, blank rows', async () => {
    await turkishApp();
    const csv =
      '\uFEFFAd Soyad;Firma;E-posta;Başlangıç;Edinme maliyeti\r\n' +
      'İlkə Şahin;Öz İnşaat;ilke@example.az;03.12.2026;1.234,56\r\n' +
      ';;;;\r\n' + // a blank row Excel keeps: row 3
      'Ayşe Iğdır;"Çağrı\r\nLtd";ayse@example.com;12/03/2026;12,5\r\n' +
      'Ğ. Işık;;;46082;0\r\n' + // the date as Excel's serial number (a cell left "General")
      ';;;;\r\n;;;;\r\n';
    const { preview, report } = await check('clients', csv);
    expect(preview).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ';', rowCount: 3 });
    expect(report).toMatchObject({ total: 3, valid: 3, errorCount: 0, duplicateCount: 0 });
    expect(await commit(preview)).toEqual({ imported: 3, skippedDuplicates: 0 });
    const clients = await call(app!.api, 'listClients', { includeArchived: true });
    const by = (n: string) => clients.find((c) => c.name === n)!;
    // 1.234,56 in Turkish is 1234.56 lira: 123456 kuruş; 12,5 is 1250 kuruş
    expect(by('İlkə Şahin')).toMatchObject({ company: 'Öz İnşaat', clientSince: '2026-12-03', acquisitionCostMinor: 123_456 });
    // 12/03/2026 is the 12th of March on a Turkish calendar; the line break is a space
    expect(by('Ayşe Iğdır')).toMatchObject({ company: 'Çağrı Ltd', clientSince: '2026-03-12', acquisitionCostMinor: 1_250 });
    // serial 46082 = 1899-12-30 + 46082 days = 2026-03-01
    expect(by('Ğ. Işık')).toMatchObject({ clientSince: '2026-03-01' });
  });

  it('a status column in Turkish or Azerbaijani words is read as the app’s statuses', async () => {
    await turkishApp();
    const csv = 'Ad Soyad;Durum\r\nA;Aktif\r\nB;risk altında\r\nC;Keçmiş müştəri\r\nD;ADAY\r\nE;at risk\r\nF;uçuyor\r\n';
    const { preview, report } = await check('clients', csv);
    expect(report.errors).toEqual([{ row: 7, field: 'status', message: 'validation.choice' }]);
    const fixed = await check('clients', csv.replace('F;uçuyor\r\n', ''));
    expect(fixed.report.errorCount).toBe(0);
    await commit(fixed.preview);
    const statuses = (await call(app!.api, 'listClients', { includeArchived: true })).map((c) => [c.name, c.status]).sort();
    expect(statuses).toEqual([
      ['A', 'active'],
      ['B', 'at_risk'],
      ['C', 'former'],
      ['D', 'prospect'],
      ['E', 'at_risk'],
    ]);
    expect(preview.rowCount).toBe(6);
  });

  it('a `sep=;` first line (the hint Excel reads and hides) names the delimiter and is not the header', async () => {
    await turkishApp();
    const { preview, report } = await check('clients', 'sep=;\r\nAd Soyad;E-posta\r\nDeniz, Ltd;bozuk\r\n');
    expect(preview).toMatchObject({ delimiter: ';', headers: ['Ad Soyad', 'E-posta'], rowCount: 1 });
    // Excel shows the header as row 1 and this row as row 2
    expect(report.errors).toEqual([{ row: 2, field: 'email', message: 'validation.email' }]);
  });

  it('names the row Excel shows, counting blank rows, and imports nothing', async () => {
    await turkishApp();
    const csv =
      'Ad Soyad;E-posta\r\n' + // row 1
      'Deniz;deniz@example.com\r\n' + // row 2
      ';\r\n' + // row 3, blank
      '"Çok\r\nsatırlı ad";bozuk-adres\r\n' + // row 4 (one row in Excel, two lines in the file)
      'Ece;ece@example.com\r\n' + // row 5
      ';\r\n;\r\n' + // rows 6, 7
      ';kimsesiz@example.com\r\n'; // row 8: no name
    const { preview, report } = await check('clients', csv);
    expect(report.errors).toEqual([
      { row: 4, field: 'email', message: 'validation.email' },
      { row: 8, field: 'name', message: 'validation.required' },
    ]);
    await expect(commit(preview)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await call(app!.api, 'listClients', { includeArchived: true })).toEqual([]);
  });

  it('imports invoices with Turkish amounts and dates; a bad amount names its row and column', async () => {
    await turkishApp();
    await call(app!.api, 'createClient', { name: 'Şükrü Öğüt' });
    const header = 'Müşteri;Fatura No;Tarih;Vade;Tutar;Para birimi\r\n';
    const good = 'şükrü öğüt;F-2026-001;03.12.2026;31.12.2026;1.234,56;TRY\r\nSukru Ogut;F-2026-002;46359;;12500,5;\r\n';
    const bad = await check('invoices', header + good + ';;;;;\r\nŞükrü Öğüt;F-2026-003;01.12.2026;;12,34,5;TRY\r\n');
    expect(bad.report.errors).toEqual([expect.objectContaining({ row: 5, field: 'amountMinor' })]);
    await expect(commit(bad.preview)).rejects.toMatchObject({ code: 'VALIDATION' });

    const { preview, report } = await check('invoices', header + good);
    expect(report).toMatchObject({ valid: 2, errorCount: 0 });
    await commit(preview);
    const rows = app!.database.sqlite
      .prepare('SELECT number, issued_on, due_on, amount_minor, currency FROM invoices ORDER BY number')
      .all();
    expect(rows).toEqual([
      { number: 'F-2026-001', issued_on: '2026-12-03', due_on: '2026-12-31', amount_minor: 123_456, currency: 'TRY' },
      // serial 46359 = 2026-12-03; no due date: the client's terms (net 30) → 2027-01-02
      { number: 'F-2026-002', issued_on: '2026-12-03', due_on: '2027-01-02', amount_minor: 1_250_050, currency: 'TRY' },
    ]);
  });

  it('a 10,000-row file imports whole, or not at all when one row near the end is wrong', async () => {
    await turkishApp();
    const rows = Array.from({ length: 10_000 }, (_, i) => `Müşteri ${i + 1} İşçi;m${i + 1}@example.com;${(i % 28) + 1}.02.2024`);
    const head = '\uFEFFAd Soyad;E-posta;Başlangıç\r\n';
    const broken = [...rows];
    broken[9_997] = 'Müşteri 9998;m9998@example.com;30.02.2024'; // no 30 February: Excel row 9,999
    const refused = await check('clients', head + broken.join('\r\n') + '\r\n;;\r\n');
    expect(refused.report.errors).toEqual([{ row: 9_999, field: 'clientSince', message: 'validation.dateImpossible' }]);
    await expect(commit(refused.preview)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(app!.database.sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 0 });

    const { preview, report } = await check('clients', head + rows.join('\r\n') + '\r\n');
    expect(report).toMatchObject({ total: 10_000, valid: 10_000, errorCount: 0 });
    expect(await commit(preview)).toEqual({ imported: 10_000, skippedDuplicates: 0 });
    expect(app!.database.sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 10_000 });
  });
});

describe('amounts with currency marks, as Excel prints a currency cell', () => {
  it('"1.234,56 TL" is lira; "€1.234,56" in a lira row is refused with its row, never imported as lira', async () => {
    await turkishApp();
    await call(app!.api, 'createClient', { name: 'Deniz' });
    const header = 'Müşteri;Fatura No;Tarih;Tutar\r\n';
    const bad = await check('invoices', header + 'Deniz;T-1;01.12.2026;1.234,56 TL\r\nDeniz;T-2;01.12.2026;€1.234,56\r\n');
    expect(bad.report.errors).toEqual([
      { row: 3, field: 'amountMinor', message: 'money.input.otherCurrency', values: { mark: '€', currency: 'TRY' } },
    ]);
    await expect(commit(bad.preview)).rejects.toMatchObject({ code: 'VALIDATION' });
    const good = await check('invoices', header + 'Deniz;T-1;01.12.2026;1.234,56 TL\r\n');
    await commit(good.preview);
    expect(app!.database.sqlite.prepare('SELECT number, amount_minor, currency FROM invoices').all()).toEqual([
      { number: 'T-1', amount_minor: 123_456, currency: 'TRY' },
    ]);
  });
});

describe('cli import of a real file', () => {
  it('lists each problem in the owner’s language with the column’s letter and header; --lang overrides', async () => {
    await turkishApp();
    const path = file('Müşteri;Fatura No;Tarih;Tutar\r\nKimse;F-9;01.03.2026;1,234\r\n');
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    expect(await runCli(['import', 'invoices', '--db', app!.database.path, '--file', path], io)).toBe(1);
    expect(out).toContain('row 2 (client): Bu ad ya da e-postayla bir müşteri yok. — column A “Müşteri”');
    expect(out.find((l) => l.startsWith('row 2 (amountMinor): '))).toMatch(/— column D “Tutar”$/);
    out.length = 0;
    expect(await runCli(['import', 'invoices', '--db', app!.database.path, '--file', path, '--lang', 'en'], io)).toBe(1);
    expect(out).toContain('row 2 (client): No client with this name or e-mail. — column A “Müşteri”');
    expect(await runCli(['import', 'invoices', '--db', app!.database.path, '--file', path, '--lang', 'de'], io)).toBe(2);
  });
});

describe('a US Excel CSV', () => {
  it('a date written month first is named as such, with the two ways to write it; nothing imported', async () => {
    app = createTempApp();
    await call(app.api, 'saveProfile', { ...sampleProfile, language: 'en', currency: 'USD' });
    await call(app.api, 'createClient', { name: 'Jane Doe' });
    const csv =
      'Client,Invoice number,Issued on,Due on,Amount\r\nJane Doe,U-1,12/31/2026,1/15/2027,"1,250.00"\r\nJane Doe,U-2,2026-12-01,,99.5\r\n';
    const { preview, report } = await check('invoices', csv);
    // 12/31/2026 cannot be day first (no 31st month); 1/15/2027 neither
    expect(report.errors).toEqual([
      {
        row: 2,
        field: 'issuedOn',
        message: 'validation.dateMonthFirst',
        values: { date: '12/31/2026', iso: '2026-12-31', dmy: '31.12.2026' },
      },
      {
        row: 2,
        field: 'dueOn',
        message: 'validation.dateMonthFirst',
        values: { date: '1/15/2027', iso: '2027-01-15', dmy: '15.01.2027' },
      },
    ]);
    const en = translatorFor('en');
    expect(en(report.errors[0]!.message, report.errors[0]!.values)).toBe(
      'This date is written month first (12/31/2026); the import reads day first (31/12/2026). Write it as 2026-12-31 or 31.12.2026.',
    );
    await expect(commit(preview)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(app.database.sqlite.prepare('SELECT count(*) AS n FROM invoices').get()).toEqual({ n: 0 });
  });
});

describe('dates as spreadsheets write them', () => {
  it('reads Excel serial numbers in the 1900 date system, leap days included', () => {
    expect(normaliseDate('46082')).toBe('2026-03-01');
    expect(normaliseDate('45351')).toBe('2024-02-29');
    expect(normaliseDate('73050')).toBe('2099-12-31');
    expect(normaliseDate('03.12.2026')).toBe('2026-12-03');
    expect(normaliseDate('2026')).toBe('2026'); // a year alone is not a serial: refused by the schema
    // day first is what the import reads; only a date that cannot be day first is "month first"
    expect(monthFirstDate('03/12/2026')).toBeNull();
    expect(monthFirstDate('31/12/2026')).toBeNull();
    expect(monthFirstDate('12/32/2026')).toBeNull();
    expect(monthFirstDate('2/29/2028')?.values).toEqual({ date: '2/29/2028', iso: '2028-02-29', dmy: '29.02.2028' });
  });
});
