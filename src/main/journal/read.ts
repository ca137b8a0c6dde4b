// Reading the journal back: stored rows → what the app shows, timelines with keyset paging
// (newest first) and full-text search with marked snippets.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../db/open';
import type {
  JournalAttachment,
  JournalCursor,
  JournalEntry,
  JournalFilter,
  JournalListItem,
  JournalPage,
  JournalSearchHit,
} from '../../shared/contract/journal';
import type { Channel, JournalKind, Severity } from '../../shared/domain/journal-kinds';
import { isLateEntry, recordingConsentOf, splitSigns } from '../../shared/domain/journal-entry';
import { fieldsFromRow, journalFields } from '../../shared/domain/journal-fields';
import { dayWindowSql } from '../../shared/domain/day-window';
import { MATCH_END, MATCH_START, toFtsQuery } from '../../shared/domain/fts-query';
import { fold } from '../../shared/domain/fold';
import { groupBy } from '../../shared/domain/group-by';
import type { StoredRow } from './chain';

export interface EntryRow extends Omit<StoredRow, 'prev_hash'> {
  client_name: string;
  /** a team person's name for the author's login role (team_people); null in a single-user file */
  author_name?: string | null;
}

// the author's name: one primary-key look-up in team_people (empty in a single-user file)
export const entryColumns = `e.id, c.name AS client_name, ${journalFields.map((f) => `e.${f.column}`).join(', ')}, e.hash,
  (SELECT p.name FROM team_people p WHERE p.role_name = e.author) AS author_name`;
export const entryFrom = 'journal_entries e JOIN clients c ON c.id = e.client_id';

export function toEntry(r: EntryRow, attachments: JournalAttachment[]): JournalEntry {
  const f = fieldsFromRow(r);
  const { signs, category } = splitSigns(f.signs);
  return {
    ...f,
    id: r.id,
    clientName: r.client_name,
    kind: f.kind as JournalKind,
    channel: f.channel as Channel,
    severity: f.severity as Severity,
    isLate: isLateEntry(f.occurredAt, f.recordedAt),
    signs,
    category,
    recordingConsent: recordingConsentOf(f.signs),
    hash: r.hash,
    attachments,
    ...(r.author_name ? { authorName: r.author_name } : {}),
  };
}

/**
 * A team replica's queued entries (team_outbox, see src/main/team/sync/replica.ts) as journal rows
 * under the same column names, so the timeline's filters apply to them unchanged: id -(outbox
 * id), seq 0, no hash, the device's clock as recorded_at, the person's login as author (what the
 * server will record). Only timelines and single reads use it: dossiers, receipts, verification
 * and counts read journal_entries alone, so a queued entry is never in them.
 */
const pendingFrom = `(SELECT -o.id AS id, o.client_id AS client_id, 0 AS seq,
    json_extract(o.payload, '$.kind') AS kind, json_extract(o.payload, '$.channel') AS channel,
    json_extract(o.payload, '$.occurredAt') AS occurred_at, o.queued_at AS recorded_at,
    json_extract(o.payload, '$.durationMinutes') AS duration_minutes, json_extract(o.payload, '$.summary') AS summary,
    coalesce(json_extract(o.payload, '$.details'), '') AS details,
    coalesce(json_extract(o.payload, '$.quotes'), '[]') AS quotes, coalesce(json_extract(o.payload, '$.people'), '[]') AS people,
    coalesce(json_extract(o.payload, '$.witnesses'), '[]') AS witnesses, coalesce(json_extract(o.payload, '$.severity'), 'low') AS severity,
    coalesce(json_extract(o.payload, '$.signs'), '[]') AS signs, json_extract(o.payload, '$.amendsId') AS amends_id,
    json_extract(o.payload, '$.refersToId') AS refers_to_id, json_extract(o.payload, '$.caseId') AS case_id,
    coalesce(json_extract(o.payload, '$.isSample'), 0) AS is_sample,
    coalesce((SELECT json_extract(s.value, '$.roleName') FROM settings s WHERE s.key = 'team.replica'), '') AS author,
    2 AS hash_version, '' AS hash, coalesce(json_extract(o.payload, '$.attachments'), '[]') AS pending_attachments
  FROM team_outbox o) e JOIN clients c ON c.id = e.client_id`;

/**
 * The timeline's tie-break among entries of the same time: stored entries by id, then queued
 * ones (written after every stored one), the newest queued (most negative id) first.
 */
const timelineKey = (id: number) => (id > 0 ? id : 2 ** 52 - id);
/** Timeline order, newest first: by time, then timelineKey (negative when `a` comes first). */
const newerFirst = (a: { occurred_at: string; id: number }, b: { occurred_at: string; id: number }) =>
  a.occurred_at === b.occurred_at ? timelineKey(b.id) - timelineKey(a.id) : a.occurred_at < b.occurred_at ? 1 : -1;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** `timeZone`: the owner's (asked at each read: it is a setting), in which a filter's days are counted. */
