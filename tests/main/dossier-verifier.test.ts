// A dossier a stranger can verify without the app (issue 19 item 4): the entries as hashed and
// an offline verifier travel inside the PDF as attached files, and the verifier's own code — run
// here under Node exactly as the browser runs it — gives the app's canonical form and hashes.
// (tests/e2e/dossier-verifier.test.ts opens the extracted page in Chromium.)
import { afterEach, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { createContext, runInContext } from 'node:vm';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { pdfAttachments, pdfText, seedDossierClient } from '../helpers/report-fixtures';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';
import { canonicalEntryFor, canonicalJson, GENESIS_HASH, type ChainEntry } from '../../src/shared/domain/journal-chain';
import { rowToChainEntry, type StoredRow } from '../../src/main/journal/chain';
import { verifierCore, verifierHtml } from '../../src/main/pdf/verifier-html';
import { verifierStrings } from '../../src/main/pdf/dossier-verify';

interface Core {
  canonical(v: unknown): string;
  utf8(s: string): Uint8Array;
  sha256js(b: Uint8Array): string;
  sha256hex(s: string): Promise<string>;
  verifyDossier(data: unknown, digest?: (s: string) => Promise<string>): Promise<VerifyResult>;
}
interface VerifyResult {
  ok: boolean;
  count: number;
  checked: number;
  headIncluded: boolean;
  filtered: boolean;
  omitted: number;
  gaps: { from: number; to: number }[];
  failure: { code: string; vars: Record<string, number> } | null;
  rows: { seq: number; status: string }[];
}

/** The verifier's script in a bare context: only what a browser gives it (no Node, no DOM). */
function loadCore(script: string, globals: Record<string, unknown> = { TextEncoder, crypto: globalThis.crypto }): Core {
  const ctx = createContext({ ...globals });
  runInContext(`${script}\n;this.core = { canonical, utf8, sha256js, sha256hex, verifyDossier };`, ctx);
  return (ctx as { core: Core }).core;
}
const core = loadCore(verifierCore);
/** The script verify.html really carries: everything before the page wiring. */
const coreOf = (html: string) => {
  const script = html.slice(html.lastIndexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
  return script.slice(0, script.indexOf('var S = JSON.parse'));
};

const apps: TempApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});
function app() {
  const a = createTempApp();
  apps.push(a);
  return a;
}
const at = { createdAt: '2026-11-23T10:00:00.000Z' };
async function dossier(a: TempApp, clientId: number, extra: Record<string, unknown> = {}) {
  const r = await a.services.reports.dossierPdf(dossierOptionsSchema.parse({ clientId, ...extra }), at);
  if (r.status !== 'rendered') throw new Error(`expected a rendered dossier, got ${r.status}`);
  const files = await pdfAttachments(r.bytes);
  const text = (name: string) => Buffer.from(files.get(name)!.content).toString('utf8');
  return { ...r, files, json: text('entries.json'), html: text('verify.html') };
}
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
type EntriesFile = {
  format: string;
  head: { seq: number; hash: string };
  client: { id: number; name: string };
  filtered: boolean;
  totalEntries: number;
  entries: { seq: number; clientId: number; prevHash: string; hash: string; entry: Record<string, unknown> }[];
};

