import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { pdfFonts, pdfText, seedDossierClient, tamperEntry } from '../helpers/report-fixtures';
import { readDossierManifest } from '../../src/main/pdf/manifest-reader';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';
import { appendJournalEntries } from '../../src/main/journal/chain';

const apps: TempApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});
function app(opts: Parameters<typeof createTempApp>[0] = {}) {
  const a = createTempApp(opts);
  apps.push(a);
  return a;
}
const options = (clientId: number, extra: Record<string, unknown> = {}) => dossierOptionsSchema.parse({ clientId, ...extra });

async function rendered(a: TempApp, clientId: number, extra: Record<string, unknown> = {}, at = {}) {
  const r = await a.services.reports.dossierPdf(options(clientId, extra), at);
  if (r.status !== 'rendered') throw new Error(`expected a rendered dossier, got ${r.status}`);
  return r;
}

describe('incident dossier', () => {
  it('holds names, exact words, witnesses, attachment fingerprints and chain heads, in each language', async () => {
    const a = app();
    const { client, audioSha } = await seedDossierClient(a);
    const expected: Record<string, string[]> = {
      en: ['Incident dossier', 'Chain of custody', 'Intact: every hash', 'Exact words', 'Witnesses', 'Late entry', 'Page 1 of'],
      tr: [
        'Olay dosyası',
        'Delil zinciri',
        'Sağlam: tüm hash değerleri',
        'Söylenenler (aynen)',
        'Tanıklar',
        'Geç kayıt',
        'Sayfa 1 /',
      ],
      az: ['Hadisə dosyesi', 'Sübut zənciri', 'Bütöv', 'Deyilənlər (olduğu kimi)', 'Şahidlər', 'Gec qeyd', 'Səhifə 1 /'],
    };
    for (const language of ['en', 'tr', 'az'] as const) {
      const r = await rendered(a, client.id, { language });
      const text = await pdfText(r.bytes);
      for (const s of expected[language]!) expect(text, `${language}: ${s}`).toContain(s);
      // names, quotes, letters of both languages, fingerprints and the chain head survive extraction
      for (const s of [
        'Mehmet Kaya',
        'Kaya İnşaat',
        'Atölye Studio',
        'Ayşe Yılmaz',
        'Gülşen Öztürk',
        'Əli Həsənov',
        'ğ ş ı İ ö ü ç ə Ə',
      ])
        expect(text, s).toContain(s);
      expect(text).toContain('sizi mahkemeye veririm, İstanbul’daki herkes öğrenecek!”');
      expect(text.replace(/\s+/g, '')).toContain(audioSha);
      const head = a.database.sqlite.prepare('SELECT hash FROM journal_heads WHERE client_id = ?').get(client.id) as {
        hash: string;
      };
      expect(text.replace(/\s+/g, '')).toContain(head.hash);
      expect(r.language).toBe(language);
    }
  });

  it('embeds DejaVu Sans (regular and bold) as subsets', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { language: 'az' });
    const fonts = await pdfFonts((await rendered(a, client.id)).bytes);
    const rows = fonts.split('\n').filter((l) => l.includes('DejaVuSans'));
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row).toMatch(/\+DejaVuSans(-Bold)?\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).not.toMatch(/Helvetica/);
  });

  it('filters by period and kind, and shows an amendment beside its original', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { extra: 6 });
    const march = await pdfText((await rendered(a, client.id, { from: '2026-03-01', to: '2026-03-31' })).bytes);
    expect(march).toContain('Entries in this dossier');
    expect(march).not.toContain('Kayıt numarası');
    // the amendment (#3) follows entry #1, before entry #2
    const one = march.indexOf('Entry #1 · Incident: threat');
    const amendment = march.indexOf('Amendment: entry #3 corrects entry #1');
    const two = march.indexOf('Entry #2 · E-mail');
    expect(one).toBeGreaterThan(0);
    expect(amendment).toBeGreaterThan(one);
    expect(two).toBeGreaterThan(amendment);
    expect(march).toContain('Corrected later by entry #3');
    const calls = await pdfText((await rendered(a, client.id, { kinds: ['call'] })).bytes);
    expect(calls).not.toContain('Entry #1 ·');
    expect(calls).toMatch(/Entry #5 · Call/);
    expect(calls).not.toMatch(/Entry #4 ·/);
    // a correction travels with its original even when its own kind was not selected
    const threats = await pdfText((await rendered(a, client.id, { kinds: ['incident_threat'] })).bytes);
    expect(threats).toContain('Amendment: entry #3 corrects entry #1');
    expect(threats).not.toContain('Entry #2 ·');
  });

  it('is byte-identical for the same data, language and time; a changed entry changes the file', async () => {
    const a = app();
    const b = app();
    const { client } = await seedDossierClient(a, { extra: 20 });
    await seedDossierClient(b, { extra: 20 });
    const at = { createdAt: '2026-11-23T10:00:00.000Z' };
    const first = await rendered(a, client.id, {}, at);
    const again = await rendered(a, client.id, {}, at);
    const other = await rendered(b, client.id, {}, at);
    expect(Buffer.compare(first.bytes, again.bytes)).toBe(0);
    expect(Buffer.compare(first.bytes, other.bytes)).toBe(0);
    expect(first.documentId).toBe(other.documentId);
    // the creation time and document id are set, not taken from the clock
    const raw = first.bytes.toString('latin1');
    // every date in the file is the creation time: the Info dictionary's CreationDate and ModDate,
    // and those of each attached file (entries.json and verify.html)
    expect(raw.match(/\(D:[^)]*\)/g)).toEqual(Array(6).fill('(D:20261123100000Z)'));
    expect(raw).toContain(`/ID [<${first.documentId.slice(0, 32)}> <${first.documentId.slice(0, 32)}>]`);
    // another language or time is another document
    expect(Buffer.compare(first.bytes, (await rendered(a, client.id, { language: 'tr' }, at)).bytes)).not.toBe(0);
    // the same journal with one entry's words changed (accepted as failed) gives another file
    tamperEntry(b, client.id, 7, 'Kayıt numarası 4: değiştirildi');
    const changed = await rendered(b, client.id, { acceptFailedVerification: true }, at);
    expect(Buffer.compare(first.bytes, changed.bytes)).not.toBe(0);
    expect(changed.documentId).not.toBe(first.documentId);
  });

  it('carries a manifest with the entry count and chain head in its metadata', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { extra: 3 });
    const r = await rendered(a, client.id, { from: '2026-03-11' }, { createdAt: '2026-11-23T10:00:00.000Z' });
    const m = readDossierManifest(r.bytes)!;
    const head = a.database.sqlite.prepare('SELECT seq, hash FROM journal_heads WHERE client_id = ?').get(client.id) as {
      seq: number;
      hash: string;
    };
    expect(m).toEqual({
      format: 'client-dossier/dossier',
      version: 1,
      documentId: r.documentId,
      createdAt: '2026-11-23T10:00:00.000Z',
      verified: true,
      chains: [{ clientId: client.id, headSeq: head.seq, headHash: head.hash, count: 4, firstSeq: 2, lastSeq: 6 }],
    });
  });
});

