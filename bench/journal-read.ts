import type Database from 'better-sqlite3';
import type { Services } from '../src/main/core/services';
import { toFtsQuery } from '../src/shared/domain/fts-query';
import { groupBy, measurePair, row, type BenchRow } from './harness';

const noFilter = { clientId: null, kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false };

type Row = Record<string, unknown> & { id: number };

/**
 * The raw way to what a timeline or a search shows: hand-written statements prepared once —
 * the entries with their client's name, their attachments and (for a timeline) the corrections
 * of each — and the JSON array columns parsed. Ours builds the same page through the service:
 * the filter, the keyset cursor, entry objects, late marks, complaint categories.
 */
export function rawJournalReader(sqlite: Database.Database) {
  const cols = `e.*, c.name AS client_name`;
  const attachments = sqlite.prepare(
    'SELECT * FROM journal_attachments WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY entry_id, id',
  );
  const amendments = sqlite.prepare(
    `SELECT ${cols} FROM journal_entries e JOIN clients c ON c.id = e.client_id WHERE e.amends_id IN (SELECT value FROM json_each(?)) ORDER BY e.id`,
  );
  const parse = (r: Row) => ({
    ...r,
    quotes: JSON.parse(r['quotes'] as string) as string[],
    people: JSON.parse(r['people'] as string) as string[],
    witnesses: JSON.parse(r['witnesses'] as string) as string[],
    signs: JSON.parse(r['signs'] as string) as string[],
  });
  const withAttachments = (rows: Row[]) => {
    const ids = JSON.stringify(rows.map((r) => r.id));
    const byEntry = groupBy(attachments.all(ids) as Row[], (a) => a['entry_id'] as number);
    return rows.map((r) => ({ ...parse(r), attachments: byEntry.get(r.id) ?? [] }));
  };
  const page = sqlite.prepare(
    `SELECT ${cols} FROM journal_entries e JOIN clients c ON c.id = e.client_id
     WHERE +e.amends_id IS NULL AND e.occurred_at <= ? AND (e.occurred_at < ? OR e.id < ?)
     ORDER BY e.occurred_at DESC, e.id DESC LIMIT 101`,
  );
  const ofClient = sqlite.prepare(
    `SELECT ${cols} FROM journal_entries e JOIN clients c ON c.id = e.client_id
     WHERE +e.amends_id IS NULL AND e.client_id = ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?`,
  );
  const timeline = (rows: Row[]) => {
    const entries = withAttachments(rows);
    const fixes = groupBy(
      withAttachments(amendments.all(JSON.stringify(rows.map((r) => r.id))) as Row[]),
      (a) => (a as Row)['amends_id'],
    );
    return entries.map((e) => ({ ...e, amendments: fixes.get(e.id) ?? [] }));
  };
  const search = sqlite.prepare(
    `SELECT ${cols}, snippet(journal_fts, 0, char(2), char(3), '…', 16) AS s0, snippet(journal_fts, 1, char(2), char(3), '…', 16) AS s1,
       snippet(journal_fts, 2, char(2), char(3), '…', 16) AS s2
     FROM journal_fts JOIN journal_entries e ON e.id = journal_fts.rowid JOIN clients c ON c.id = e.client_id
     WHERE journal_fts MATCH ? ORDER BY journal_fts.rowid DESC LIMIT 51`,
  );
  return {
    page: (occurredAt: string, id: number) => timeline(page.all(occurredAt, occurredAt, id) as Row[]),
    clientPage: (clientId: number, limit: number) => timeline(ofClient.all(clientId, limit + 1) as Row[]),
    search: (fts: string) => withAttachments(search.all(fts) as Row[]),
  };
}

/** The global timeline's first page and a page deep down (keyset). */
export async function benchTimeline(s: Services): Promise<BenchRow> {
  let cursor = s.journal.list(noFilter, null, 100).nextCursor;
  for (let i = 0; i < 20 && cursor; i++) cursor = s.journal.list(noFilter, cursor, 100).nextCursor;
  const raw = rawJournalReader(s.ctx.sqlite);
  const m = await measurePair(
    () => {
      s.journal.list(noFilter, null, 100);
      s.journal.list(noFilter, cursor, 100);
    },
    () => {
      raw.page('9999', Number.MAX_SAFE_INTEGER);
      if (cursor) raw.page(cursor.occurredAt, cursor.id);
    },
    15,
  );
  return row('journal timeline: first + 21st page of 100 (entries, attachments, corrections)', m.ours, m.raw);
}

/** Full-text search, newest first with snippets: word and prefix; the issue also asks p50 < 15 ms. */
export async function benchSearch(s: Services): Promise<BenchRow[]> {
  const sqlite = s.ctx.sqlite;
  const sample = sqlite.prepare('SELECT summary FROM journal_entries ORDER BY id DESC LIMIT 1').get() as
    { summary: string } | undefined;
  const word = sample?.summary.split(/[^\p{L}]+/u).find((w) => w.length >= 5) ?? 'call';
  const prefix = word.slice(0, 3);
  const raw = rawJournalReader(sqlite);
  const rows: BenchRow[] = [];
  // What the owner types; the app searches the last word as a prefix (Turkish and Azerbaijani
  // add suffixes: "şikâyet" must find "şikâyetler"), so raw runs the same FTS expression.
  for (const [label, q] of [
    ['word', word],
    ['prefix', `${prefix}*`],
  ] as const) {
    const fts = toFtsQuery(q)!;
    const m = await measurePair(
      () => s.journal.search(q, noFilter, null, 50),
      () => raw.search(fts),
      21,
    );
    const r = row(`journal search, ${label} "${q}", top 50 with snippets (p50)`, m.ours, m.raw, 1.5);
    rows.push({ ...r, goal: '≤ 1.5× raw and p50 < 15 ms', pass: r.pass && m.ours < 15 });
  }
  return rows;
}
