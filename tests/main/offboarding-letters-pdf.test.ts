// The letters PDF as the client receives it: each letter its own document (pages numbered from 1,
// in the letter's language), dated with the month written out, paragraphs apart, room to sign
// under the closing and the owner's name and title under the line — and no label of the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterText, renderLetter } from '../../src/shared/domain/letters/render';
import type { Language } from '../../src/shared/domain/format';
import type { MergeValues } from '../../src/shared/domain/letters/kinds';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { call, seedDifficultClient } from '../helpers/offboarding-fixtures';
import { openPdf, pdfText } from '../helpers/report-fixtures';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ deps: { timeZone: 'UTC' } });
});
afterEach(() => app.close());

const values = (lang: Language): MergeValues => ({
  clientName: 'Mehmet Kaya',
  ownerName: sampleProfile.ownerName,
  ownerTitle: sampleProfile.ownerTitle,
  businessName: sampleProfile.businessName,
  date: { en: '23 November 2026', tr: '23 Kasım 2026', az: '23 noyabr 2026' }[lang],
  invoiceNumbers: 'F-2026-017',
  amountDue: '₺12.500,00',
  payBy: { en: '30 November 2026', tr: '30 Kasım 2026', az: '30 noyabr 2026' }[lang],
});

/** A case with two letters: the reminder drafted in English, the stop-work notice in Turkish (long: two pages). */
async function twoLetters() {
  const { client } = seedDifficultClient(app);
  app.services.settings.saveProfile({ ...sampleProfile, language: 'tr' });
  let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'collect_payment' });
  c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'invoices', values: {} });
  const reminder = letterText(renderLetter('payment_reminder', 'en', values('en')));
  c = await call(app, 'saveOffboardingStep', {
    caseId: c.id,
    step: 'reminder',
    values: { sentOn: '2026-11-23', payBy: '2026-11-30', letter: reminder },
  });
  app.clock.set('2026-12-01T09:00:00.000Z');
  const stop = renderLetter('stop_work_notice', 'tr', values('tr'));
  const filler = Array.from(
    { length: 14 },
    (_, i) =>
      `${i + 1}. Ek not: çalışmaların hangi sırayla yeniden başlayacağını, hangi teslim tarihlerinin kayacağını ve bunun için neler yapacağımızı ayrıntılı olarak burada açıklıyoruz; sorularınızı her zaman bekliyoruz.`,
  ).join('\n\n');
  const long = { ...stop, body: stop.body.replace('Saygılarımla,', `${filler}\n\nSaygılarımla,`) };
  c = await call(app, 'saveOffboardingStep', {
    caseId: c.id,
    step: 'stop_work',
    values: { sentOn: '2026-12-01', letter: letterText(long) },
  });
  return c;
}

async function exportLetters(caseId: number, name: string) {
  const path = join(app.dir, name);
  app.dialogs.queue.save.push(path);
  const r = await call(app, 'exportOffboardingPdf', { caseId, document: 'letters' });
  return { r, bytes: readFileSync(path) };
}

/** One page's lines from top to bottom with their baseline (pdf points, growing upwards). */
async function linesOf(bytes: Buffer, pageNo: number): Promise<{ y: number; text: string }[]> {
  const { task, doc } = await openPdf(bytes);
  try {
    const content = await (await doc.getPage(pageNo)).getTextContent();
    const lines: { y: number; text: string }[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const y = item.transform[5] as number;
      const line = lines.find((l) => Math.abs(l.y - y) < 2);
      if (line) line.text += item.str;
      else lines.push({ y, text: item.str });
    }
    return lines.sort((a, b) => b.y - a.y);
  } finally {
    await task.destroy();
  }
}

describe('letters PDF', () => {
  it('prints each letter as its own document, as the client receives it', async () => {
    const c = await twoLetters();
    const { r, bytes } = await exportLetters(c.id, 'letters.pdf');
    expect(r).toMatchObject({ status: 'saved', pages: 3 });
    const pages = (await pdfText(bytes)).split('\f').slice(0, -1);
    expect(pages).toHaveLength(3);
    const [reminder, stop1, stop2] = pages.map((p) => p.replace(/\s+/g, ' '));

    // its own page numbering, in the letter's own language
    expect(reminder).toContain('Page 1 of 1');
    expect(stop1).toContain('Sayfa 1 / 2');
    expect(stop2).toContain('Sayfa 2 / 2');
    // the date, with the month written out in the letter's language (the export's day)
    expect(reminder).toContain('1 December 2026');
    expect(stop1).toContain('1 Aralık 2026');
    // the subject, the body, the closing, and the owner's name and title under the line
    expect(reminder).toContain('Invoice F-2026-017: a friendly reminder');
    expect(reminder).toContain('You may have forgotten invoice F-2026-017');
    for (const [page, closing] of [
      [reminder, 'Kind regards,'],
      [stop2, 'Saygılarımla,'],
    ] as const) {
      expect(page).toContain(closing);
      expect(page).toContain('Ayşe Yılmaz Kurucu Atölye Studio');
    }
    // never the app's own labels: the step's title, "Letters", "generated"
    const all = pages.join('\n');
    for (const label of [
      'Friendly reminder',
      'Polite reminder',
      'Nazik hatırlatma',
      'İşi durdurma bildirimi',
      'Mektuplar',
      'Oluşturulma',
      'Letters',
      '___',
    ])
      expect(all).not.toContain(label);
  });

  it('keeps a blank line between paragraphs and room to sign under the closing', async () => {
    const c = await twoLetters();
    const { bytes } = await exportLetters(c.id, 'letters.pdf');
    const lines = await linesOf(bytes, 1);
    const at = (s: string) => lines.findIndex((l) => l.text.startsWith(s));
    const gapAfter = (i: number) => lines[i]!.y - lines[i + 1]!.y;
    // within a paragraph, one line height; between paragraphs, about two
    const para = at('I hope all is well.');
    const lineHeight = gapAfter(para);
    expect(lineHeight).toBeGreaterThan(9);
    expect(lineHeight).toBeLessThan(14);
    expect(gapAfter(at('Dear Mehmet Kaya,'))).toBeGreaterThan(1.8 * lineHeight);
    const paraEnd = at('Could you arrange') - 1;
    expect(gapAfter(paraEnd)).toBeGreaterThan(1.8 * lineHeight);
    // the name sits well below the closing: room for a signature
    const closing = at('Kind regards,');
    expect(lines[closing + 1]!.text).toBe('Ayşe Yılmaz');
    expect(gapAfter(closing)).toBeGreaterThan(40);
  });

  it('the same case and time give the same bytes', async () => {
    const c = await twoLetters();
    const a = await exportLetters(c.id, 'a.pdf');
    const b = await exportLetters(c.id, 'b.pdf');
    expect(b.bytes.equals(a.bytes)).toBe(true);
  });
});
