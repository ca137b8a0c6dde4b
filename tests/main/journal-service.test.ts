import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, type TempApp, newClient } from '../helpers/temp-db';
import { dispatch } from '../../src/main/dispatch';
import type { JournalCursor, JournalFilter, NewEntryInput } from '../../src/shared/contract/journal';

let app: TempApp;
let mehmet: number;
let leyla: number;
const addClient = (name: string) => app.services.clients.create(newClient(name)).id;
const add = (input: Partial<NewEntryInput> & { summary: string }) =>
  app.services.journal.add({ clientId: mehmet, kind: 'call', channel: 'phone', ...input });
const call = (name: string, input: unknown) => dispatch(app.api, name, input);
const noFilter: JournalFilter = {
  clientId: null,
  kinds: [],
  channels: [],
  severities: [],
  from: null,
  to: null,
  lateOnly: false,
};

beforeEach(() => {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  mehmet = addClient('Mehmet Kaya');
  leyla = addClient('Leyla Əliyeva');
});
afterEach(() => app.close());

describe('adding entries', () => {
  it('sets recorded_at from the app clock and marks entries written more than 24 h later as late', () => {
    const now = add({ summary: 'called about the invoice' });
    expect(now.recordedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(now.occurredAt).toBe('2026-11-23T10:00:00.000Z');
    expect(now.isLate).toBe(false);
    const dayAgo = add({ summary: 'yesterday', occurredAt: '2026-11-22T09:59:00.000Z' });
    expect(dayAgo.isLate).toBe(true);
    const almost = add({ summary: 'nearly a day', occurredAt: '2026-11-22T10:00:00.000Z' });
    expect(almost.isLate).toBe(false);
  });

  it('refuses a recorded_at from the caller and a date in the future', async () => {
    const r = await call('addJournalEntry', {
      clientId: mehmet,
      kind: 'call',
      channel: 'phone',
      summary: 'x',
      recordedAt: '2020-01-01T00:00:00Z',
    });
    expect(r.ok).toBe(false);
    const future = await call('addJournalEntry', {
      clientId: mehmet,
      kind: 'call',
      channel: 'phone',
      summary: 'x',
      occurredAt: '2026-11-24T10:00:00Z',
    });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'occurredAt', message: 'validation.inFuture' }] },
    });
  });

  it('round-trips emoji, RTL, Turkish and 10,000-character text exactly; refuses lone surrogates and control characters', async () => {
    const long = 'ş'.repeat(10_000);
    const input = {
      clientId: mehmet,
      kind: 'incident_abuse',
      channel: 'phone',
      summary: 'Bağırdı 😡 — قال لي',
      details: `${long}\nsecond line\tindented`,
      quotes: ['"Sizi mahvedeceğim!" 👊', 'אני אתבע אותך'],
      witnesses: ['Emre Şahin'],
      people: ['Ayşe Yılmaz', 'Leyla Əliyeva'],
      severity: 'high',
      signs: ['abusive'],
    };
    const r = await call('addJournalEntry', input);
    expect(r.ok).toBe(true);
    const id = (r as { value: { id: number } }).value.id;
    const back = app.services.journal.get(id);
    expect(back).toMatchObject({
      summary: input.summary,
      details: input.details,
      quotes: input.quotes,
      witnesses: input.witnesses,
      people: input.people,
      signs: ['abusive'],
    });

    for (const bad of ['lone \uD800 surrogate', 'bell \u0007', 'escape \u001B[31m']) {
      const r2 = await call('addJournalEntry', { ...input, details: bad });
      expect(r2).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const r3 = await call('addJournalEntry', { ...input, quotes: [bad] });
      expect(r3.ok).toBe(false);
    }
    // A summary is one line: a newline is refused there, allowed in details.
    expect((await call('addJournalEntry', { ...input, summary: 'a\nb' })).ok).toBe(false);
    expect((await call('addJournalEntry', { ...input, details: 'x'.repeat(20_001) })).ok).toBe(false);
  });

  it('stores text NFC-normalised (the chain hashes NFC)', () => {
    const e = add({ summary: 'S\u0327ikayet' });
    expect(e.summary).toBe('Şikayet');
  });

  it('refuses entries in another client’s journal through refers-to', () => {
    const other = app.services.journal.add({ clientId: leyla, kind: 'complaint', channel: 'email', summary: 'late' });
    expect(() => add({ summary: 'resolved', kind: 'resolution', refersToId: other.id })).toThrow(/does not belong/);
  });
});

