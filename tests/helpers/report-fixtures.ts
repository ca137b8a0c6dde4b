import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendJournalEntries, type NewJournalEntry } from '../../src/main/services/journal-chain';
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
      attachments: [{ sha256: 'a'.repeat(64), originalName: 'görüşme-kaydı.m4a', sizeBytes: 48213, mediaType: 'audio/mp4' }],
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
  return client;
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
