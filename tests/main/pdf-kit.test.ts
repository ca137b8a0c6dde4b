import { describe, expect, it } from 'vitest';
import { createPdf } from '../../src/main/pdf/kit';
import { loadFonts, sourceFontsDir } from '../../src/main/pdf/fonts';
import { horizontalBars } from '../../src/main/pdf/charts';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';
import { pdfText } from '../helpers/report-fixtures';

function letter(rows: number, createdAt = '2026-11-23T10:00:00.000Z') {
  const pdf = createPdf({
    fonts: loadFonts(sourceFontsDir()),
    createdAt: new Date(createdAt),
    documentId: 'ab'.repeat(32),
    info: { title: 'Teslim raporu', author: 'Ayşe Yılmaz', subject: 'Test' },
    lang: 'tr',
    runningHead: 'Atölye Studio · Teslim raporu',
    footer: 'Belge abababab',
    pageOf: (p, t) => `Sayfa ${p} / ${t}`,
  });
  pdf.titleBlock({ overline: 'Atölye Studio', title: 'Teslim raporu', subtitle: 'Kaya İnşaat' });
  pdf.heading('Yapılanlar', 2);
  pdf.paragraph('Şirketin web sitesi yenilendi; ğ ş ı İ ö ü ç ə Ə harfleri doğru görünür.');
  pdf.keyValues([
    ['Açık bakiye', '₺12.500,00'],
    ['İletişim', 'Gülşen Öztürk'],
  ]);
  pdf.table({
    columns: [
      { header: 'Teslim edilen', width: 3 },
      { header: 'Tarih', width: 1, align: 'right' },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      `Teslimat ${i + 1}: tasarım dosyaları ve erişim bilgileri`,
      `${(i % 28) + 1}.11.2026`,
    ]),
  });
  horizontalBars(pdf, [
    { label: 'Gelir', value: 100, text: '100' },
    { label: 'Marj', value: -40, text: '−40' },
  ]);
  pdf.quote('Teşekkürler, her şey için.');
  pdf.signature({ name: 'Ayşe Yılmaz', title: 'Kurucu' });
  return pdf.end();
}

describe('pdf kit', () => {
  it('lays out every block, repeats table headers on each page and numbers the pages', async () => {
    const text = await pdfText(await letter(120));
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((p, i) => {
      expect(p).toContain(`Sayfa ${i + 1} / ${pages.length}`);
      expect(p).toContain('Atölye Studio · Teslim raporu');
      if (i > 0 && p.includes('Teslimat')) expect(p).toContain('Teslim edilen');
    });
    for (let i = 1; i <= 120; i++) expect(text).toContain(`Teslimat ${i}:`);
    for (const s of ['ğ ş ı İ ö ü ç ə Ə', '₺12.500,00', '“Teşekkürler, her şey için.”', 'Ayşe Yılmaz', 'Kurucu', 'Marj'])
      expect(text).toContain(s);
  });

  it('keeps the text after a character the font lacks (the box) searchable', async () => {
    const pdf = createPdf({
      fonts: loadFonts(sourceFontsDir()),
      createdAt: new Date('2026-11-23T10:00:00.000Z'),
      documentId: 'cd'.repeat(32),
      info: { title: 't', author: 'a', subject: 's' },
      lang: 'tr',
      runningHead: 'h',
      footer: 'f',
      pageOf: (p, t) => `${p}/${t}`,
    });
    pdf.quote('Aferin 👍 size, 你好 — ödeyeceğim!');
    const text = await pdfText(await pdf.end());
    expect(text).toContain('size,');
    expect(text).toContain('ödeyeceğim!');
  });

  it('gives the same bytes for the same content and time, other bytes for another time', async () => {
    const [a, b, c] = await Promise.all([letter(5), letter(5), letter(5, '2026-11-24T10:00:00.000Z')]);
    expect(Buffer.compare(a, b)).toBe(0);
    expect(Buffer.compare(a, c)).not.toBe(0);
    expect(a.toString('latin1')).toContain(`/ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`);
  });

  it('refuses a dossier period that ends before it starts', () => {
    expect(dossierOptionsSchema.safeParse({ clientId: 1, from: '2026-03-10', to: '2026-03-01' }).success).toBe(false);
    expect(dossierOptionsSchema.safeParse({ clientId: 1, from: '2026-03-01', to: '2026-03-01' }).success).toBe(true);
  });
});