describe("the verifier's canonical form and SHA-256", () => {
  const tricky = [
    'İstanbul’da ığdır ŞŞ şş Ğğ Çç Öö Üü — Əli Həsənov ə Ə',
    'emoji 😀 👩‍👩‍👧‍👦 🇹🇷 🏳️‍🌈 and a lone half \ud83d',
    'quotes " \' “ ” ‘ ’ « » „ and a backslash \\ and a slash /',
    'control \u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u001f\u007f\u0085 separators \u2028\u2029 bidi \u202e\u2066',
    'NFD: e\u0301 A\u030a S\u0327 g\u0306 I\u0307 o\u0308 u\u0308 c\u0327 ə\u0301 and Ω vs \u2126, ﬁ ligature, Å vs \u212b',
    '',
    '</script><!-- <b>&amp;</b>',
  ];

  it('equals canonicalJson for tricky strings, keys in any order, nested values and numbers', () => {
    for (const s of tricky) {
      expect(core.canonical(s), JSON.stringify(s)).toBe(canonicalJson(s));
      const value = {
        z: s,
        a: [s, { y: null, b: true, ['é']: s.normalize('NFD') }],
        m: 12,
        n: -3,
        o: 0,
        q: false,
        ['e\u0301']: 1,
      };
      expect(core.canonical(value)).toBe(canonicalJson(value));
    }
    // NFD input gives the NFC form's bytes
    expect(core.canonical('S\u0327ikâyet')).toBe(JSON.stringify('Şikâyet'));
    expect(core.canonical({ b: 1, a: 2, B: 3, _: 4, '10': 5, '9': 6 })).toBe(
      canonicalJson({ b: 1, a: 2, B: 3, _: 4, '10': 5, '9': 6 }),
    );
  });

  it('gives the app’s canonical entry, and its hash, for a stored entry', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { extra: 3 });
    const rows = a.database.sqlite
      .prepare('SELECT * FROM journal_entries WHERE client_id = ? ORDER BY seq')
      .all(client.id) as StoredRow[];
    for (const r of rows) {
      const atts = a.database.sqlite
        .prepare(
          'SELECT sha256, original_name AS originalName, size_bytes AS sizeBytes, media_type AS mediaType FROM journal_attachments WHERE entry_id = ? ORDER BY id',
        )
        .all(r.id) as ChainEntry['attachments'];
      const entry = rowToChainEntry(
        r,
        atts.map((x) => ({ ...x })),
      );
      expect(core.canonical(entry)).toBe(canonicalEntryFor(entry));
      expect(await core.sha256hex(r.prev_hash + core.canonical(entry))).toBe(r.hash);
    }
  });

  it('hashes like node:crypto, with WebCrypto and with its own SHA-256 and UTF-8', async () => {
    // the plain-JavaScript path: no TextEncoder, no crypto.subtle
    const bare = loadCore(verifierCore, {});
    for (let n = 0; n <= 200; n++) {
      const b = randomBytes(n);
      expect(core.sha256js(new Uint8Array(b)), `${n} bytes`).toBe(createHash('sha256').update(b).digest('hex'));
    }
    for (const s of [...tricky, 'a'.repeat(55), 'b'.repeat(56), 'ğ'.repeat(64), 'x'.repeat(100_000)]) {
      const want = sha(s);
      expect(Buffer.from(bare.utf8(s)).equals(Buffer.from(s, 'utf8')), JSON.stringify(s.slice(0, 20))).toBe(true);
      expect(await bare.sha256hex(s)).toBe(want);
      expect(await core.sha256hex(s)).toBe(want);
    }
  });
});