export function createJournalReader(sqlite: Sqlite, timeZone: () => string = () => 'UTC') {
  // Timelines and searches run the same few statements over and over: compile each SQL text
  // once (lists of ids go in as one JSON array, so their text does not vary with the count).
  const statements = new Map<string, Statement>();
  let outboxCheck: Statement | null = null; // prepared at first use, as the view's statement is
  const outboxHasRows = () => (outboxCheck ??= sqlite.prepare('SELECT EXISTS (SELECT 1 FROM team_outbox)').pluck()).get();
  function prepared(sql: string): Statement {
    let st = statements.get(sql);
    if (!st) {
      if (statements.size >= 200) statements.clear();
      statements.set(sql, (st = sqlite.prepare(sql)));
    }
    return st;
  }
  const idList = 'SELECT value FROM json_each(?)';

  function attachmentsOf(ids: readonly number[]): Map<number, JournalAttachment[]> {
    const out = new Map<number, JournalAttachment[]>();
    if (ids.length === 0) return out;
    const rows = prepared(
      `SELECT entry_id, sha256, original_name, size_bytes, media_type FROM journal_attachments
       WHERE entry_id IN (${idList}) ORDER BY entry_id, id`,
    ).all(JSON.stringify(ids)) as {
      entry_id: number;
      sha256: string;
      original_name: string;
      size_bytes: number;
      media_type: string;
    }[];
    for (const a of rows) {
      const list = out.get(a.entry_id) ?? [];
      list.push({ sha256: a.sha256, originalName: a.original_name, sizeBytes: a.size_bytes, mediaType: a.media_type });
      out.set(a.entry_id, list);
    }
    return out;
  }

  function hydrate(rows: EntryRow[]): JournalEntry[] {
    const atts = attachmentsOf(rows.flatMap((r) => (r.id > 0 ? [r.id] : [])));
    return rows.map((r) => {
      if (r.id > 0) return toEntry(r, atts.get(r.id) ?? []);
      const pending = (r as EntryRow & { pending_attachments?: string }).pending_attachments;
      return { ...toEntry(r, pending ? (JSON.parse(pending) as JournalAttachment[]) : []), teamPending: true as const };
    });
  }

  /** Queued entries of a team replica that match `where` (written against `e.`, as for stored rows). */
  function selectPending(where: string, params: unknown[]): EntryRow[] {
    // nothing queued (every single-user file, and a replica after each sync): the same empty
    // answer, without the view's statement (~30 µs at 10,000 clients, twice per client page)
    if (!outboxHasRows()) return [];
    return prepared(`SELECT ${entryColumns}, e.pending_attachments FROM ${pendingFrom} WHERE ${where}`).all(
      ...params,
    ) as EntryRow[];
  }

  /** Stored and queued entries matching `where`, in `compare` order (timelines, an entry's page). */
  function selectWithPending(where: string, params: unknown[], order = 'e.id'): JournalEntry[] {
    const stored = select(where, params, order);
    const pending = hydrate(selectPending(where, params));
    return pending.length === 0 ? stored : [...stored, ...pending];
  }

  function select(where: string, params: unknown[], order = 'e.id'): JournalEntry[] {
    return hydrate(
      prepared(`SELECT ${entryColumns} FROM ${entryFrom} WHERE ${where} ORDER BY ${order}`).all(...params) as EntryRow[],
    );
  }

  /** One entry; a negative id is a team replica's queued entry (teamPending). */
  function byId(id: number): JournalEntry | null {
    if (id < 0) return hydrate(selectPending('e.id = ?', [id]))[0] ?? null;
    return select('e.id = ?', [id])[0] ?? null;
  }

  /**
   * Corrections of these originals, grouped, oldest first. `withPending`: also the corrections
   * still queued in a team replica (timelines and an entry's page; never a dossier).
   */
  function amendmentsOf(ids: readonly number[], opts: { withPending?: boolean } = {}): Map<number, JournalEntry[]> {
    if (ids.length === 0) return new Map();
    const where = `e.amends_id IN (${idList})`;
    const rows = opts.withPending ? selectWithPending(where, [JSON.stringify(ids)]) : select(where, [JSON.stringify(ids)]);
    return groupBy(rows, (a) => a.amendsId!);
  }

  function filterSql(f: JournalFilter, cursor: JournalCursor | null): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.clientId !== null) {
      where.push('e.client_id = ?');
      params.push(f.clientId);
    }
    for (const [col, values] of [
      ['e.kind', f.kinds],
      ['e.channel', f.channels],
      ['e.severity', f.severities],
    ] as const) {
      if (values.length === 0) continue;
      where.push(`${col} IN (${placeholders(values.length)})`);
      params.push(...values);
    }
    const days = dayWindowSql('e.occurred_at', f.from, f.to, timeZone());
    where.push(...days.where);
    params.push(...days.params);
    if (f.lateOnly) where.push('julianday(e.recorded_at) - julianday(e.occurred_at) > 1');
    if (cursor) {
      // a range on occurred_at (so the index seeks to the cursor), then the id breaks ties
      where.push('e.occurred_at <= ? AND (e.occurred_at < ? OR e.id < ?)');
      // a queued entry (negative id) sorts after every stored one of its time: see timelineKey
      params.push(cursor.occurredAt, cursor.occurredAt, cursor.id < 0 ? Number.MAX_SAFE_INTEGER : cursor.id);
    }
    return { where, params };
  }

  // The page size goes into the SQL text, not a parameter: with `LIMIT ?` SQLite ran the same
  // page ~25% slower (measured on the timeline's statement). A page has one of a few sizes, so
  // this adds a statement or two to the cache, never one per call.
  function limitSql(limit: number): string {
    if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`page size ${limit}`);
    return `LIMIT ${limit + 1}`;
  }

  function page<T extends { occurredAt: string; id: number }>(items: T[], limit: number) {
    const more = items.length > limit;
    const kept = more ? items.slice(0, limit) : items;
    const last = kept[kept.length - 1];
    return { items: kept, nextCursor: more && last ? { occurredAt: last.occurredAt, id: last.id } : null };
  }

  /** Originals newest first, each with its amendments; amendments are shown beside them, never alone. */
  function list(filter: JournalFilter, cursor: JournalCursor | null, limit: number): JournalPage<JournalListItem> {
    const { where, params } = filterSql(filter, cursor);
    // `+` keeps the planner off the amends index (nearly every row matches) so it walks the
    // occurred_at index in order instead of sorting the whole journal.
    where.unshift('+e.amends_id IS NULL');
    const rows = prepared(
      `SELECT ${entryColumns} FROM ${entryFrom} WHERE ${where.join(' AND ')}
       ORDER BY e.occurred_at DESC, e.id DESC ${limitSql(limit)}`,
    ).all(...params) as EntryRow[];
    // a team replica's queued entries in their place (few: the outbox empties at each sync),
    // filtered as the stored ones, the cursor applied here in the timeline's own order
    const plain = filterSql(filter, null);
    plain.where.unshift('+e.amends_id IS NULL');
    const pending = selectPending(plain.where.join(' AND '), plain.params).filter(
      (r) => !cursor || newerFirst(r, { occurred_at: cursor.occurredAt, id: cursor.id }) > 0,
    );
    if (pending.length > 0) {
      rows.push(...pending);
      rows.sort(newerFirst);
      rows.length = Math.min(rows.length, limit + 1);
    }
    const p = page(hydrate(rows), limit);
    const amendments = amendmentsOf(
      p.items.map((e) => e.id),
      { withPending: true },
    );
    return { ...p, items: p.items.map((e) => ({ ...e, amendments: amendments.get(e.id) ?? [] })) };
  }

  // The summary is the result's title: up to 32 words of it (all of a usual summary), details
  // and quotes 16 words around the match. The index holds the text with ı/İ/ə folded one letter
  // for one letter (migration 0006), so its token positions are those of the stored text, which
  // snippet() reads and marks: the marks fall on the words as written.
  const snippetCols = [0, 1, 2]
    .map((i) => `snippet(journal_fts, ${i}, char(2), char(3), '…', ${i === 0 ? 32 : 16}) AS s${i}`)
    .join(', ');

  /** Full-text search, newest written first (ranking a frequent word is slow; recency is what owners want). */
  function search(
    query: string,
    filter: JournalFilter,
    cursor: JournalCursor | null,
    limit: number,
  ): JournalPage<JournalSearchHit> {
    const fts = toFtsQuery(query);
    if (!fts) return { items: [], nextCursor: null };
    // Newest written first, in the index's own order (rowid = entry id): sorting every match by
    // date would cost seconds for a common word in a large journal.
    const { where, params } = filterSql(filter, null);
    if (cursor && cursor.id > 0) {
      where.push('journal_fts.rowid < ?');
      params.push(cursor.id);
    }
    // (a queued cursor: every stored match still follows it)
    // a team replica's queued entries first (written after every stored one), the newest queued
    // (most negative id) first; matched in JS over the outbox (small), with the index's folding
    const plain = filterSql(filter, null);
    const pending = cursor && cursor.id > 0 ? [] : pendingHits(query, plain.where, plain.params, cursor?.id ?? null);
    const rows = prepared(
      `SELECT ${entryColumns}, ${snippetCols} FROM journal_fts JOIN journal_entries e ON e.id = journal_fts.rowid
       JOIN clients c ON c.id = e.client_id
       WHERE journal_fts MATCH ? ${where.map((w) => `AND ${w}`).join(' ')}
       ORDER BY journal_fts.rowid DESC ${limitSql(limit)}`,
    ).all(fts, ...params) as (EntryRow & { s0: string; s1: string; s2: string })[];
    const entries = hydrate(rows);
    const stored = entries.map((entry, i) => {
      const r = rows[i]!;
      const fields = [
        { field: 'summary', snippet: r.s0 },
        { field: 'details', snippet: r.s1 },
        { field: 'quotes', snippet: cleanQuotes(r.s2) },
      ] as const;
      const { field, snippet } = fields.find((f) => f.snippet.includes(MATCH_START)) ?? fields[0];
      return { entry, snippet, field, occurredAt: entry.occurredAt, id: entry.id };
    });
    const p = page([...pending, ...stored], limit);
    return { items: p.items.map(({ entry, snippet, field }) => ({ entry, snippet, field })), nextCursor: p.nextCursor };
  }

  /** Queued entries matching the search words (see matchFields), after a queued cursor `after`. */
  function pendingHits(query: string, where: string[], params: unknown[], after: number | null) {
    const words = searchWords(query);
    if (words.length === 0) return [];
    const rows = selectPending(where.length ? where.join(' AND ') : '1', params)
      .filter((r) => after === null || r.id > after)
      .sort((a, b) => a.id - b.id);
    const hits: { entry: JournalEntry; snippet: string; field: JournalSearchHit['field']; occurredAt: string; id: number }[] = [];
    for (const entry of hydrate(rows)) {
      const found = matchFields(entry, words);
      if (found) hits.push({ entry, ...found, occurredAt: entry.occurredAt, id: entry.id });
    }
    return hits;
  }

  return { byId, select, selectWithPending, selectPending, hydrate, amendmentsOf, list, search };
}
export type JournalReader = ReturnType<typeof createJournalReader>;

