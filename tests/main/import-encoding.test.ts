// Files as Excel and LibreOffice write them in Turkey and Azerbaijan, written in each encoding
// with iconv-lite at test time: every letter must come in intact, or the file is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { call } from '../helpers/call';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { detectEncoding } from '../../src/main/transfer/csv-decode';
import { runCli } from '../../src/main/cli';

let app: TempApp | undefined;
const dirs: string[] = [];
afterEach(() => {
  app?.close();
  app = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function file(bytes: Buffer, name = 'import.csv'): string {
  const d = mkdtempSync(join(tmpdir(), 'cd-enc-'));
  dirs.push(d);
  const p = join(d, name);
  writeFileSync(p, bytes);
  return p;
}
/** iconv-lite writes the BOM when asked (addBOM), as Excel's "CSV UTF-8" and "Unicode text" do. */
const encode = (text: string, encoding: string, bom = false) => iconv.encode(text, encoding, { addBOM: bom });
async function previewOf(kind: 'clients' | 'invoices', bytes: Buffer) {
  app!.dialogs.queue.open.push([file(bytes)]);
  return (await call(app!.api, 'previewImport', { kind }))!;
}
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const names = () => app!.database.sqlite.prepare('SELECT name FROM clients ORDER BY id').pluck().all();

// Turkish names with every letter Windows-1254 has and Windows-1252 has not (ğ Ğ ş Ş ı İ).
const turkish = [
  ['Ayşe Çelik', 'ayse@example.com', 'Ödemeler gecikiyor'],
  ['İsmail Güneş', 'ismail@example.com', 'Işık Ağaoğlu aracılığıyla'],
  ['Şükrü Öztürk', '', 'Ğ ile başlayan yok'],
];
const turkishCsv = (sep: string) =>
  ['Ad Soyad', 'E-posta', 'Notlar'].join(sep) + '\r\n' + turkish.map((r) => r.join(sep)).join('\r\n') + '\r\n';
// Azerbaijani Latin has ə Ə, which no single-byte Turkish code page holds: only UTF-8/UTF-16 files exist.
const azeri = [
  ['Əli Məmmədov', 'eli@example.az', 'Gəncədən'],
  ['Xədicə Hüseynova', 'xedice@example.az', 'Şəki, Quba, İsmayıllı'],
];
const azeriCsv = (sep: string) =>
  ['Ad', 'E-poçt', 'Qeyd'].join(sep) + '\r\n' + azeri.map((r) => r.join(sep)).join('\r\n') + '\r\n';

describe('CSV encodings and delimiters', () => {
  it('the encoding rule: BOMs, valid UTF-8, and the Turkish code page preferred over the Western ones', () => {
    expect(detectEncoding(encode('a;b', 'utf-8', true))).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(detectEncoding(encode('a;b', 'utf-16le', true))).toMatchObject({ encoding: 'utf-16le', bom: true });
    expect(detectEncoding(encode('a;b', 'utf-16be', true))).toMatchObject({ encoding: 'utf-16be', bom: true });
    expect(detectEncoding(encode('Ayşe;Çelik', 'utf-8'))).toMatchObject({ encoding: 'utf-8', bom: false });
    // chardet alone names ISO-8859-1 for this file; its bytes decode to ş ı İ ğ in 1254: Turkish
    const tr = encode(turkishCsv(';'), 'windows-1254');
    expect(detectEncoding(tr)).toEqual({ encoding: 'windows-1254', bom: false, foreign: null });
    expect(detectEncoding(encode(turkishCsv(';'), 'iso-8859-9'))).toEqual({ encoding: 'windows-1254', bom: false, foreign: null });
    // only ç ö ü (the same bytes in 1252 and 1254): read as 1254, which decodes them alike
    expect(detectEncoding(encode('Gönül;Çiçek;Ümit Öz', 'windows-1252'))).toEqual({ encoding: 'windows-1254', bom: false, foreign: null });
    // Russian in Windows-1251 is not read as Turkish: it is named
    const ru = encode('Имя;Почта\r\nИван Петров;ivan@example.ru\r\nМария Сидорова;maria@example.ru\r\nОплата задерживается постоянно\r\n', 'windows-1251');
    expect(detectEncoding(ru).foreign).toBe('windows-1251');
  });

  it.each([
    ['Windows-1254 with ; (Excel in Turkish)', encode(turkishCsv(';'), 'windows-1254'), 'windows-1254', ';'],
    ['ISO-8859-9 with tabs', encode(turkishCsv('\t'), 'iso-8859-9'), 'windows-1254', '\t'],
    ['UTF-8 with BOM and ;', encode(turkishCsv(';'), 'utf-8', true), 'utf-8', ';'],
    ['UTF-8 without BOM and ,', encode(turkishCsv(','), 'utf-8'), 'utf-8', ','],
    ['UTF-16 LE with BOM and tabs (Excel "Unicode text")', encode(turkishCsv('\t'), 'utf-16le', true), 'utf-16le', '\t'],
    ['UTF-16 BE with BOM and ;', encode(turkishCsv(';'), 'utf-16be', true), 'utf-16be', ';'],
  ])('a Turkish file in %s imports with every letter intact', async (_, bytes, encoding, delimiter) => {
    app = createTempApp();
    const p = await previewOf('clients', bytes);
    expect(p).toMatchObject({ encoding, delimiter, problem: null, rowCount: 3 });
    expect(p.headers).toEqual(['Ad Soyad', 'E-posta', 'Notlar']);
    expect(p.sample).toEqual(turkish);
    expect(await call(app.api, 'commitImport', { token: p.token, mapping: p.suggestedMapping, skipDuplicates: false })).toEqual({
      imported: 3,
      skippedDuplicates: 0,
    });
    expect(names()).toEqual(['Ayşe Çelik', 'İsmail Güneş', 'Şükrü Öztürk']);
  });

  it.each([
    ['UTF-8', encode(azeriCsv(';'), 'utf-8'), 'utf-8'],
    ['UTF-8 with BOM', encode(azeriCsv(';'), 'utf-8', true), 'utf-8'],
    ['UTF-16 LE', encode(azeriCsv('\t'), 'utf-16le', true), 'utf-16le'],
    ['UTF-16 BE', encode(azeriCsv(';'), 'utf-16be', true), 'utf-16be'],
  ])('an Azerbaijani file in %s keeps ə and Ə', async (_, bytes, encoding) => {
    app = createTempApp();
    const p = await previewOf('clients', bytes);
    expect(p).toMatchObject({ encoding, problem: null });
    expect(p.sample).toEqual(azeri);
    await call(app.api, 'commitImport', { token: p.token, mapping: p.suggestedMapping, skipDuplicates: false });
    expect(names()).toEqual(['Əli Məmmədov', 'Xədicə Hüseynova']);
  });

  it('the owner changes the encoding and the delimiter: the preview reads the file again; replacement characters are refused', async () => {
    app = createTempApp();
    const p = await previewOf('clients', encode(turkishCsv(';'), 'windows-1254'));
    // read as UTF-8, the Turkish bytes do not decode: shown with the likely encoding, never imported
    const asUtf8 = await call(app.api, 'rereadImport', { token: p.token, encoding: 'utf-8' });
    expect(asUtf8.encoding).toBe('utf-8');
    expect(asUtf8.problem).toMatchObject({ reason: 'replacement', row: 2, likely: 'windows-1254' });
    expect(asUtf8.problem!.count).toBeGreaterThan(0);
    expect(asUtf8.sample[0]![0]).toBe('Ay\uFFFDe \uFFFDelik');
    await expect(call(app.api, 'checkImport', { token: p.token, mapping: asUtf8.suggestedMapping })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'replacement', encoding: 'utf-8', likely: 'windows-1254', row: 2 },
    });
    await expect(
      call(app.api, 'commitImport', { token: p.token, mapping: asUtf8.suggestedMapping, skipDuplicates: true }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(names()).toEqual([]);
    // a delimiter that is not the file's: one column
    const comma = await call(app.api, 'rereadImport', { token: p.token, encoding: 'windows-1254', delimiter: ',' });
    expect(comma).toMatchObject({ delimiter: ',', problem: null });
    expect(comma.headers).toEqual(['Ad Soyad;E-posta;Notlar']);
    const back = await call(app.api, 'rereadImport', { token: p.token, delimiter: ';' });
    expect(back).toMatchObject({ encoding: 'windows-1254', delimiter: ';' });
    expect(back.sample[0]).toEqual(turkish[0]);
    await call(app.api, 'commitImport', { token: p.token, mapping: back.suggestedMapping, skipDuplicates: false });
    expect(names()).toEqual(['Ayşe Çelik', 'İsmail Güneş', 'Şükrü Öztürk']);
  });

  it('a Windows-1251 file is refused naming its encoding; a file without a BOM full of NULs is not text', async () => {
    app = createTempApp();
    const ru = encode('Имя;Почта\r\nИван Петров;ivan@example.ru\r\nМария Сидорова;maria@example.ru\r\nОплата задерживается постоянно\r\n', 'windows-1251');
    const p = await previewOf('clients', ru);
    expect(p.problem).toMatchObject({ reason: 'unsupported', likely: 'windows-1251' });
    await expect(call(app.api, 'checkImport', { token: p.token, mapping: p.suggestedMapping })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'unsupported', likely: 'windows-1251' },
    });
    app.dialogs.queue.open.push([file(Buffer.from('SQLite format 3\u0000\u0000garbage'))]);
    await expect(call(app.api, 'previewImport', { kind: 'clients' })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'binary' },
    });
  });

  it('Turkish invoices in Windows-1254 with 1.234,50 amounts', async () => {
    app = createTempApp();
    await call(app.api, 'saveProfile', { ...sampleProfile, language: 'tr', currency: 'TRY' });
    await call(app.api, 'createClient', { name: 'Ayşe Çelik' });
    const csv =
      'Müşteri;Fatura No;Tarih;Tutar;Açıklama\r\n' +
      'Ayşe Çelik;F-1;01.03.2026;1.234,50;Web sitesi tasarımı\r\n' +
      'ayşe çelik;F-2;02.03.2026;12.500,00;Bakım ve güncelleştirme\r\n';
    const p = await previewOf('invoices', encode(csv, 'windows-1254'));
    expect(p).toMatchObject({ encoding: 'windows-1254', delimiter: ';' });
    await call(app.api, 'commitImport', { token: p.token, mapping: p.suggestedMapping, skipDuplicates: false });
    expect(app.database.sqlite.prepare('SELECT number, amount_minor, description FROM invoices ORDER BY number').all()).toEqual([
      { number: 'F-1', amount_minor: 123450, description: 'Web sitesi tasarımı' },
      { number: 'F-2', amount_minor: 1250000, description: 'Bakım ve güncelleştirme' },
    ]);
  });
});

