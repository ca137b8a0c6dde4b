import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { appendJournalEntries, attachmentPath, type NewJournalEntry } from '../../src/main/services/journal-chain';
import { sampleProfile, type TempApp } from './temp-db';

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

/** pdftotext of a PDF (poppler-utils), page breaks as form feeds. */
export function pdfText(bytes: Uint8Array, layout = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], {
    maxBuffer: 64 << 20,
  }).toString('utf8');
}

export function pdfFonts(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdffonts', [file]).toString('utf8');
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
    'DROP TRIGGER IF EXISTS journal_entries_no_update; DROP TRIGGER IF EXISTS journal_entries_no_delete; DROP TRIGGER IF EXISTS journal_attachments_no_delete;',
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