describe('the period', () => {
  it("is counted in the owner's days, in the document's time zone", async () => {
    const a = app();
    const { client } = await seedDossierClient(a);
    // 31 March 22:30 UTC is already 1 April in Istanbul
    appendJournalEntries(a.services.ctx, [
      { clientId: client.id, kind: 'call', channel: 'phone', occurredAt: '2026-03-31T22:30:00.000Z', summary: 'Gece araması' },
    ]);
    const march = { from: '2026-03-01', to: '2026-03-31' };
    expect(await pdfText((await rendered(a, client.id, march, { timeZone: 'UTC' })).bytes)).toContain('Gece araması');
    expect(await pdfText((await rendered(a, client.id, march, { timeZone: 'Europe/Istanbul' })).bytes)).not.toContain(
      'Gece araması',
    );
    const april = await pdfText((await rendered(a, client.id, { from: '2026-04-01' }, { timeZone: 'Europe/Istanbul' })).bytes);
    expect(april).toContain('Gece araması');
    expect(april).toContain('1 Apr 2026, 01:30');
  });
});

describe('a client without journal entries', () => {
  it('still gets a dossier that says so, with an empty chain', async () => {
    const a = app();
    const { client } = await seedDossierClient(a);
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      archivedAt: _a,
      isSample: _s,
      ...fields
    } = await a.api.getClient({ id: client.id });
    const other = await a.api.createClient({ ...fields, name: 'Leyla Əliyeva', company: '' });
    const r = await rendered(a, other.id, { language: 'az' });
    const text = await pdfText(r.bytes);
    expect(text).toContain('Bu dövrə və növlərə uyğun jurnal qeydi yoxdur.');
    expect(text).toContain('Leyla Əliyeva');
    expect(readDossierManifest(r.bytes)?.chains).toEqual([
      { clientId: other.id, headSeq: 0, headHash: '0'.repeat(64), count: 0, firstSeq: null, lastSeq: null },
    ]);
  });
});

