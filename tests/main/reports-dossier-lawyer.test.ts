// What a lawyer asks of a dossier (issue 19, item 7): the incidents on the first page, how the
// records are kept, a declaration to sign, the full document id, what a filter leaves out,
// numbered exhibits and their bundle, and entries that run onto another page marked as continued.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { pdfText, seedDossierClient } from '../helpers/report-fixtures';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';
import { appendJournalEntries } from '../../src/main/journal/chain';
import { runCli } from '../../src/main/cli';

const apps: TempApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});
function app() {
  const a = createTempApp();
  apps.push(a);
  return a;
}
const options = (clientId: number, extra: Record<string, unknown> = {}) => dossierOptionsSchema.parse({ clientId, ...extra });
const at = { createdAt: '2026-11-23T10:00:00.000Z' };

async function rendered(a: TempApp, clientId: number, extra: Record<string, unknown> = {}) {
  const r = await a.services.reports.dossierPdf(options(clientId, extra), at);
  if (r.status !== 'rendered') throw new Error(`expected a rendered dossier, got ${r.status}`);
  return r;
}
const pagesOf = (text: string) => text.split('\f').filter((p) => p.trim());
const flat = (s: string) => s.replace(/\s+/g, '');

describe('the dossier a lawyer reads', () => {
  it('opens with the incidents by kind, with dates and entry numbers, and the full document id', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { extra: 9 });
    const r = await rendered(a, client.id);
    const pages = pagesOf(await pdfText(r.bytes));
    const first = pages[0]!;
    expect(first).toContain('Summary of incidents by kind');
    // the threat comes first, with its date and number
    expect(first).toMatch(/Incident: threat\s*1\s*10 Mar 2026\s*#1/);
    expect(first).toMatch(/Complaint\s*3\s*1 Apr 2026 – 2 Apr 2026\s*#4, #7, #10/);
    expect(first.indexOf('Incident: threat')).toBeLessThan(first.indexOf('Complaint'));
    expect(flat(first)).toContain(r.documentId);
    expect(first).toContain('This dossier holds every entry of this client’s journal (12).');
    // no command a lawyer cannot run
    expect(pages.join('')).not.toContain('npm run');
  });

  it("dates the incidents in the owner's days, in the document's time zone", async () => {
    const a = app();
    const { client } = await seedDossierClient(a);
    appendJournalEntries(a.services.ctx, [
      { clientId: client.id, kind: 'incident_abuse', channel: 'phone', occurredAt: '2026-03-31T22:30:00.000Z', summary: 'Gece' },
    ]);
    const cover = async (timeZone: string) => {
      const r = await a.services.reports.dossierPdf(options(client.id), { ...at, timeZone });
      if (r.status !== 'rendered') throw new Error(r.status);
      return pagesOf(await pdfText(r.bytes))[0]!;
    };
    expect(await cover('UTC')).toMatch(/Incident: abuse\s*1\s*31 Mar 2026\s*#4/);
    expect(await cover('Europe/Istanbul')).toMatch(/Incident: abuse\s*1\s*1 Apr 2026\s*#4/);
  });

  it('says how the records are kept, and ends with a declaration to sign', async () => {
    const a = app();
    await a.api.saveProfile({
      businessName: 'Atölye Studio',
      ownerName: 'Zeynep Arslan',
      ownerTitle: 'Kurucu',
      place: 'İstanbul',
      currency: 'TRY',
      language: 'tr',
      monthlyCapacityCostMinor: 0,
      paidHoursPerMonth: 160,
      practicalCapacityPct: 80,
    });
    const { client } = await seedDossierClient(a, { language: 'tr' });
    await a.api.saveProfile({ ...(await a.api.getSettings(undefined)).profile!, place: 'İstanbul', ownerName: 'Zeynep Arslan' });
    const text = await pdfText((await rendered(a, client.id)).bytes);
    expect(text).toContain('Bu kayıtlar nasıl tutulur');
    expect(text).toMatch(/bilgisayarın saatinden/);
    expect(text).toContain('Zeynep Arslan');
    const last = pagesOf(text).at(-1)!;
    expect(last).toContain('Kayıt tutanın beyanı');
    for (const s of ['Ad soyad', 'Zeynep Arslan', 'Unvan', 'Yer', 'İstanbul', 'Tarih', 'İmza']) expect(last, s).toContain(s);
    expect(last).toContain('3 kaydın tarafımdan');
  });

  it('a filtered dossier says how many entries it leaves out, and by which filter', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { extra: 6 });
    const cover = async (extra: Record<string, unknown>) =>
      pagesOf(await pdfText((await rendered(a, client.id, extra)).bytes))[0]!.replace(/\s+/g, ' ');
    expect(await cover({ from: '2026-03-01', to: '2026-03-31' })).toContain(
      'Filtered dossier: it leaves out 6 of the 9 entries of this client’s journal. Filter: period 1 Mar 2026 – 31 Mar 2026.',
    );
    expect(await cover({ kinds: ['call'] })).toContain(
      'it leaves out 7 of the 9 entries of this client’s journal. Filter: kinds Call.',
    );
    expect(await cover({ kinds: ['call'], language: 'tr' })).toContain(
      '9 kaydın 7 tanesini içermez. Süzgeç: türler Telefon görüşmesi.',
    );
    expect(await cover({ kinds: ['call'], from: '2026-03-01' })).toMatch(/Filter: period From 1 Mar 2026; kinds Call\./);
  });

  it('numbers attachments as exhibits in each language, and lists them', async () => {
    const a = app();
    const { client, audioSha } = await seedDossierClient(a);
    for (const [language, label] of [
      ['en', 'Exhibit 1'],
      ['tr', 'Ek-1'],
      ['az', 'Əlavə 1'],
    ] as const) {
      const text = await pdfText((await rendered(a, client.id, { language })).bytes);
      const list = pagesOf(text).find((p) => p.includes(audioSha.slice(0, 20)) && p.includes('#1') && !p.includes('Entry'))!;
      expect(text, language).toContain(label);
      expect(list, language).toContain(label);
      expect(list).toContain('görüşme-kaydı.m4a');
    }
  });

  it('marks an entry that runs onto the next page as continued', async () => {
    const a = app();
    const { client } = await seedDossierClient(a);
    appendJournalEntries(a.services.ctx, [
      {
        clientId: client.id,
        kind: 'incident_abuse',
        channel: 'in_person',
        occurredAt: '2026-04-02T09:00:00.000Z',
        recordedAt: '2026-04-02T09:30:00.000Z',
        summary: 'Long meeting',
        details: 'He shouted again and again. '.repeat(600),
      },
    ]);
    const pages = pagesOf(await pdfText((await rendered(a, client.id)).bytes));
    // every page after the one entry #4 starts on, up to the one where its hash is printed
    const start = pages.findIndex((p) => p.includes('Entry #4 · Incident: abuse'));
    const end = pages.findIndex((p, i) => i > start && p.includes('Previous hash'));
    expect(end - start).toBeGreaterThanOrEqual(2);
    pages.forEach((p, i) => expect(p.includes('Entry #4 (continued)'), `page ${i + 1}`).toBe(i > start && i <= end));
    // the cover, the index and the declaration continue no entry
    for (const p of [pages[0]!, pages.at(-1)!]) expect(p).not.toContain('(continued)');
  });

  it('Turkish keeps the summary and the hash apart, and a public complaint is public', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { language: 'tr' });
    appendJournalEntries(a.services.ctx, [
      {
        clientId: client.id,
        kind: 'public_complaint',
        channel: 'social_media',
        occurredAt: '2026-04-02T09:00:00.000Z',
        summary: 'Yorum',
      },
    ]);
    const text = await pdfText((await rendered(a, client.id)).bytes);
    expect(text).toContain('Kaydın hash değeri');
    expect(text).toContain('Özet');
    expect(text).not.toMatch(/Kayıt özeti|Önceki özet|başı özeti/);
    expect(text).toContain('Kamuya açık şikâyet');
    expect(text.replace(/Kamuya açık şikâyet/g, '')).not.toMatch(/Açık şikâyet/i);
  });

  it('is still byte-identical for the same data, language and time', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { extra: 12 });
    const one = await rendered(a, client.id, { from: '2026-03-11' });
    const two = await rendered(a, client.id, { from: '2026-03-11' });
    expect(Buffer.compare(one.bytes, two.bytes)).toBe(0);
  });
});

