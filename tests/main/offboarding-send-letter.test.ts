// Issue 16 item 10: a letter goes out through the owner's mail program as a mailto: link, and the
// sending is journaled with the letter's SHA-256, so the journal shows what was sent and when.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { call, failure, seedDifficultClient } from '../helpers/offboarding-fixtures';
import { MAILTO_MAX_LENGTH, letterSubjectAndBody, mailtoUrl } from '../../src/shared/domain/letters/mailto';
import { letterText, renderLetter } from '../../src/shared/domain/letters/render';
import { pdfText } from '../helpers/report-fixtures';

let app: TempApp;
let clientId: number;
let caseId: number;

beforeEach(async () => {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  clientId = seedDifficultClient(app).client.id;
  caseId = (await call(app, 'startOffboardingCase', { clientId, path: 'collect_payment' })).id;
});
afterEach(() => app.close());

const reminder = (lang: 'en' | 'tr' | 'az' = 'tr') =>
  letterText(
    renderLetter('payment_reminder', lang, {
      clientName: 'Mehmet Kaya',
      ownerName: 'Ayşe Yılmaz',
      businessName: 'Yılmaz Dijital',
      date: '23 Kasım 2026',
      invoiceNumbers: 'F-2026-017',
      amountDue: '₺12.500,00',
      payBy: '30 Kasım 2026',
    }),
  );
/** What the mail program receives, decoded back (RFC 6068 query parts). */
const decoded = (url: string) => {
  const [head, query = ''] = url.split('?');
  const parts = Object.fromEntries(query.split('&').map((p) => [p.split('=')[0], decodeURIComponent(p.split('=')[1] ?? '')]));
  return { to: decodeURIComponent(head!.slice('mailto:'.length)), ...parts } as { to: string; subject?: string; body?: string };
};

describe('mailto links', () => {
  it('encodes Turkish and Azerbaijani letters as UTF-8, line breaks as CRLF, spaces as %20, and keeps the @', () => {
    const url = mailtoUrl({
      to: 'mehmet@kaya.com.tr',
      subject: 'Ödeme: ğüşıöç İ Ə ə & ? = #',
      body: 'Sayın Mehmet,\n\nTeşekkürler.\r\nƏli',
    });
    expect(url).toBe(
      'mailto:mehmet@kaya.com.tr?subject=%C3%96deme%3A%20%C4%9F%C3%BC%C5%9F%C4%B1%C3%B6%C3%A7%20%C4%B0%20%C6%8F%20%C9%99%20%26%20%3F%20%3D%20%23' +
        '&body=Say%C4%B1n%20Mehmet%2C%0D%0A%0D%0ATe%C5%9Fekk%C3%BCrler.%0D%0A%C6%8Fli',
    );
    expect(url).not.toMatch(/[+\s]/);
    expect(decoded(url)).toEqual({
      to: 'mehmet@kaya.com.tr',
      subject: 'Ödeme: ğüşıöç İ Ə ə & ? = #',
      body: 'Sayın Mehmet,\r\n\r\nTeşekkürler.\r\nƏli',
    });
    // no address: the mail program asks for one
    expect(mailtoUrl({ to: '', subject: 'A', body: '' })).toBe('mailto:?subject=A');
  });

  it('takes the subject from the first line of a saved letter and the body from the rest', () => {
    expect(letterSubjectAndBody('Konu\r\n\r\n\r\nSayın X,\n\nMetin\n\n')).toEqual({ subject: 'Konu', body: 'Sayın X,\n\nMetin' });
  });
});

