import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import PDFDocument from 'pdfkit';
import { newClient } from '../tests/helpers/temp-db';
import type { Services } from '../src/main/core/services';
import { appendJournalEntries } from '../src/main/journal/chain';
import { loadFonts, sourceFontsDir } from '../src/main/pdf/fonts';
import { pdfOptions } from '../src/main/pdf/kit';
import { dossierOptionsSchema } from '../src/shared/contract/reports';
import { measurePair, row, type BenchRow } from './harness';

interface RawEntry {
  seq: number;
  occurred_at: string;
  recorded_at: string;
  kind: string;
  channel: string;
  duration_minutes: number | null;
  severity: string;
  summary: string;
  details: string;
  quotes: string;
  people: string;
  witnesses: string;
  signs: string;
  hash: string;
  prev_hash: string;
  author: string;
  hash_version: number;
}

/**
 * The same document the plainest way: one SELECT, a node:crypto pass over the chain, then a bare
 * pdfkit loop that writes the same cover, index rows, labelled fields of every entry, quotes,
 * hashes and "page x of y" — at fixed positions, breaking pages on a fixed margin, with no
 * measuring, no keeping together and no translation layer.
 */
export function rawDossier(sqlite: Database.Database, clientId: number, fontsDir: string) {
  const entries = sqlite.prepare('SELECT * FROM journal_entries WHERE client_id = ? ORDER BY seq').all(clientId) as (RawEntry &
    Record<string, unknown>)[];
  let prev = '0'.repeat(64);
  for (const e of entries) {
    const { hash: _h, prev_hash: _p, id: _i, ...fields } = e;
    createHash('sha256')
      .update(prev + JSON.stringify(fields))
      .digest('hex');
    prev = e.hash;
  }
  return new Promise<Buffer>((ok) => {
    const fonts = loadFonts(fontsDir);
    // the same archival form as ours (PDF/A-3b, 1.7, output intent, XMP, tagged document); what
    // raw leaves out is tagging each heading, paragraph and table as a structure element
    const doc = new PDFDocument({
      ...pdfOptions({ lang: 'en' }, { Title: 'Incident dossier' }),
      margins: { top: 62, bottom: 62, left: 56, right: 56 },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => ok(Buffer.concat(chunks)));
    doc.registerFont('body', fonts.regular);
    doc.registerFont('bold', fonts.bold);
    const when = new Intl.DateTimeFormat('tr', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    const at = (iso: string) => `${when.format(new Date(iso))} (${iso})`;
    const list = (json: string) => (JSON.parse(json) as string[]).join(', ') || '—';
    const left = 56;
    const width = 483.28;
    const bottom = 841.89 - 62;
    const at_ = (font: string, px: number, s: string, x: number, y: number, w: number) => {
      doc.font(font).fontSize(px).text(s, x, y, { width: w, lineGap: 1.5 });
      return doc.y;
    };
    doc.font('bold').fontSize(18).text('Olay dosyası', left, 62);
    doc
      .font('body')
      .fontSize(9.5)
      .text(`Bench Dossier — ${entries.length} kayıt — zincir başı #${entries.at(-1)?.seq ?? 0} ${prev}`);
    // the index: one row per entry, header on every page
    doc.addPage();
    const cols = [0.7, 2, 2, 2, 1.4, 5].map((w) => (w / 13.1) * width);
    const xs = cols.map((_, i) => left + cols.slice(0, i).reduce((a, b) => a + b, 0));
    const header = ['#', 'Olay', 'Kayıt', 'Tür', 'Kanal', 'Özet'];
    let y = 62;
    const headerRow = () => {
      y = Math.max(...header.map((h, i) => at_('bold', 9, h, xs[i]! + 3, y + 3, cols[i]! - 6))) + 3;
    };
    headerRow();
    for (const e of entries) {
      if (y > bottom - 40) {
        doc.addPage();
        y = 62;
        headerRow();
      }
      const late = Date.parse(e.recorded_at) - Date.parse(e.occurred_at) > 86_400_000;
      const cells = [
        String(e.seq),
        when.format(new Date(e.occurred_at)),
        when.format(new Date(e.recorded_at)) + (late ? ' · geç' : ''),
        e.kind,
        e.channel,
        e.summary,
      ];
      y = Math.max(...cells.map((c, i) => at_('body', 9, c, xs[i]! + 3, y + 3, cols[i]! - 6))) + 3;
      doc
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(0.4)
        .stroke();
    }
    // every entry with its labelled fields
    doc.addPage();
    y = 62;
    const lw = width * 0.3;
    for (const e of entries) {
      if (y > bottom - 120) {
        doc.addPage();
        y = 62;
      }
      y = at_('bold', 11, `Kayıt #${e.seq} · ${e.kind}`, left, y + 4, width) + 3;
      const days = Math.floor((Date.parse(e.recorded_at) - Date.parse(e.occurred_at)) / 86_400_000);
      if (days >= 1) y = at_('bold', 9.5, `Geç kayıt: olaydan ${days} gün sonra yazıldı.`, left, y, width) + 3;
      const pairs: [string, string, number][] = [
        ['Olay zamanı', at(e.occurred_at), 9.5],
        ['Kayıt zamanı', at(e.recorded_at), 9.5],
        ['Yazan', e.author || 'kaydedilmemiş (uygulama yazarı kaydetmeye başlamadan önce yazıldı)', 9.5],
        ['Tür', e.kind, 9.5],
        ['Kanal', e.channel, 9.5],
        ['Süre', e.duration_minutes === null ? '—' : `${e.duration_minutes} dk`, 9.5],
        ['Önem', e.severity, 9.5],
        ['Bulunan kişiler', list(e.people), 9.5],
        ['Tanıklar', list(e.witnesses), 9.5],
        ['Uyarı işaretleri', list(e.signs), 9.5],
        ['İlgili kayıt', '—', 9.5],
        ['Özet', e.summary, 9.5],
        ['Ayrıntılar', e.details, 9.5],
      ];
      for (const q of JSON.parse(e.quotes) as string[]) pairs.push(['Söylenenler', `“${q}”`, 9.5]);
      pairs.push(['Kayıt özeti', e.hash, 7.5], ['Hash sürümü', String(e.hash_version), 7.5], ['Önceki özet', e.prev_hash, 7.5]);
      for (const [label, value, px] of pairs) {
        if (y > bottom - 30) {
          doc.addPage();
          y = 62;
        }
        y = Math.max(at_('bold', 9.5, label, left, y, lw), at_('body', px, value, left + lw + 8, y, width - lw - 8)) + 2;
      }
      doc
        .moveTo(left, y + 4)
        .lineTo(left + width, y + 4)
        .lineWidth(0.6)
        .stroke();
      y += 8;
    }
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(i);
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      doc.font('body').fontSize(7.5).text(`Bench · Olay dosyası · Bench Dossier`, left, 30, { width, lineBreak: false });
      doc.text(`Sayfa ${i + 1} / ${range.count}`, left, 841.89 - 40, { width, lineBreak: false, align: 'right' });
    }
    doc.end();
  });
}

/** A 1,000-entry incident dossier: ours (verify, index table, entries in full, page x of y) vs a bare pdfkit loop. */
export async function benchDossier(s: Services, runs = 5): Promise<BenchRow> {
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
  const { ours, raw } = await measurePair(
    async () => {
      const r = await s.reports.dossierPdf(opts, { createdAt: '2026-11-23T10:00:00.000Z', timeZone: 'UTC' });
      if (r.status === 'rendered') pages = r.pages;
    },
    () => rawDossier(s.ctx.sqlite, client.id, sourceFontsDir()),
    runs,
    true,
    true,
  );
  return row(`incident dossier PDF, 1,000 entries (${pages} pages)`, ours, raw, 1.5, {
    note: 'both: read, re-hash the chain, cover, index rows, every labelled field, hashes, page x of y, PDF/A-3b; raw without measuring, keeping rows together or structure tags',
  });
}