describe('exporting a dossier', () => {
  it('refuses a tampered journal, and marks every page when the owner accepts that', async () => {
    const a = app();
    const person = a.dialogs;
    const { client } = await seedDossierClient(a, { extra: 30 });
    tamperEntry(a, client.id, 2, 'Ödeme hatırlatması gönderilmedi');
    const target = join(a.dir, 'dossier.pdf');
    person.queue.save.push(target);
    const refused = await a.api.exportDossier(options(client.id));
    expect(refused).toMatchObject({
      status: 'verification_failed',
      failure: { clientId: client.id, seq: 2, reason: 'hash_mismatch' },
    });
    expect(person.requests).toEqual([]); // nothing was rendered or saved
    expect(existsSync(target)).toBe(false);

    const saved = await a.api.exportDossier(options(client.id, { acceptFailedVerification: true }));
    expect(saved.status).toBe('saved');
    const text = await pdfText(readFileSync(target));
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page).toContain('VERIFICATION FAILED');
    expect(text).toContain('FAILED: the journal did not verify.');
    expect(text).toContain('Entry #2 — changed after it was written');
    expect(readDossierManifest(readFileSync(target))?.verified).toBe(false);
  });

  it('shows its progress while it runs (the window polls it)', async () => {
    const seen: unknown[] = [];
    let a: TempApp | null = null;
    const target = () => join(a!.dir, 'progress.pdf');
    a = app({
      deps: {
        dialogs: {
          chooseSavePath: () => (seen.push(a!.services.reports.progress()), Promise.resolve(target())),
          chooseOpenFiles: () => Promise.resolve([]),
          chooseFolder: () => Promise.resolve(null),
          openPath: () => Promise.resolve(),
        },
      },
    });
    const { client } = await seedDossierClient(a, { extra: 60 });
    const polls: unknown[] = [];
    const timer = setInterval(() => polls.push(a!.services.reports.progress()), 1);
    const r = await a.api.exportDossier(options(client.id));
    clearInterval(timer);
    expect(r.status).toBe('saved');
    expect(seen).toEqual([{ phase: 'saving', done: 0, total: 1 }]);
    expect(a.services.reports.progress()).toBeNull();
    for (const p of polls) if (p) expect(['verifying', 'rendering', 'saving']).toContain((p as { phase: string }).phase);
  });

  it('saves where the person chooses, offers a default name, and saves nothing when cancelled', async () => {
    const a = app();
    const person = a.dialogs;
    const { client } = await seedDossierClient(a, { language: 'tr' });
    expect(await a.api.exportDossier(options(client.id))).toEqual({ status: 'cancelled' });
    expect(person.requests).toMatchObject([{ kind: 'save', opts: { defaultName: 'Dosya Mehmet Kaya 2026-11-23.pdf' } }]);
    const target = join(a.dir, 'Dosya Mehmet Kaya.pdf');
    person.queue.save.push(target);
    expect(await a.api.openLastReport(undefined)).toEqual({ opened: false });
    const r = await a.api.exportDossier(options(client.id));
    expect(r).toMatchObject({ status: 'saved', path: target, language: 'tr' });
    expect(await a.api.openLastReport(undefined)).toEqual({ opened: true });
    expect(person.opened).toEqual([target]);
    if (r.status !== 'saved') return;
    const bytes = readFileSync(target);
    expect(bytes.length).toBe(r.bytes);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(bytes)).toContain(`Sayfa ${r.pages} / ${r.pages}`);
    expect(await a.api.getReportProgress(undefined)).toBeNull();
  });
});