describe('the files a dossier carries', () => {
  it('attaches entries.json and verify.html, and the entries are the journal’s, exactly as hashed', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { extra: 4 });
    const d = await dossier(a, client.id);
    expect([...d.files.keys()].sort()).toEqual(['entries.json', 'verify.html']);
    expect(d.files.get('entries.json')!.description).toContain('exactly as it was hashed');
    // marked for PDF/A-3: the relationship of each file to the document, and its media type
    const raw = Buffer.from(d.bytes).toString('latin1');
    expect(raw).toContain('/AFRelationship /Data');
    expect(raw).toContain('/AFRelationship /Supplement');
    expect(raw).toContain('/Subtype /application#2Fjson');
    expect(raw).toContain('/Subtype /text#2Fhtml');
    expect(raw).toMatch(/\/AF \[\d+ 0 R \d+ 0 R\]/);

    const file = JSON.parse(d.json) as EntriesFile;
    const rows = a.database.sqlite
      .prepare('SELECT * FROM journal_entries WHERE client_id = ? ORDER BY seq')
      .all(client.id) as StoredRow[];
    const head = a.database.sqlite.prepare('SELECT seq, hash FROM journal_heads WHERE client_id = ?').get(client.id);
    expect(file.format).toBe('client-dossier/entries');
    expect(file.head).toEqual(head);
    expect(file.client).toEqual({ id: client.id, name: 'Mehmet Kaya' });
    expect(file.filtered).toBe(false);
    expect(file.entries.map((e) => e.seq)).toEqual(rows.map((r) => r.seq));
    for (const [i, e] of file.entries.entries()) {
      const r = rows[i]!;
      expect(e).toMatchObject({ seq: r.seq, clientId: client.id, prevHash: r.prev_hash, hash: r.hash });
      expect(e.entry['summary']).toBe(r.summary);
      // the generic canonical form of the object given reproduces the stored hash
      expect(sha(e.prevHash + canonicalJson(e.entry))).toBe(r.hash);
    }
    // the head on the cover is the one in the file
    expect((await pdfText(d.bytes)).replace(/\s+/g, '')).toContain(file.head.hash);
    // verify.html carries the same entries, and the very script tested here
    expect(d.html).toContain(verifierCore.trim());
    expect(coreOf(d.html).trim()).toBe(verifierCore.trim());
    const embedded = /<script type="application\/json" id="entries">([^]*?)<\/script>/.exec(d.html)![1]!;
    expect(JSON.parse(embedded)).toEqual(file);
  });

  it('the page is self-contained: no network, no external script or style, and data cannot close its script', async () => {
    const a = app();
    const { client } = await seedDossierClient(a);
    const { appendJournalEntries } = await import('../../src/main/journal/chain');
    appendJournalEntries(a.services.ctx, [
      {
        clientId: client.id,
        kind: 'note',
        channel: 'other',
        occurredAt: '2026-04-01T10:00:00.000Z',
        summary: '</script><script>alert(1)</script> <!-- x',
      },
    ]);
    const d = await dossier(a, client.id);
    expect(d.html).toContain("default-src 'none'");
    expect(d.html).not.toMatch(/<script[^>]+src=|<link\b|https?:\/\/|@import|fetch\(|XMLHttpRequest|WebSocket/);
    // three script blocks (the words, the entries, the code), no more: the attacker's text stays inside the JSON
    expect(d.html.match(/<script/g)).toHaveLength(3);
    expect(d.html.match(/<\/script>/g)).toHaveLength(3);
    expect((await core.verifyDossier(JSON.parse(d.json))).ok).toBe(true);
  });

  it('verifies a whole dossier and names the first entry that fails, and why', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { extra: 4 });
    const d = await dossier(a, client.id);
    const shipped = loadCore(coreOf(d.html));
    const fresh = () => JSON.parse(d.json) as EntriesFile;
    const ok = await shipped.verifyDossier(fresh());
    expect(ok).toMatchObject({ ok: true, count: 7, checked: 7, headIncluded: true, failure: null, gaps: [] });

    const changed = fresh();
    changed.entries[3]!.entry['summary'] = `${String(changed.entries[3]!.entry['summary'])}.`;
    const r = await shipped.verifyDossier(changed);
    expect(r.failure).toEqual({ code: 'hashMismatch', vars: { seq: 4 } });
    expect(r.rows.map((x) => x.status)).toEqual(['ok', 'ok', 'ok', 'failed']);

    // rewritten and rehashed, but the next entry still names the old hash
    const rehashed = fresh();
    const e3 = rehashed.entries[2]!;
    e3.entry['summary'] = 'rewritten';
    e3.hash = sha(e3.prevHash + canonicalJson(e3.entry));
    expect((await shipped.verifyDossier(rehashed)).failure).toEqual({ code: 'prevMismatch', vars: { seq: 4, prev: 3 } });

    // rewritten and every later hash recomputed: only the head on the cover catches it
    const forged = fresh();
    let prev = GENESIS_HASH;
    forged.entries[1]!.entry['summary'] = 'forged';
    for (const e of forged.entries) {
      e.prevHash = prev;
      e.hash = prev = sha(prev + canonicalJson(e.entry));
    }
    expect((await shipped.verifyDossier(forged)).failure).toEqual({ code: 'headMismatch', vars: { seq: 7 } });

    const dropped = fresh();
    dropped.entries.splice(2, 1);
    expect((await shipped.verifyDossier(dropped)).failure).toEqual({ code: 'missing', vars: { seq: 3 } });
    const cut = fresh();
    cut.entries.pop();
    expect((await shipped.verifyDossier(cut)).failure).toEqual({ code: 'missing', vars: { seq: 7 } });
    const swapped = fresh();
    [swapped.entries[1], swapped.entries[2]] = [swapped.entries[2]!, swapped.entries[1]!];
    expect((await shipped.verifyDossier(swapped)).failure).toEqual({ code: 'missing', vars: { seq: 2 } });
    const renumbered = fresh();
    renumbered.entries[4]!.seq = 99;
    expect((await shipped.verifyDossier(renumbered)).failure?.code).toBe('labelMismatch');
    const first = fresh();
    first.entries[0]!.prevHash = '1'.repeat(64);
    expect((await shipped.verifyDossier(first)).failure).toEqual({ code: 'genesis', vars: { seq: 1 } });
    expect((await shipped.verifyDossier({ hello: 'world' })).failure?.code).toBe('badFile');
    expect((await shipped.verifyDossier(null)).failure?.code).toBe('badFile');
  });

  it('verifies an entry with a field a later hash version adds, unchanged (generic canonical form)', async () => {
    const a = app();
    const { client } = await seedDossierClient(a);
    const file = JSON.parse((await dossier(a, client.id)).json) as EntriesFile;
    let prev = GENESIS_HASH;
    for (const e of file.entries) {
      e.entry = { ...e.entry, author: { name: 'Ayşe Yılmaz', role: 'owner' }, hashVersion: 2 };
      e.prevHash = prev;
      e.hash = prev = sha(prev + canonicalJson(e.entry));
    }
    file.head = { seq: file.entries.at(-1)!.seq, hash: prev };
    expect(await core.verifyDossier(file)).toMatchObject({ ok: true, checked: 3, headIncluded: true });
  });

  it('a filtered dossier: checks each entry and each link it holds, and says what it cannot check', async () => {
    const a = app();
    const { client } = await seedDossierClient(a, { extra: 6 });
    // kinds of entries #1, #4, #7: complaint (every third extra entry) and incident_threat
    const picked = await dossier(a, client.id, { kinds: ['incident_threat', 'complaint'] });
    const file = JSON.parse(picked.json) as EntriesFile;
    expect(file.filtered).toBe(true);
    expect(file.totalEntries).toBe(9);
    // the correction (#3) travels with what it corrects (#1)
    expect(file.entries.map((e) => e.seq)).toEqual([1, 3, 4, 7]);
    const r = await core.verifyDossier(file);
    expect(r).toMatchObject({ ok: true, checked: 4, filtered: true, headIncluded: false, omitted: 5 });
    expect(r.gaps).toEqual([
      { from: 2, to: 2 },
      { from: 5, to: 6 },
      { from: 8, to: 9 },
    ]);
    // a gap is not a failure here, a changed entry still is
    file.entries[2]!.entry['details'] = 'x';
    expect((await core.verifyDossier(file)).failure).toEqual({ code: 'hashMismatch', vars: { seq: 4 } });

    // the head included: compared with the cover
    const calls = JSON.parse((await dossier(a, client.id, { kinds: ['call', 'revision_request'] })).json) as EntriesFile;
    expect(calls.entries.at(-1)!.seq).toBe(9);
    expect(await core.verifyDossier(calls)).toMatchObject({ ok: true, headIncluded: true });
    calls.head.hash = '0'.repeat(63) + '1';
    expect((await core.verifyDossier(calls)).failure).toEqual({ code: 'headMismatch', vars: { seq: 9 } });

    const text = (await pdfText(picked.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('This dossier is filtered: it leaves out 5 of the 9 entries of the journal.');
    expect(text).toContain('It cannot check the entries left out, nor a link across them');
    expect(text).toContain(
      'The chain head (entry #9) is left out of this dossier, so the entries cannot be compared with it here.',
    );
  });

  it('speaks the dossier’s language, on the page and in the appendix, and the cover points to it', async () => {
    const a = app();
    const { client } = await seedDossierClient(a);
    for (const [language, title, ok, appendix] of [
      ['en', 'Verify this dossier', '3 entries, head matches', 'Appendix: checking this dossier without the application'],
      [
        'tr',
        'Bu olay dosyasını doğrula',
        '3 kayıt, zincir başı eşleşiyor',
        'Teknik açıklama: bu olay dosyasını uygulama olmadan denetlemek',
      ],
      ['az', 'Bu dosyeni yoxla', '3 qeyd, zəncir başı uyğundur', 'Texniki izah: bu dosyeni proqram olmadan yoxlamaq'],
    ] as const) {
      const d = await dossier(a, client.id, { language });
      expect(d.html).toContain(`<html lang="${language}">`);
      expect(d.html).toContain(`<title>${title}</title>`);
      expect(verifierStrings(language)['ok_other']!.replace('{{count}}', '3')).toBe(ok);
      const pages = (await pdfText(d.bytes))
        .split('\f')
        .filter((p) => p.trim())
        .map((p) => p.replace(/\s+/g, ' '));
      // the cover says where to look, in words, with no command to type
      const cover = pages.slice(0, 2).join(' ');
      expect(cover, language).toContain(`“${appendix}”`);
      expect(cover).toContain('verify.html');
      expect(pages.join('')).not.toContain('npm run');
      // the appendix comes before the declaration, which stays the last page
      const appendixPage = pages.findIndex((p) => p.includes(appendix) && p.includes('SHA-256('));
      expect(appendixPage, language).toBeGreaterThan(1);
      expect(appendixPage).toBeLessThan(pages.length - 1);
    }
  });

  it('builds the page from any strings given, escaping them', () => {
    const html = verifierHtml({ lang: 'en', strings: { ...verifierStrings('en'), title: 'A <b>"title"</b> & more' } });
    expect(html).toContain('<title>A &lt;b&gt;&quot;title&quot;&lt;/b&gt; &amp; more</title>');
    expect(html).toContain('<script type="application/json" id="entries"></script>');
  });
});
