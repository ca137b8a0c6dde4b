import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { appendJournalEntries, attachmentPath, type NewJournalEntry } from '../../src/main/journal/chain';
import { sampleProfile, type TempApp } from './temp-db';
import type { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A Turkish-speaking business with one difficult client and a handful of journal entries. */
export async function seedDossierClient(app: TempApp, opts: { language?: 'en' | 'tr' | 'az'; extra?: number } = {}) {
  await app.api.saveProfile({ ...sampleProfile, language: opts.language ?? 'en' });
  const client = await app.api.createClient({
    name: 'Mehmet Kaya',
    company: 'Kaya İnşaat',
    email: '',
    phone: '',
    status: 'active',
    clientSince: null,
    acquisitionChannel: '',
    acquisitionCostMinor: 0,
    isHighProfile: false,
    paymentTermsKind: 'days',
    paymentTermsValue: 30,
    notes: '',
  });
  const audio = Buffer.from('RIFF fake recording of the call ğşıİ', 'utf8');
  const audioSha = createHash('sha256').update(audio).digest('hex');
  const stored = attachmentPath(app.services.ctx.dataDir, audioSha);
  mkdirSync(dirname(stored), { recursive: true });
  writeFileSync(stored, audio);
  const base: Omit<NewJournalEntry, 'summary' | 'occurredAt' | 'kind'> = { clientId: client.id, channel: 'phone' };
  const [first] = appendJournalEntries(app.services.ctx, [
    {
      ...base,
      kind: 'incident_threat',
      occurredAt: '2026-03-10T09:30:00.000Z',
      recordedAt: '2026-03-10T10:00:00.000Z',
      durationMinutes: 12,
      summary: 'Şikayet: müşteri ödeme yapmayacağını söyledi',
      details: 'Görüşme sırasında sesini yükseltti. Ağır ifadeler kullandı.',
      quotes: ['Bu işi bitirmezseniz sizi mahkemeye veririm, İstanbul’daki herkes öğrenecek!'],
      people: ['Mehmet Kaya', 'Ayşe Yılmaz'],
      witnesses: ['Gülşen Öztürk'],
      severity: 'high',
      signs: ['abusive'],
      attachments: [{ sha256: audioSha, originalName: 'görüşme-kaydı.m4a', sizeBytes: audio.length, mediaType: 'audio/mp4' }],
    },
  ]);
  appendJournalEntries(app.services.ctx, [
    {
      ...base,
      kind: 'email',
      channel: 'email',
      occurredAt: '2026-03-12T08:00:00.000Z',
      recordedAt: '2026-03-15T08:00:00.000Z',
      summary: 'Ödeme hatırlatması gönderildi; yanıt yok',
      details: 'Fatura F-2026-014 için ikinci hatırlatma.',
      severity: 'low',
    },
    {
      ...base,
      kind: 'note',
      channel: 'other',
      occurredAt: '2026-03-10T09:30:00.000Z',
      recordedAt: '2026-03-16T08:00:00.000Z',
      summary: 'Düzeltme: tanık Gülşen Öztürk değil, Əli Həsənov idi',
      details: 'Azərbaycanlı iş ortağı Əli Həsənov görüşmədə vardı. ğ ş ı İ ö ü ç ə Ə',
      witnesses: ['Əli Həsənov'],
      amendsId: first!.id,
    },
  ]);
  const extra: NewJournalEntry[] = [];
  for (let i = 0; i < (opts.extra ?? 0); i++) {
    const day = new Date(Date.UTC(2026, 3, 1) + i * 3_600_000 * 7);
    extra.push({
      ...base,
      kind: i % 3 === 0 ? 'complaint' : i % 3 === 1 ? 'call' : 'revision_request',
      occurredAt: day.toISOString(),
      recordedAt: new Date(day.getTime() + (i % 10 === 0 ? 30 : 1) * 3_600_000).toISOString(),
      durationMinutes: 10 + (i % 30),
      summary: `Kayıt numarası ${i + 1}: revizyon talebi ve şikâyet, üslup sert`,
      details: i % 7 === 0 ? 'Uzun ayrıntı. '.repeat(40) : 'Kısa ayrıntı.',
      quotes: i % 5 === 0 ? [`Sözler ${i + 1}: “bunu kabul etmiyorum”`] : [],
      people: ['Mehmet Kaya'],
      severity: 'medium',
    });
  }
  if (extra.length) appendJournalEntries(app.services.ctx, extra);
  return { client, audioSha };
}

type PdfTask = ReturnType<typeof getDocument>;

/** Opens a PDF with pdfjs-dist (pure JS: no poppler on the machine); `destroy()` the task after. */
export async function openPdf(bytes: Uint8Array): Promise<{ task: PdfTask; doc: Awaited<PdfTask['promise']> }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs may take ownership of (detach) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, fontExtraProperties: true, verbosity: 0 });
  return { task, doc: await task.promise };
}

