import PDFDocument from 'pdfkit';
import { newClient } from '../tests/helpers/temp-db';
import type { Services } from '../src/main/services';
import { appendJournalEntries } from '../src/main/services/journal-chain';
import { loadFonts, sourceFontsDir } from '../src/main/pdf/fonts';
import { dossierOptionsSchema } from '../src/shared/contract/reports';
import { measure, row, type BenchRow } from './harness';

/** A bare pdfkit loop: the same entries as plain text with the embedded font, nothing else. */
function rawDossier(
  entries: { seq: number; occurred_at: string; kind: string; summary: string; details: string; quotes: string; hash: string }[],
) {
  return new Promise<Buffer>((ok) => {
    const fonts = loadFonts(sourceFontsDir());
    const doc = new PDFDocument({ size: 'A4', margin: 56 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => ok(Buffer.concat(chunks)));
    doc.registerFont('body', fonts.regular);
    doc.font('body').fontSize(9.5);
    for (const e of entries) {
      doc.text(`#${e.seq} ${e.occurred_at} ${e.kind}`);
      doc.text(e.summary);
      doc.text(e.details);
      for (const q of JSON.parse(e.quotes) as string[]) doc.text(`“${q}”`);
      doc.text(e.hash);
    }
    doc.end();
  });
}

/** A 1,000-entry incident dossier: ours (verify, index table, entries in full, page x of y) vs a bare pdfkit loop. */
export async function benchDossier(s: Services): Promise<BenchRow> {
  const client = s.clients.create(newClient('Bench Dossier'));
  appendJournalEntries(
    s.ctx,
    Array.from({ length: 1_000 }, (_, i) => ({
      clientId: client.id,
      kind: i % 2 ? 'complaint' : 'call',
      channel: 'phone',
      occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000 * 5).toISOString(),
      durationMinutes: 15,
      summary: `Şikâyet ${i + 1}: teslim tarihi ve fiyat üzerine uzun görüşme`,
      details: 'Müşteri revizyon istedi; sözleşme dışı talepler tekrarlandı. '.repeat(3),
      quotes: i % 4 === 0 ? ['Bunu kabul etmiyorum, paranızı alamazsınız.'] : [],
      people: ['Mehmet Kaya', 'Ayşe Yılmaz'],
    })),
  );
  if (!s.settings.profile())
    s.settings.saveProfile({
      businessName: 'Bench',
      ownerName: 'Owner',
      ownerTitle: '',
      currency: 'TRY',
      language: 'tr',
      monthlyCapacityCostMinor: 1,
      paidHoursPerMonth: 160,
      practicalCapacityPct: 80,
    });
  const opts = dossierOptionsSchema.parse({ clientId: client.id, language: 'tr' });
  let pages = 0;
  const ours = await measure(async () => {
    const r = await s.reports.dossierPdf(opts, { createdAt: '2026-11-23T10:00:00.000Z', timeZone: 'UTC' });
    if (r.status === 'rendered') pages = r.pages;
  }, 3);
  const entries = s.ctx.sqlite
    .prepare('SELECT * FROM journal_entries WHERE client_id = ? ORDER BY seq')
    .all(client.id) as Parameters<typeof rawDossier>[0];
  const raw = await measure(() => rawDossier(entries), 3);
  return row(`incident dossier PDF, 1,000 entries (${pages} pages)`, ours, raw, 6, {
    goal: '≤ 6× raw',
    note: 'ours: chain verification, cover, index table with repeated headers, every field, page x of y; raw: a bare pdfkit text loop',
  });
}