describe('cli import', () => {
  it('imports a Turkish Excel file, refuses with row numbers (1), and bad usage is 2', async () => {
    app = createTempApp();
    await call(app.api, 'saveProfile', { ...sampleProfile, language: 'tr', currency: 'TRY' });
    const db = app.database.path;
    const clients = file(encode(turkishCsv(';'), 'windows-1254'), 'musteriler.csv');
    const dry = await cli('import', 'clients', '--db', db, '--file', clients, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('encoding: windows-1254 (detected)');
    expect(dry.out).toContain('delimiter: semicolon (detected)');
    expect(dry.out).toContain('dry run: 3 rows would be imported');
    expect(names()).toEqual([]);
    const done = await cli('import', 'clients', '--db', db, '--file', clients);
    expect(done.code).toBe(0);
    expect(done.out).toContain('imported: 3 rows');
    expect(names()).toEqual(['Ayşe Çelik', 'İsmail Güneş', 'Şükrü Öztürk']);

    // the same file again: duplicates refused unless skipped
    const again = await cli('import', 'clients', '--db', db, '--file', clients);
    expect(again.code).toBe(1);
    expect(again.out).toContain('row 2 (name): ');
    expect((await cli('import', 'clients', '--db', db, '--file', clients, '--skip-duplicates')).out).toContain(
      'imported: 0 rows (3 duplicates skipped)',
    );

    const invoices = file(
      encode('Müşteri;Fatura No;Tarih;Tutar\r\nAyşe Çelik;F-1;01.03.2026;1.234,50\r\nKimse;F-2;01.03.2026;1,234\r\n', 'utf-16le', true),
    );
    const refused = await cli('import', 'invoices', '--db', db, '--file', invoices);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('encoding: utf-16le (with BOM) (detected)');
    expect(refused.out).toContain('row 3 (client): ');
    expect(refused.out).toContain('row 3 (amountMinor): ');
    expect(refused.out).toContain('nothing was imported');

    // the owner's wrong encoding: refused naming the likely one
    const wrong = await cli('import', 'clients', '--db', db, '--file', clients, '--encoding', 'utf8');
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('It looks like windows-1254');

    expect((await cli('import', '--db', db, '--file', clients)).code).toBe(2);
    expect((await cli('import', 'journal', '--db', db, '--file', clients)).code).toBe(2);
    expect((await cli('import', 'clients', '--db', db, '--file', clients, '--encoding', 'ebcdic')).code).toBe(2);
    expect((await cli('import', 'clients', '--db', db, '--file', clients, '--delimiter', '|')).code).toBe(2);
    expect((await cli('import', 'clients', '--db', db, '--file', join(app.dir, 'nope.csv'))).code).toBe(2);
  });
});