/**
 * The text of a PDF, read with pdfjs-dist, in the form pdftotext gives: lines in reading order,
 * runs on one line joined (with a space where the layout leaves a gap), pages ended by a form feed.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { task, doc } = await openPdf(bytes);
  const pages: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let out = '';
      let lastY: number | undefined;
      let lastEnd = 0;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const x = item.transform[4] as number;
        const y = item.transform[5] as number;
        const size = Math.hypot(item.transform[2] as number, item.transform[3] as number) || 10;
        if (lastY !== undefined) {
          if (Math.abs(y - lastY) > size * 0.4) out += '\n';
          else if (x - lastEnd > size * 0.15 && !out.endsWith(' ') && !item.str.startsWith(' ')) out += ' ';
        }
        out += item.str;
        if (item.str.length) {
          lastY = y;
          lastEnd = x + item.width;
        }
        if (item.hasEOL) {
          out += '\n';
          lastY = undefined;
        }
      }
      pages.push(out.replace(/\n{2,}/g, '\n'));
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return pages.map((p) => `${p}\n\f`).join('');
}

/**
 * The fonts a PDF's pages use, one row per font in pdffonts' column order: name, type, encoding,
 * embedded, subset, ToUnicode. Name, type and embedding come from pdfjs-dist as it loads each
 * font; the encoding and the ToUnicode map are read off the font's own dictionary.
 */
export async function pdfFonts(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const raw = Buffer.from(bytes).toString('latin1');
  const { task, doc } = await openPdf(bytes);
  const rows = new Map<string, string>();
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn: number, i: number) => {
        if (fn !== pdfjs.OPS.setFont) return;
        const id = String((ops.argsArray[i] as unknown[])[0]);
        if (!page.commonObjs.has(id)) return;
        const font = page.commonObjs.get(id) as { name?: string; type?: string; missingFile?: boolean };
        if (!font.name || rows.has(font.name)) return;
        // A composite font has two dictionaries with this BaseFont (Type0 and its CIDFont): the
        // one that carries the encoding is the font's own. Dictionaries are matched innermost.
        const own = (d: string) => d.includes(`/BaseFont /${font.name}\n`) || d.includes(`/BaseFont /${font.name} `);
        const dicts = (raw.match(/<<(?:(?!<<|>>)[\s\S])*>>/g) ?? []).filter(own);
        const dict = dicts.find((d) => d.includes('/Encoding')) ?? dicts[0] ?? '';
        const type = { CIDFontType2: 'CID TrueType', TrueType: 'TrueType', Type1: 'Type 1', Type3: 'Type 3' }[font.type ?? ''] ?? font.type;
        const encoding = /\/Encoding \/([\w-]+)/.exec(dict)?.[1] ?? 'Custom';
        const yesNo = (b: boolean) => (b ? 'yes' : 'no');
        rows.set(
          font.name,
          [font.name, type, encoding, yesNo(!font.missingFile), yesNo(/^[A-Z]{6}\+/.test(font.name)), yesNo(dict.includes('/ToUnicode'))].join(' '),
        );
      });
    }
  } finally {
    await task.destroy();
  }
  return [...rows.values()].join('\n');
}

/** Changes a stored entry behind the app's back (the database refuses it: drop the guard first). */
export function tamperEntry(app: TempApp, clientId: number, seq: number, summary: string) {
  app.database.sqlite.exec('DROP TRIGGER IF EXISTS journal_entries_no_update; DROP TRIGGER IF EXISTS journal_entries_no_delete;');
  app.database.sqlite
    .prepare('UPDATE journal_entries SET summary = ? WHERE client_id = ? AND seq = ?')
    .run(summary, clientId, seq);
}

/** Cuts a chain back to `keep` entries and rewrites its recorded head, as a careful forger would. */
export function truncateChain(app: TempApp, clientId: number, keep: number) {
  const s = app.database.sqlite;
  s.exec(
    'DROP TRIGGER IF EXISTS journal_entries_no_update; DROP TRIGGER IF EXISTS journal_entries_no_delete; DROP TRIGGER IF EXISTS journal_attachments_no_delete; DROP TRIGGER IF EXISTS journal_heads_forward_only;',
  );
  const ids = s.prepare('SELECT id FROM journal_entries WHERE client_id = ? AND seq > ?').all(clientId, keep) as { id: number }[];
  for (const { id } of ids) {
    s.prepare('DELETE FROM journal_attachments WHERE entry_id = ?').run(id);
    s.prepare('DELETE FROM journal_entries WHERE id = ?').run(id);
  }
  const head = s.prepare('SELECT seq, hash FROM journal_entries WHERE client_id = ? ORDER BY seq DESC LIMIT 1').get(clientId) as {
    seq: number;
    hash: string;
  };
  s.prepare('UPDATE journal_heads SET seq = ?, hash = ? WHERE client_id = ?').run(head.seq, head.hash, clientId);
}

/** The files attached to a PDF (its EmbeddedFiles), read with pdfjs-dist: name → bytes and description. */
export async function pdfAttachments(bytes: Uint8Array): Promise<Map<string, { content: Uint8Array; description: string }>> {
  const { task, doc } = await openPdf(bytes);
  try {
    const list = ((await doc.getAttachments()) ?? new Map()) as Map<string, { filename: string; description: string }>;
    const out = new Map<string, { content: Uint8Array; description: string }>();
    for (const [id, a] of list) out.set(a.filename, { content: (await doc.getAttachmentContent(id)) as Uint8Array, description: a.description });
    return out;
  } finally {
    await task.destroy();
  }
}