describe('sending a letter', () => {
  it('opens the mail program with the client address, subject and body, then journals the sending with the hash', async () => {
    app.services.settings.saveProfile({ ...sampleProfile, language: 'tr' });
    const text = reminder('tr');
    const r = await call(app, 'emailOffboardingLetter', { caseId, step: 'reminder', text });
    const sha256 = createHash('sha256').update(text.replace(/\s+$/, ''), 'utf8').digest('hex');
    expect(r).toEqual({ status: 'opened', to: 'mehmet@kaya.com.tr', sha256 });
    expect(app.dialogs.mailed).toHaveLength(1);
    const sent = decoded(app.dialogs.mailed[0]!);
    expect(sent.to).toBe('mehmet@kaya.com.tr');
    expect(sent.subject).toBe('F-2026-017 numaralı fatura: nazik bir hatırlatma');
    expect(sent.body).toContain('Sayın Mehmet Kaya,\r\n\r\nUmarım');
    expect(sent.body).toContain('Saygılarımla,');
    // opening is not sending: nothing is journaled until the owner confirms
    const before = app.services.journal.list(
      { clientId, kinds: ['email'], channels: [], severities: [], from: null, to: null, lateOnly: false },
      null,
      10,
    );
    expect(before.items).toEqual([]);

    app.clock.set('2026-11-23T10:05:00.000Z');
    const entry = await call(app, 'recordOffboardingLetterSent', { caseId, step: 'reminder', text });
    expect(entry).toMatchObject({ kind: 'email', channel: 'email', caseId, clientId, recordedAt: '2026-11-23T10:05:00.000Z' });
    expect(entry.summary).toContain('mektup e-postayla gönderildi: F-2026-017 numaralı fatura: nazik bir hatırlatma');
    expect(entry.details).toContain(`SHA-256 parmak izi (UTF-8): ${sha256}`);
    expect(entry.details).toContain('Alıcı: mehmet@kaya.com.tr');
    expect(entry.details).toContain(text.split('\n')[2]!);
    // in the chain: the journal verifies with the entry in it, and its hash covers the letter hash
    const v = await app.services.journal.verification.run(clientId);
    expect(v.ok).toBe(true);
    const seqs = app.database.sqlite
      .prepare('SELECT seq, hash, details FROM journal_entries WHERE client_id = ? ORDER BY seq')
      .all(clientId) as {
      seq: number;
      hash: string;
      details: string;
    }[];
    expect(seqs.at(-1)!.hash).toBe(entry.hash);
    expect(seqs.at(-1)!.details).toContain(sha256);
  });

  it('offers copy or PDF instead for a letter too long for a mail link, and saves that one letter as a PDF', async () => {
    const long = `${reminder('az')}\n\n${'Əlavə qeyd: ödəniş gecikir, zəhmət olmasa cavab verin. '.repeat(30)}`;
    const r = await call(app, 'emailOffboardingLetter', { caseId, step: 'reminder', text: long });
    expect(r.status).toBe('too_long');
    if (r.status !== 'too_long') return;
    expect(r.maxLength).toBe(MAILTO_MAX_LENGTH);
    expect(r.length).toBeGreaterThan(MAILTO_MAX_LENGTH);
    expect(app.dialogs.mailed).toEqual([]);

    const path = join(app.dir, 'mektup.pdf');
    app.dialogs.queue.save.push(path);
    const saved = await call(app, 'exportOffboardingLetterPdf', { caseId, step: 'reminder', text: long });
    expect(saved).toMatchObject({ status: 'saved', path });
    expect(existsSync(path)).toBe(true);
    const { readFileSync } = await import('node:fs');
    const pdf = (await pdfText(new Uint8Array(readFileSync(path)))).replace(/\s+/g, ' ');
    expect(pdf).toContain('Hörmətli Mehmet Kaya');

    // sent from the mail program by hand: the confirmation journals it the same way
    const entry = await call(app, 'recordOffboardingLetterSent', { caseId, step: 'reminder', text: long });
    expect(entry.details).toContain(r.sha256);
  });

  it('refuses a step without a letter, and an empty letter', async () => {
    expect(await failure(app, 'emailOffboardingLetter', { caseId, step: 'invoices', text: 'x' })).toMatchObject({
      code: 'INVALID_STATE',
      details: { reason: 'no_letter' },
    });
    expect(await failure(app, 'recordOffboardingLetterSent', { caseId, step: 'reminder', text: '  ' })).toMatchObject({
      code: 'VALIDATION',
    });
  });
});