describe('the exhibit bundle', () => {
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  it('holds the dossier, each exhibit by its number and a manifest of SHA-256 hashes', async () => {
    const a = app();
    const { client, audioSha } = await seedDossierClient(a, { language: 'tr' });
    const dir = join(a.dir, 'bundle');
    const r = await a.services.reports.dossierBundle(options(client.id), dir, at);
    if (r.status !== 'saved') throw new Error(r.status);
    expect(r.files).toEqual(['Dosya Mehmet Kaya 2026-11-23.pdf', 'Ek-1 görüşme-kaydı.m4a', 'SHA256SUMS.txt']);
    expect(readdirSync(dir).sort()).toEqual([...r.files].sort());
    expect(sha(readFileSync(join(dir, 'Ek-1 görüşme-kaydı.m4a')))).toBe(audioSha);
    const sums = readFileSync(join(dir, 'SHA256SUMS.txt'), 'utf8');
    const lines = sums.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      const [, hash, name] = /^([0-9a-f]{64}) {2}(.+)$/.exec(l)!;
      expect(sha(readFileSync(join(dir, name!)))).toBe(hash);
    }
    // the dossier in the bundle is the dossier: the same bytes as rendered alone
    const alone = await rendered(a, client.id);
    expect(Buffer.compare(readFileSync(join(dir, r.files[0]!)), alone.bytes)).toBe(0);
    // nothing is replaced
    await expect(a.services.reports.dossierBundle(options(client.id), dir, at)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('is an API method: a new folder inside the one the owner picks; nothing when cancelled', async () => {
    const a = app();
    const { client } = await seedDossierClient(a);
    expect(await a.api.exportDossierBundle(options(client.id))).toEqual({ status: 'cancelled' });
    const parent = join(a.dir, 'usb');
    mkdirSync(parent);
    a.dialogs.queue.folder.push(parent);
    const r = await a.api.exportDossierBundle(options(client.id));
    expect(r).toMatchObject({ status: 'saved', exhibits: 1, path: join(parent, 'Exhibits Mehmet Kaya 2026-11-23') });
    expect(readdirSync(join(parent, 'Exhibits Mehmet Kaya 2026-11-23')).sort()).toEqual([
      'Dossier Mehmet Kaya 2026-11-23.pdf',
      'Exhibit 1 görüşme-kaydı.m4a',
      'SHA256SUMS.txt',
    ]);
  });

  it('refuses to bundle an exhibit whose file no longer matches its fingerprint', async () => {
    const a = app();
    const { client } = await seedDossierClient(a);
    const stored = join(a.services.ctx.dataDir);
    const dir = join(a.dir, 'bundle');
    const { attachmentPath } = await import('../../src/main/journal/chain');
    const { audioSha } = {
      audioSha: (a.database.sqlite.prepare('SELECT sha256 FROM journal_attachments').get() as { sha256: string }).sha256,
    };
    writeFileSync(attachmentPath(stored, audioSha), 'swapped');
    const r = await a.services.reports
      .dossierBundle(options(client.id, { acceptFailedVerification: true }), dir, at)
      .catch((e: unknown) => e);
    expect(r).toMatchObject({ code: 'CONFLICT' });
  });

  it('the CLI writes it with --bundle', async () => {
    const a = app();
    const { client } = await seedDossierClient(a);
    const db = join(a.dir, 'client-dossier.db');
    const dir = join(a.dir, 'cli-bundle');
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    const code = await runCli(
      [
        'report',
        'dossier',
        '--db',
        db,
        '--client',
        String(client.id),
        '--lang',
        'en',
        '--bundle',
        dir,
        '--created-at',
        at.createdAt,
      ],
      io,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'Dossier Mehmet Kaya 2026-11-23.pdf',
      'Exhibit 1 görüşme-kaydı.m4a',
      'SHA256SUMS.txt',
    ]);
    expect(out.join('\n')).toContain('1 exhibits');
  });
});
