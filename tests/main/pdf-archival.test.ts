// Archival form (issue 19 item 8): every PDF the app makes is PDF/A-3b and tagged — the XMP
// declares part 3, level B and matches the Info dictionary; the sRGB output intent is there;
// every font is embedded and no text shows .notdef; nothing is encrypted; MarkInfo, a structure
// tree and /Lang; the file's structure is sound the way `qpdf --check` reads it; and an attached
// file (PDF/A-3's associated file) keeps it so. tests/helpers/pdf-archival.ts reads the bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPdf } from '../../src/main/pdf/kit';
import { loadFonts, sourceFontsDir } from '../../src/main/pdf/fonts';
import { horizontalBars } from '../../src/main/pdf/charts';
import { readDossierManifest, readReceiptPdf } from '../../src/main/pdf/manifest-reader';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { openPdf, pdfText, seedDossierClient } from '../helpers/report-fixtures';
import { call, partWaysAnswers, seedDifficultClient } from '../helpers/offboarding-fixtures';
import { checkArchival, parsePdf } from '../helpers/pdf-archival';

const apps: TempApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});
function app(opts: Parameters<typeof createTempApp>[0] = {}) {
  const a = createTempApp(opts);
  apps.push(a);
  return a;
}

async function pdfjsPages(bytes: Buffer): Promise<number> {
  const { task, doc } = await openPdf(bytes);
  try {
    return doc.numPages;
  } finally {
    await task.destroy();
  }
}

function kitDocument(title = 'Kaya & Oğlu <Ltd> “Teslim” raporu') {
  return createPdf({
    fonts: loadFonts(sourceFontsDir()),
    createdAt: new Date('2026-11-23T10:00:00.000Z'),
    documentId: 'ab'.repeat(32),
    info: { title, author: 'Ayşe Yılmaz & Co', subject: 'Əli Həsənov' },
    lang: 'tr',
    runningHead: 'Atölye Studio',
    footer: 'Belge abababab',
    pageOf: (p, t) => `Sayfa ${p} / ${t}`,
  });
}

