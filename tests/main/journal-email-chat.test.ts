import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatProposal, EmailProposal, EvidenceAnswer } from '../../src/shared/contract/journal';
import { attachmentPath } from '../../src/main/journal/chain';
import { dispatch } from '../../src/main/dispatch';
import { call } from '../helpers/call';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';

// The path from a file to a fingerprinted journal entry, on the real API: the owner chooses (or
// drops) an e-mail or a WhatsApp export, main stores and reads it, nothing is written until the
// owner saves the proposal, then the entry carries the original with its fingerprint.
const fixtures = join(__dirname, '../fixtures/chats');
const fixture = (name: string) => join(fixtures, name);
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** Turkish text in Windows-1254 / ISO-8859-9 (the same bytes for these letters), as Outlook writes it. */
const turkishBytes: Record<string, number> = {
  Ç: 0xc7,
  ç: 0xe7,
  Ğ: 0xd0,
  ğ: 0xf0,
  İ: 0xdd,
  ı: 0xfd,
  Ö: 0xd6,
  ö: 0xf6,
  Ş: 0xde,
  ş: 0xfe,
  Ü: 0xdc,
  ü: 0xfc,
  â: 0xe2,
};
const encode1254 = (s: string) => Buffer.from([...s].map((c) => turkishBytes[c] ?? c.charCodeAt(0)));

let app: TempApp;
let clientId: number;
beforeEach(async () => {
  app = createTempApp({ now: '2026-12-05T09:00:00.000Z', deps: { timeZone: 'Europe/Istanbul' } });
  await call(app.api, 'saveProfile', { ...sampleProfile, timeZone: 'Europe/Istanbul' });
  clientId = app.services.clients.create(newClient('Mehmet Kaya')).id;
});
afterEach(() => app.close());