const tokenRe = /[\p{L}\p{N}]+/gu;
interface SearchWord {
  token: string;
  prefix: boolean;
}

/**
 * The search's words as the index matches them (toFtsQuery): every word, folded, is a whole
 * token of the text; the last one — and any typed with a trailing `*` — a prefix.
 */
function searchWords(query: string): SearchWord[] {
  const raw = query
    .normalize('NFC')
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, 12);
  return raw.flatMap((w, i) => {
    const tokens = fold(w).match(tokenRe) ?? [];
    const prefix = w.endsWith('*') || i === raw.length - 1;
    return tokens.map((token, j) => ({ token, prefix: prefix && j === tokens.length - 1 }));
  });
}

/**
 * A queued entry against the search words, in JS (the outbox is not in the index): every word in
 * one of summary, details, quotes (as FTS5 ANDs them across the columns); the first field with a
 * match gives the snippet, its matched words marked as snippet() marks them.
 */
function matchFields(entry: JournalEntry, words: SearchWord[]): { snippet: string; field: JournalSearchHit['field'] } | null {
  const fields = [
    { field: 'summary', text: entry.summary, words: 32 },
    { field: 'details', text: entry.details, words: 16 },
    { field: 'quotes', text: entry.quotes.join(' · '), words: 16 },
  ] as const;
  const hit = (t: string) => words.filter((w) => (w.prefix ? t.startsWith(w.token) : t === w.token));
  const folded = fields.map((f) => [...f.text.matchAll(tokenRe)].map((m) => ({ m, t: fold(m[0]) })));
  const all = folded.flat();
  if (!words.every((w) => all.some(({ t }) => (w.prefix ? t.startsWith(w.token) : t === w.token)))) return null;
  const at = folded.findIndex((toks) => toks.some(({ t }) => hit(t).length > 0));
  const f = fields[at]!;
  const toks = folded[at]!;
  const first = toks.findIndex(({ t }) => hit(t).length > 0);
  const from = f.field === 'summary' ? 0 : Math.max(0, first - Math.floor(f.words / 4));
  const shown = toks.slice(from, from + f.words);
  let out = from > 0 ? '…' : '';
  let pos = shown[0]?.m.index ?? 0;
  for (const { m, t } of shown) {
    out += f.text.slice(pos, m.index);
    out += hit(t).length > 0 ? `${MATCH_START}${m[0]}${MATCH_END}` : m[0];
    pos = m.index + m[0].length;
  }
  out += from + f.words < toks.length ? '…' : f.text.slice(pos);
  return { snippet: out, field: f.field };
}

/** The quotes column is stored as a JSON array; show it as the quotes themselves. */
function cleanQuotes(s: string): string {
  return s
    .replace(/^(…?)\["/, '$1')
    .replace(/"\](…?)$/, '$1')
    .replace(/","/g, ' · ')
    .replace(/\\"/g, '"')
    .replace(/\\n/g, ' ');
}
