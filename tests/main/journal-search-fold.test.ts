// Journal search as a Turkish or Azerbaijani keyboard types (issue 20 §4): ı/İ/ə are folded the
// same way in the index (plain-SQL triggers, migration 0006) and in the query (toFtsQuery), and
// unicode61 folds case and the other diacritics on both sides. Real SQLite files throughout.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createTempApp, type TempApp, newClient } from '../helpers/temp-db';
import { verifyJournal } from '../../src/main/journal/chain';
import { MATCH_END, MATCH_START, splitMarked } from '../../src/shared/domain/fts-query';
import type { JournalFilter } from '../../src/shared/contract/journal';
import { foldTurkicLetters } from '../../src/shared/domain/fold';

let app: TempApp;
let mehmet: number;
let leyla: number;
const noFilter: JournalFilter = {
  clientId: null,
  kinds: [],
  channels: [],
  severities: [],
  from: null,
  to: null,
  lateOnly: false,
};
const search = (q: string) => app.services.journal.search(q, noFilter, null, 50).items;
const ids = (q: string) => search(q).map((h) => h.entry.id);
const marked = (s: string) =>
  splitMarked(s)
    .filter((p) => p.isMatch)
    .map((p) => p.text);

let shouted: number;
let shoutedInDetails: number;
beforeEach(() => {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  mehmet = app.services.clients.create(newClient('Mehmet Kaya')).id;
  leyla = app.services.clients.create(newClient('Leyla Əliyeva')).id;
  const add = (clientId: number, summary: string, details = '', quotes: string[] = []) =>
    app.services.journal.add({ clientId, kind: 'call', channel: 'phone', summary, details, quotes }).id;
  shouted = add(mehmet, 'Müşteri telefonda bağırdı');
  shoutedInDetails = add(mehmet, 'Teslim araması', 'Fiyatı duyunca BAĞIRDI ve kapattı');
  add(mehmet, 'İnşaat sahasında toplantı');
  add(leyla, 'Əlaqə saxladı, ödənişi gecikdirdi');
  add(leyla, 'Мой клиент звонил');
  add(mehmet, 'Sessiz bir gün');
});
afterEach(() => app.close());

describe('journal search folds ı, İ and ə like the client search', () => {
  it('bagirdi, BAĞIRDI, bağırdı and BAGIRDI find the same two entries', () => {
    const expected = [shoutedInDetails, shouted];
    for (const q of ['bagirdi', 'BAĞIRDI', 'bağırdı', 'BAGIRDI', 'Bağırdı', 'bagırdı']) expect(ids(q), q).toEqual(expected);
  });

  it('insaat and İNŞAAT find İnşaat; ə and e are one letter for Azerbaijani', () => {
    for (const q of ['insaat', 'İNŞAAT', 'inşaat', 'INSAAT', 'ınşaat']) {
      expect(
        search(q).map((h) => h.entry.summary),
        q,
      ).toEqual(['İnşaat sahasında toplantı']);
    }
    for (const q of ['elaqe', 'əlaqə', 'ƏLAQƏ', 'ELAQE', 'odenisi', 'gecikdirdi']) {
      expect(
        search(q).map((h) => h.entry.summary),
        q,
      ).toEqual(['Əlaqə saxladı, ödənişi gecikdirdi']);
    }
  });

  it('keeps the last word a prefix and earlier words exact', () => {
    expect(ids('bagir')).toEqual([shoutedInDetails, shouted]);
    expect(ids('BAĞ')).toEqual([shoutedInDetails, shouted]);
    expect(ids('telefonda bagir')).toEqual([shouted]);
    expect(ids('telefon bagirdi')).toEqual([]); // "telefon" is not a prefix here
    expect(search('ins').map((h) => h.entry.summary)).toEqual(['İnşaat sahasında toplantı']);
    expect(search('saxl').map((h) => h.entry.summary)).toEqual(['Əlaqə saxladı, ödənişi gecikdirdi']);
  });

  it('does not fold what unicode61 keeps: Cyrillic й still finds й', () => {
    expect(search('мой').map((h) => h.entry.summary)).toEqual(['Мой клиент звонил']);
    expect(search('МОЙ')).toHaveLength(1);
  });

  it('marks the words in the original text, where the match is', () => {
    const [inDetails, inSummary] = search('bagirdi');
    expect(inSummary!.field).toBe('summary');
    expect(inSummary!.snippet).toBe(`Müşteri telefonda ${MATCH_START}bağırdı${MATCH_END}`);
    expect(inDetails!.field).toBe('details');
    expect(marked(inDetails!.snippet)).toEqual(['BAĞIRDI']);
    expect(inDetails!.snippet.replaceAll(MATCH_START, '').replaceAll(MATCH_END, '')).toBe('Fiyatı duyunca BAĞIRDI ve kapattı');
    // İ is two bytes in UTF-8 and its folded i one: the marks still fall on the right words
    expect(marked(search('sahasinda')[0]!.snippet)).toEqual(['sahasında']);
    const [az] = search('odenisi saxladi');
    expect(marked(az!.snippet)).toEqual(['saxladı', 'ödənişi']);
  });

  it('a long summary comes as the words around the match, so the mark is always shown', () => {
    const words = Array.from({ length: 60 }, (_, i) => `kelime${i}`);
    const long = `${words.join(' ')} sonunda ısrarla bağırdı`;
    app.services.journal.add({ clientId: mehmet, kind: 'call', channel: 'phone', summary: long });
    const hit = search('israrla')[0]!;
    expect(hit.field).toBe('summary');
    expect(marked(hit.snippet)).toEqual(['ısrarla']);
    expect(hit.snippet.startsWith('…')).toBe(true);
    expect(long.endsWith(hit.snippet.slice(1).replaceAll(MATCH_START, '').replaceAll(MATCH_END, ''))).toBe(true);
  });

  it('a matching quote is marked as the quote', () => {
    const q = app.services.journal.add({
      clientId: mehmet,
      kind: 'incident_abuse',
      channel: 'phone',
      summary: 'Tehdit',
      quotes: ['Sizi MAHVEDECEĞİM', 'Işığı kapat'],
      witnesses: ['Emre'],
    });
    const [hit] = search('isigi');
    expect(hit).toMatchObject({ entry: { id: q.id }, field: 'quotes' });
    expect(marked(hit!.snippet)).toEqual(['Işığı']);
    expect(search('mahvedecegim')[0]?.entry.id).toBe(q.id);
  });

  it('verifies on an untouched journal and still finds an entry removed from the index', async () => {
    expect(await verifyJournal(app.services.ctx)).toMatchObject({ ok: true, failure: null });
    // the index's own 'delete' command with what it holds for the row: a clean removal
    const row = app.database.sqlite.prepare('SELECT summary, details, quotes FROM journal_entries WHERE id = ?').get(shouted) as {
      summary: string;
      details: string;
      quotes: string;
    };
    app.database.sqlite
      .prepare(`INSERT INTO journal_fts(journal_fts, rowid, summary, details, quotes) VALUES ('delete', ?, ?, ?, ?)`)
      .run(shouted, ...[row.summary, row.details, row.quotes].map(foldTurkicLetters));
    expect(ids('bagirdi')).toEqual([shoutedInDetails]);
    expect((await verifyJournal(app.services.ctx)).failure).toMatchObject({ entryId: shouted, reason: 'search_index_mismatch' });
  });
});