const journalCount = () => (app.database.sqlite.prepare('SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n;

function proposed<T>(a: EvidenceAnswer | null): T {
  if (!a || a.status !== 'proposed') throw new Error(`not proposed: ${JSON.stringify(a)}`);
  return a.proposal as T;
}

async function chooseFile(name: string): Promise<EvidenceAnswer | null> {
  app.dialogs.queue.open.push([fixture(name)]);
  return call(app.api, 'proposeEvidence');
}

describe('an e-mail as a journal entry', () => {
  it('a Turkish e-mail (encoded-word subject, quoted-printable UTF-8 body) is proposed, confirmed, stored with its fingerprint', async () => {
    const p = proposed<EmailProposal>(await chooseFile('sikayet-tr.eml'));
    expect(app.dialogs.requests.at(-1)?.kind).toBe('open');
    expect(p.summary).toBe('Tasarım hakkında şikâyet – ödeme yapılmayacak');
    // 14:05:33 +0300 is the instant 11:05:33 UTC
    expect(p.occurredAt).toBe('2026-12-02T11:05:33.000Z');
    expect(p.timeZone).toBe('Europe/Istanbul');
    expect(p.people).toEqual([
      'Mehmet Kaya <mehmet.kaya@example.com.tr>',
      'Ayşe Çelik <ayse@studio.example>',
      'Şenay Yılmaz <senay@example.com.tr>',
    ]);
    expect(p.lines).toContain('Faturayı ödemeyeceğim, avukatımla görüşeceğim.');
    expect(p.lines).toContain('Gönderdiğiniz tasarımı hiç beğenmedim. Bu işi üç kez değiştirdiniz ve hâlâ istediğim gibi değil.');
    expect(p.attachment).toMatchObject({ sha256: sha(fixture('sikayet-tr.eml')), originalName: 'sikayet-tr.eml' });
    expect(existsSync(attachmentPath(app.services.ctx.dataDir, p.attachment.sha256))).toBe(true);
    // proposing writes nothing to the journal
    expect(journalCount()).toBe(0);

    const [saved] = await call(app.api, 'addJournalEntries', {
      entries: [
        {
          clientId,
          kind: 'email',
          channel: 'email',
          occurredAt: p.occurredAt,
          summary: p.summary,
          people: p.people,
          quotes: [p.lines[2]!],
          attachments: [p.attachment],
        },
      ],
    });
    expect(saved).toMatchObject({ kind: 'email', occurredAt: '2026-12-02T11:05:33.000Z', quotes: [p.lines[2]] });
    expect(saved!.attachments).toEqual([
      {
        sha256: sha(fixture('sikayet-tr.eml')),
        originalName: 'sikayet-tr.eml',
        sizeBytes: readFileSync(fixture('sikayet-tr.eml')).length,
        mediaType: expect.any(String),
      },
    ]);
    expect(readFileSync(attachmentPath(app.services.ctx.dataDir, saved!.attachments[0]!.sha256))).toEqual(
      readFileSync(fixture('sikayet-tr.eml')),
    );
    const check = await app.services.journal.verification.run(clientId);
    expect(check.ok).toBe(true);
  });

  it('an Azerbaijani e-mail (base64 body, Q-encoded subject)', async () => {
    const p = proposed<EmailProposal>(await chooseFile('etiraz-az.eml'));
    expect(p.summary).toBe('Hesab-faktura ilə bağlı etiraz');
    expect(p.occurredAt).toBe('2026-12-03T05:12:00.000Z');
    expect(p.people).toEqual(['Günel Əliyeva <gunel.aliyeva@example.az>', 'Rəşad Məmmədov <rashad@studio.example>']);
    expect(p.lines).toContain('Sabahadək cavab verməsəniz, şikayətimi sosial şəbəkədə paylaşacağam.');
  });

  it('an English e-mail with an attached PDF names the file inside and takes the multipart body', async () => {
    const p = proposed<EmailProposal>(await chooseFile('dispute-en.eml'));
    expect(p.summary).toBe('Re: Invoice 2026-114 - scope dispute');
    expect(p.occurredAt).toBe('2026-12-01T21:45:10.000Z');
    expect(p.people).toEqual([
      'Jordan Blake <jordan.blake@example.com>',
      'Sam Carter <sam@studio.example>',
      'billing@studio.example',
      'Lee, Morgan <morgan.lee@example.com>',
    ]);
    expect(p.innerFiles).toEqual(['invoice-2026-114-marked.pdf']);
    expect(p.lines).toEqual([
      'Sam,',
      'I never agreed to pay for the extra revisions. See the marked-up invoice attached.',
      'If this is not fixed by Friday I will dispute the charge with my bank.',
      'Jordan',
    ]);
  });

  it('an Outlook e-mail in Windows-1254 (8bit body, ISO-8859-9 subject) keeps every Turkish letter', async () => {
    // the test's own table, checked against Node's decoder
    expect(new TextDecoder('windows-1254').decode(encode1254('ÇçĞğİıÖöŞşÜüâ'))).toBe('ÇçĞğİıÖöŞşÜüâ');
    const subject = `=?iso-8859-9?Q?${[...encode1254('Ödenmemiş fatura - son uyarı')]
      .map((b) =>
        b === 0x20
          ? '_'
          : b < 0x80 && /[A-Za-z0-9]/.test(String.fromCharCode(b))
            ? String.fromCharCode(b)
            : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
      )
      .join('')}?=`;
    const head = [
      'Date: Mon, 30 Nov 2026 18:30:00 +0300',
      'From: Gokhan <gokhan@example.com.tr>',
      'To: ayse@studio.example',
      `Subject: ${subject}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="windows-1254"',
      'Content-Transfer-Encoding: 8bit',
      '',
      '',
    ].join('\r\n');
    const bytes = Buffer.concat([
      Buffer.from(head, 'latin1'),
      encode1254('Çalışmanızı beğenmedim, ödeme yapmayacağım.\r\nŞikâyetimi ilettim.\r\n'),
    ]);
    const p = proposed<EmailProposal>(
      await call(app.api, 'proposeDroppedEvidence', { name: 'outlook.eml', base64: bytes.toString('base64') }),
    );
    expect(p.summary).toBe('Ödenmemiş fatura - son uyarı');
    expect(p.lines).toEqual(['Çalışmanızı beğenmedim, ödeme yapmayacağım.', 'Şikâyetimi ilettim.']);
    expect(p.occurredAt).toBe('2026-11-30T15:30:00.000Z');
  });

  it('a dropped e-mail arrives as bytes and is stored the same way; a cancelled dialog proposes nothing', async () => {
    const bytes = readFileSync(fixture('dispute-en.eml'));
    const p = proposed<EmailProposal>(
      await call(app.api, 'proposeDroppedEvidence', { name: 'dispute-en.eml', base64: bytes.toString('base64') }),
    );
    expect(p.attachment.sha256).toBe(sha(fixture('dispute-en.eml')));
    expect(existsSync(attachmentPath(app.services.ctx.dataDir, p.attachment.sha256))).toBe(true);
    expect(await call(app.api, 'proposeEvidence')).toBeNull();
    expect(journalCount()).toBe(0);
  });

  it('a file that is neither is refused with a reason; a path can never be sent', async () => {
    const r = await call(app.api, 'proposeDroppedEvidence', {
      name: 'notes.txt',
      base64: Buffer.from('just some notes\nno chat here').toString('base64'),
    });
    expect(r).toMatchObject({ status: 'refused', reason: 'not_evidence', name: 'notes.txt' });
    const withPath = await dispatch(app.api, 'proposeDroppedEvidence', { name: 'x.eml', base64: '', path: '/etc/passwd' });
    expect(withPath.ok).toBe(false);
    const tooBig = await dispatch(app.api, 'proposeDroppedEvidence', { name: 'x.eml', base64: 'A'.repeat(30 * 1024 * 1024) });
    expect(tooBig.ok).toBe(false);
  });
});

describe('a WhatsApp chat as journal entries', () => {
  it("a Turkish export: the phone's times in the owner's zone; two picked messages saved in one step, both with the export attached", async () => {
    const p = proposed<ChatProposal>(await chooseFile('whatsapp-tr.txt'));
    expect(p.source).toBe('whatsapp');
    expect(p.timeZone).toBe('Europe/Istanbul');
    expect(p.dateOrderGuessed).toBe(true);
    const multi = p.messages.find((m) => m.local === '2026-12-02T14:05:33')!;
    expect(multi).toMatchObject({ occurredAt: '2026-12-02T11:05:33.000Z', sender: 'Mehmet Kaya' });
    expect(multi.text.split('\n')).toHaveLength(3);
    const threat = p.messages.at(-1)!;
    expect(journalCount()).toBe(0);

    const saved = await call(app.api, 'addJournalEntries', {
      entries: [multi, threat].map((m) => ({
        clientId,
        kind: 'note' as const,
        channel: 'chat' as const,
        occurredAt: m.occurredAt,
        summary: m.text.split('\n')[0]!,
        people: [m.sender!],
        quotes: [m.text],
        attachments: [p.attachment],
      })),
    });
    expect(saved.map((e) => e.quotes[0])).toEqual([multi.text, 'Sizi herkese şikâyet edeceğim!']);
    for (const e of saved) expect(e.attachments[0]!.sha256).toBe(sha(fixture('whatsapp-tr.txt')));
    expect(journalCount()).toBe(2);
    expect((await app.services.journal.verification.run(clientId)).ok).toBe(true);
  });

  it('an Azerbaijani export in Baku time, and an English one re-read with the other day/month order', async () => {
    await call(app.api, 'saveProfile', { ...sampleProfile, timeZone: 'Asia/Baku' });
    const az = proposed<ChatProposal>(await chooseFile('whatsapp-az.txt'));
    expect(az.messages[1]).toMatchObject({ sender: 'Günel Əliyeva', occurredAt: '2026-12-03T05:15:00.000Z' });
    expect(az.messages[2]!.special).toBe('media');

    const en = proposed<ChatProposal>(await chooseFile('whatsapp-en.txt'));
    expect(en.dateOrder).toBe('mdy');
    expect(en.messages[1]!.local).toBe('2026-12-01T16:50:00');
    const again = proposed<ChatProposal>(
      await call(app.api, 'rereadChatEvidence', { attachment: en.attachment, dateOrder: 'dmy' }),
    );
    expect(again.dateOrder).toBe('dmy');
    expect(again.messages[1]!.local).toBe('2026-01-12T16:50:00');
    expect(journalCount()).toBe(0);
  });

  it('a batch is all or none: one entry dated in the future keeps the other out too', async () => {
    const p = proposed<ChatProposal>(await chooseFile('whatsapp-tr-android.txt'));
    const r = await dispatch(app.api, 'addJournalEntries', {
      entries: [
        {
          clientId,
          kind: 'note',
          channel: 'chat',
          occurredAt: p.messages[1]!.occurredAt,
          summary: 'ok',
          attachments: [p.attachment],
        },
        {
          clientId,
          kind: 'note',
          channel: 'chat',
          occurredAt: '2027-01-01T00:00:00Z',
          summary: 'future',
          attachments: [p.attachment],
        },
      ],
    });
    expect(r.ok).toBe(false);
    expect(journalCount()).toBe(0);
  });
});

describe('limits', () => {
  it('a dropped file above the attachment limit is refused with the limit; nothing is stored', async () => {
    const small = createTempApp({ deps: { attachmentMaxBytes: 100 } });
    try {
      const r = await call(small.api, 'proposeDroppedEvidence', {
        name: 'dispute-en.eml',
        base64: readFileSync(fixture('dispute-en.eml')).toString('base64'),
      });
      expect(r).toEqual({ status: 'refused', name: 'dispute-en.eml', reason: 'too_large', maxBytes: 100 });
      expect(existsSync(attachmentPath(small.services.ctx.dataDir, sha(fixture('dispute-en.eml'))))).toBe(false);
    } finally {
      small.close();
    }
  });
});