describe('amendments', () => {
  it('adds a correction pointing at the original; both are returned together and the original is unchanged', async () => {
    const original = add({ summary: 'He said he would pay Friday', quotes: ['Cuma öderim'] });
    const fix = app.services.journal.amend({
      amendsId: original.id,
      kind: 'call',
      channel: 'phone',
      summary: 'He said he would pay Monday',
      quotes: ['Pazartesi öderim'],
    });
    expect(fix.amendsId).toBe(original.id);
    expect(fix.occurredAt).toBe(original.occurredAt);
    // amending an amendment still points at the original
    const fix2 = app.services.journal.amend({ amendsId: fix.id, kind: 'call', channel: 'phone', summary: 'Monday, 10:00' });
    expect(fix2.amendsId).toBe(original.id);

    const d = app.services.journal.detail(fix.id);
    expect(d.original?.summary).toBe('He said he would pay Friday');
    expect(d.amendments.map((a) => a.id)).toEqual([fix.id, fix2.id]);

    const page = app.services.journal.list({ ...noFilter, clientId: mehmet }, null, 50);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.summary).toBe('He said he would pay Friday');
    expect(page.items[0]!.amendments.map((a) => a.summary)).toEqual(['He said he would pay Monday', 'Monday, 10:00']);
    expect((await app.services.journal.verification.run(null)).ok).toBe(true);
  });
});

describe('timeline', () => {
  it('pages newest first with a keyset cursor and no duplicates or gaps', () => {
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    for (let i = 0; i < 25; i++) {
      // pairs share a timestamp so the id breaks ties
      add({ summary: `entry ${i}`, occurredAt: new Date(base + Math.floor(i / 2) * 3_600_000).toISOString() });
    }
    const seen: number[] = [];
    let cursor: JournalCursor | null = null;
    for (;;) {
      const p = app.services.journal.list(noFilter, cursor, 7);
      seen.push(...p.items.map((e) => e.id));
      if (!p.nextCursor) break;
      cursor = p.nextCursor;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const all = app.services.journal.list(noFilter, null, 100).items;
    expect(all.map((e) => e.id)).toEqual(seen);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.occurredAt >= all[i]!.occurredAt).toBe(true);
  });

  it('filters by client, kind, channel, severity, date range and late entries', () => {
    add({ summary: 'a', kind: 'complaint', channel: 'email', severity: 'high', occurredAt: '2026-11-01T10:00:00Z' });
    add({ summary: 'b', kind: 'call', channel: 'phone', occurredAt: '2026-11-20T10:00:00Z' });
    app.services.journal.add({ clientId: leyla, kind: 'complaint', channel: 'social_media', summary: 'c' });
    const q = (f: Partial<JournalFilter>) =>
      app.services.journal
        .list({ ...noFilter, ...f }, null, 100)
        .items.map((e) => e.summary)
        .sort();
    expect(q({ clientId: leyla })).toEqual(['c']);
    expect(q({ kinds: ['complaint'] })).toEqual(['a', 'c']);
    expect(q({ channels: ['email', 'phone'] })).toEqual(['a', 'b']);
    expect(q({ severities: ['high'] })).toEqual(['a']);
    expect(q({ from: '2026-11-20', to: '2026-11-20' })).toEqual(['b']);
    expect(q({ to: '2026-11-19' })).toEqual(['a']);
    expect(q({ lateOnly: true })).toEqual(['a', 'b']);
  });
});

describe('search', () => {
  beforeEach(() => {
    add({ summary: 'Müşteri şikayeti: teslim gecikti', occurredAt: '2026-11-01T10:00:00Z' });
    add({ summary: 'Invoice call', details: 'He promised a payment by Friday', occurredAt: '2026-11-02T10:00:00Z' });
    add({ summary: 'Threat', quotes: ['I will "destroy" your reputation'], occurredAt: '2026-11-03T10:00:00Z' });
    app.services.journal.add({ clientId: leyla, kind: 'note', channel: 'other', summary: 'İstanbul ofisi şikayet etti' });
  });
  const search = (q: string, filter = noFilter) => app.services.journal.search(q, filter, null, 50).items;

  it('ignores diacritics: "sikayet" finds "şikayet", "istanbul" finds "İstanbul"', () => {
    // the last word is a prefix, so "sikayet" also finds "şikayeti"; an earlier word is exact
    expect(search('sikayet').map((h) => h.entry.summary)).toEqual([
      'İstanbul ofisi şikayet etti',
      'Müşteri şikayeti: teslim gecikti',
    ]);
    expect(search('sikayet etti').map((h) => h.entry.summary)).toEqual(['İstanbul ofisi şikayet etti']);
    expect(search('musteri sikayeti').map((h) => h.entry.summary)).toEqual(['Müşteri şikayeti: teslim gecikti']);
    expect(search('istanbul')).toHaveLength(1);
  });

  it('treats the last word as a prefix and returns newest first with marked snippets', () => {
    const hits = search('pay');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.snippet).toContain('\u0002payment\u0003');
    const both = search('i');
    expect(both.length).toBeGreaterThan(0);
    for (let i = 1; i < both.length; i++) expect(both[i - 1]!.entry.occurredAt >= both[i]!.entry.occurredAt).toBe(true);
  });

  it('shows quotes as quotes, not as stored JSON', () => {
    const [hit] = search('destroy');
    expect(hit!.snippet).toContain('"\u0002destroy\u0003"');
    expect(hit!.snippet).not.toContain('["');
  });

  it('never fails on FTS syntax in what people type', () => {
    for (const q of ['"', 'AND', 'OR NOT', '(*)', 'summary:x', 'NEAR(a b)', '^start', "he's", '-', '***', '"unbalanced']) {
      expect(() => search(q)).not.toThrow();
    }
    expect(search('"payment')).toHaveLength(1);
    expect(search('  ')).toEqual([]);
  });

  it('applies filters to search', () => {
    expect(search('sikayet', { ...noFilter, clientId: mehmet })).toHaveLength(1);
  });
});