describe('archival PDFs (PDF/A-3b, tagged)', () => {
  it('the kit writes PDF/A-3b: XMP identification matching Info (escaped), output intent, embedded fonts, tags', async () => {
    const pdf = kitDocument();
    pdf.titleBlock({ overline: 'Atölye Studio', title: 'Teslim raporu', subtitle: 'Kaya İnşaat' });
    pdf.heading('Yapılanlar', 2);
    // a tab, a CRLF, an emoji, CJK and a bidi isolate the font lacks: none may print .notdef
    pdf.paragraph('Sekme\tile, satır\r\nsonu; Aferin 👍 size, 你好 \u2066x\u2069 — ödeyeceğim!');
    pdf.keyValues([['Açık bakiye', '₺12.500,00']]);
    pdf.table({
      columns: [
        { header: 'Teslim edilen', width: 3 },
        { header: 'Tarih', width: 1 },
      ],
      rows: [['Dosyalar', '23.11.2026']],
    });
    horizontalBars(pdf, [{ label: 'Gelir', value: 100, text: '100' }], { title: 'Gelir' });
    pdf.quote('Teşekkürler.');
    pdf.signature({ name: 'Ayşe Yılmaz', title: 'Kurucu' });
    const bytes = await pdf.end();
    const r = checkArchival(bytes);
    expect(r.version).toBe('1.7');
    expect(r.info).toMatchObject({
      Title: 'Kaya & Oğlu <Ltd> “Teslim” raporu',
      Author: 'Ayşe Yılmaz & Co',
      Producer: 'Client Dossier (pdfkit)',
      Creator: 'Client Dossier',
      CreationDate: 'D:20261123100000Z',
      ModDate: 'D:20261123100000Z',
    });
    expect(r.xmp).toContain(
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Kaya &amp; Oğlu &lt;Ltd&gt; “Teslim” raporu</rdf:li>',
    );
    expect(r.xmp).toContain('<xmp:CreateDate>2026-11-23T10:00:00Z</xmp:CreateDate>');
    expect(r.lang).toBe('tr');
    expect(r.fonts.map((f) => f.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(r.fonts.some((f) => /Helvetica|Times|Courier/.test(f))).toBe(false);
    for (const t of ['Document', 'H1', 'H2', 'P', 'Div', 'Table', 'TR', 'TH', 'TD', 'Figure', 'BlockQuote'])
      expect(r.structure).toContain(t);
    expect(r.pages).toBe(await pdfjsPages(bytes));
    // the missing characters print as U+FFFD, and everything after them is still there
    const text = await pdfText(bytes);
    expect(text).toContain('ödeyeceğim!');
    expect(text).toContain('Sekme ile');
  });

  it('stays PDF/A-3 with an attached file: a MIME type, a relationship, the document’s dates, listed in /AF', async () => {
    const pdf = kitDocument();
    pdf.paragraph('Ek-1');
    pdf.attach(Buffer.from('{"entries":[]}'), {
      name: 'entries.json',
      type: 'application/json',
      relationship: 'Data',
      description: 'Kayıtlar',
    });
    // a file attached straight through pdfkit gets the same defaults
    pdf.doc.file(Buffer.from('<!doctype html><title>v</title>'), { name: 'verify.html', type: 'text/html' });
    const bytes = await pdf.end();
    const r = checkArchival(bytes);
    expect(r.attachments.map(({ name, relationship, mime }) => ({ name, relationship, mime }))).toEqual([
      { name: 'entries.json', relationship: 'Data', mime: 'application/json' },
      { name: 'verify.html', relationship: 'Supplement', mime: 'text/html' },
    ]);
    expect(r.attachments[0]!.data.toString()).toBe('{"entries":[]}');
    const latin = bytes.toString('latin1');
    expect(latin).toContain('/ModDate (D:20261123100000Z)');
    // deterministic: the same document twice gives the same bytes
    const again = kitDocument();
    again.paragraph('Ek-1');
    again.attach(Buffer.from('{"entries":[]}'), {
      name: 'entries.json',
      type: 'application/json',
      relationship: 'Data',
      description: 'Kayıtlar',
    });
    again.doc.file(Buffer.from('<!doctype html><title>v</title>'), { name: 'verify.html', type: 'text/html' });
    expect(Buffer.compare(await again.end(), bytes)).toBe(0);
  });

  it('tags a document within the PDF (a letter) as a section, in its own language when it differs', async () => {
    const pdf = kitDocument('Mektuplar');
    pdf.newDocument({ runningHead: 'a' });
    pdf.paragraph('Sayın Mehmet Bey,');
    pdf.newDocument({ runningHead: 'b', lang: 'en' });
    pdf.paragraph('Dear Mr Kaya,');
    const r = checkArchival(await pdf.end());
    expect(r.structure).toEqual(['Document', 'Sect', 'P', 'Sect[en]', 'P']);
    expect(r.pages).toBe(2);
  });

  it('the checker catches what it is for: a wrong offset, a wrong /Length, a broken reference, an unembedded font', async () => {
    const pdf = kitDocument();
    pdf.paragraph('x');
    const good = await pdf.end();
    expect(() => checkArchival(good)).not.toThrow();
    const s = good.toString('latin1');
    const mutate = (from: RegExp, to: string | ((m: string, n: string) => string)) =>
      Buffer.from(s.replace(from, to as string), 'latin1');
    // a byte more or less early in the file: every offset after it is off
    expect(() => parsePdf(mutate(/\n1 0 obj/, '\n 1 0 obj'))).toThrow(/points to/);
    expect(() => parsePdf(mutate(/\n1 0 obj/, '1 0 obj'))).toThrow(/points to|startxref/);
    expect(() => parsePdf(mutate(/\/Length (\d+)/, (_m, n) => `/Length ${String(Number(n) - 1).padEnd(n.length)}`))).toThrow(
      /Length/,
    );
    expect(() => parsePdf(mutate(/\/Pages (\d+) 0 R/, (_m, n) => `/Pages ${'0'.padStart(n.length)} 0 R`))).toThrow(
      /refers to 0 0 R/,
    );
    expect(() => checkArchival(mutate(/pdfaid:part>3</, 'pdfaid:part>2<'))).toThrow(/pdfaid:part/);
    expect(() => checkArchival(mutate(/\/FontFile2/, '/FontFileX'))).toThrow(/not embedded/);
    // the same length, so the file still parses: only the meaning changed
    expect(() => checkArchival(mutate(/\/Marked true/, '/Marked null'))).toThrow(/MarkInfo/);
  });

  it('the dossier is PDF/A-3b and tagged, in each language, and still carries its manifest', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { extra: 40 });
    for (const language of ['en', 'tr', 'az'] as const) {
      const r = await a.services.reports.dossierPdf(dossierOptionsSchema.parse({ clientId: client.id, language }), {});
      if (r.status !== 'rendered') throw new Error(r.status);
      const c = checkArchival(r.bytes);
      expect(c.lang).toBe(language);
      expect(c.pages).toBe(r.pages);
      expect(await pdfjsPages(r.bytes)).toBe(r.pages);
      expect(c.info.Title).toContain('Mehmet Kaya');
      expect(c.structure.filter((t) => t === 'H1').length).toBeGreaterThan(0);
      expect(readDossierManifest(r.bytes)?.documentId).toBe(r.documentId);
      // the manifest in Keywords and in XMP alike
      expect(c.xmp).toContain(`<pdf:Keywords>{"format":"client-dossier/dossier"`);
    }
  });

  it('the journal receipt, the handover report, the letters, the statement and the value report are PDF/A-3b', async () => {
    const a = app({ deps: { timeZone: 'UTC' } });
    const { client: dossierClient } = await seedDossierClient(a, { language: 'az' });
    const receiptPath = join(a.dir, 'receipt.pdf');
    a.dialogs.queue.save.push(receiptPath);
    expect(await a.api.makeReceipt(undefined)).toMatchObject({ status: 'saved' });
    const receipt = readFileSync(receiptPath);
    expect(checkArchival(receipt).lang).toBe('az');
    expect(readReceiptPdf(receipt)?.chains.length).toBe(1);

    const value = await a.services.reports.valuePdf({ clientId: dossierClient.id, language: 'en' });
    expect(checkArchival(value.bytes).lang).toBe('en');

    const { client, invoiceId, achievementIds } = seedDifficultClient(a);
    a.services.settings.saveProfile({ ...sampleProfile, language: 'tr' });
    let c = await call(a, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    await call(a, 'recordOffboardingPayment', { caseId: c.id, invoiceId, amountMinor: 1_250_000, paidOn: '2026-11-23' });
    for (const [step, values] of partWaysAnswers(achievementIds))
      c = await call(a, 'saveOffboardingStep', { caseId: c.id, step, values });
    for (const document of ['report', 'letters'] as const) {
      const path = join(a.dir, `${document}.pdf`);
      a.dialogs.queue.save.push(path);
      const r = await call(a, 'exportOffboardingPdf', { caseId: c.id, document });
      expect(r).toMatchObject({ status: 'saved' });
      const checked = checkArchival(readFileSync(path));
      expect(checked.lang).toBe('tr');
      expect(checked.pages).toBe((r as { pages: number }).pages);
      if (document === 'letters') expect(checked.structure.filter((t) => t.startsWith('Sect')).length).toBeGreaterThan(0);
    }

    const statement = await a.services.offboarding.statementPdf(client.id, {});
    expect(checkArchival(statement.bytes).lang).toBe('tr');
  });
});