describe('rows written by another SQLite tool', () => {
  // A connection with none of the app's SQL functions, as the sqlite3 command line has.
  const plain = () => new Database(app.database.path);

  it('are indexed the same way, without "no such function"', () => {
    const other = plain();
    const { id } = other
      .prepare(
        `INSERT INTO journal_entries (client_id, seq, kind, channel, occurred_at, recorded_at, summary, details, quotes, prev_hash, hash)
         VALUES (?, 99, 'note', 'other', '2026-11-23T10:00:00.000Z', '2026-11-23T10:00:00.000Z', 'Yazıcı bozuldu', 'ƏSƏBİ', '["Işık yok"]', '', '') RETURNING id`,
      )
      .get(leyla) as { id: number };
    other.close();
    expect(ids('yazici')).toEqual([id]);
    expect(ids('esebi')).toEqual([id]);
    expect(ids('isik')).toEqual([id]);
  });

  it('the triggers fold exactly the letters foldTurkicLetters folds', () => {
    // every code point the JS rule changes, so a letter added there fails here until 0006's SQL has it
    const changed: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (foldTurkicLetters(c) !== c) changed.push(c);
    }
    expect(changed.sort()).toEqual(['I', 'Ə', 'ə', 'İ', 'ı'].sort());
    const other = plain();
    for (const [i, c] of changed.entries()) {
      other
        .prepare(
          `INSERT INTO journal_entries (client_id, seq, kind, channel, occurred_at, recorded_at, summary, prev_hash, hash)
           VALUES (?, ?, 'note', 'other', '2026-11-23T10:00:00.000Z', '2026-11-23T10:00:00.000Z', ?, '', '')`,
        )
        .run(leyla, 200 + i, `zq${c}zq`);
    }
    other.close();
    for (const c of changed) {
      const found = search(`zq${foldTurkicLetters(c)}zq`).map((h) => h.entry.summary);
      expect(found.sort(), c).toEqual(
        changed
          .filter((d) => foldTurkicLetters(d) === foldTurkicLetters(c))
          .map((d) => `zq${d}zq`)
          .sort(),
      );
    }
  });

  it('a removed sample row leaves the index with nothing of it', () => {
    const other = plain();
    const { id } = other
      .prepare(
        `INSERT INTO journal_entries (client_id, seq, kind, channel, occurred_at, recorded_at, summary, details, is_sample, prev_hash, hash)
         VALUES (?, 98, 'note', 'other', '2026-11-23T10:00:00.000Z', '2026-11-23T10:00:00.000Z', 'Örnek: bağırdı', 'İNŞAAT Əlaqə', 1, '', '') RETURNING id`,
      )
      .get(leyla) as { id: number };
    expect(ids('bagirdi')).toContain(id);
    other.prepare('DELETE FROM journal_entries WHERE id = ?').run(id);
    other.close();
    // the index's own postings, not joined to the entries: no stale token of the removed row
    const indexed = (q: string) =>
      (
        app.database.sqlite.prepare('SELECT rowid AS id FROM journal_fts WHERE journal_fts MATCH ?').all(q) as { id: number }[]
      ).map((r) => r.id);
    for (const q of ['"ornek"', '"bagirdi"', '"insaat"', '"elaqe"']) expect(indexed(q), q).not.toContain(id);
    expect(indexed('"bagirdi"')).toEqual([shouted, shoutedInDetails]);
  });
});