describe('verification from the app', () => {
  it('runs in the background with progress and reports intact', async () => {
    for (let i = 0; i < 30; i++) add({ summary: `call ${i}` });
    const job = app.services.journal.verification.start(null);
    expect(job.state).toBe('running');
    let status = app.services.journal.verification.status(job.jobId);
    while (status.state === 'running') {
      await new Promise((ok) => setTimeout(ok, 5));
      status = app.services.journal.verification.status(job.jobId);
    }
    expect(status.state).toBe('done');
    expect(status.result?.ok).toBe(true);
    expect(status.entriesChecked).toBe(30);
    expect(status.entriesTotal).toBe(30);
  });

  it('names the failing entry', async () => {
    add({ summary: 'one' });
    const two = add({ summary: 'two' });
    app.database.sqlite.exec('DROP TRIGGER journal_entries_no_update');
    app.database.sqlite.prepare("UPDATE journal_entries SET summary = 'changed' WHERE id = ?").run(two.id);
    const v = await app.services.journal.verification.run(mehmet);
    expect(v.ok).toBe(false);
    expect(v.failure).toMatchObject({ clientId: mehmet, seq: 2, entryId: two.id, reason: 'hash_mismatch' });
  });
});

describe('dossier read API', () => {
  it('returns a client’s originals oldest first with amendments and attachments, filtered', () => {
    const a = add({ summary: 'a', kind: 'incident_abuse', occurredAt: '2026-10-01T10:00:00Z' });
    add({ summary: 'b', kind: 'call', occurredAt: '2026-11-01T10:00:00Z' });
    app.services.journal.amend({ amendsId: a.id, kind: 'incident_abuse', channel: 'phone', summary: 'a (corrected)' });
    const all = app.services.journal.listEntriesForDossier(mehmet);
    expect(all.map((e) => e.summary)).toEqual(['a', 'b']);
    expect(all[0]!.amendments.map((e) => e.summary)).toEqual(['a (corrected)']);
    expect(app.services.journal.listEntriesForDossier(mehmet, { kinds: ['incident_abuse'] })).toHaveLength(1);
    expect(app.services.journal.listEntriesForDossier(mehmet, { from: '2026-10-15', to: '2026-11-01' })).toHaveLength(1);
  });
});

describe('text through the API (property)', () => {
  it('any NFC text without control characters round-trips exactly; a lone surrogate never gets in', async () => {
    const fc = (await import('fast-check')).default;
    const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').normalize('NFC');
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: fc.constantFrom('a', 'ş', 'İ', '\uD83D', '\uDE00', '😡', 'ע', 'ə', '\n'), maxLength: 30 }),
        async (g, b) => {
          const details = clean(g);
          const quote = clean(b);
          const r = await call('addJournalEntry', {
            clientId: mehmet,
            kind: 'note',
            channel: 'other',
            summary: 'x',
            details,
            quotes: [quote],
          });
          const hasLone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(quote);
          if (hasLone) {
            expect(r.ok).toBe(false);
            return;
          }
          expect(r.ok).toBe(true);
          const id = (r as { value: { id: number } }).value.id;
          const back = await call('getJournalEntry', { id });
          expect(back).toMatchObject({ ok: true, value: { entry: { details, quotes: [quote] } } });
        },
      ),
      { numRuns: 60 },
    );
    expect((await app.services.journal.verification.run(mehmet)).ok).toBe(true);
  });
});
