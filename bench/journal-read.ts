import type { Services } from '../src/main/services';
import { measure, row, type BenchRow } from './harness';

const noFilter = { clientId: null, kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false };

/** The global timeline's first page and a page deep down (keyset), against a bare indexed query. */
export async function benchTimeline(s: Services): Promise<BenchRow> {
  const sqlite = s.ctx.sqlite;
  let cursor = s.journal.list(noFilter, null, 100).nextCursor;
  for (let i = 0; i < 20 && cursor; i++) cursor = s.journal.list(noFilter, cursor, 100).nextCursor;
  const ours = await measure(() => {
    s.journal.list(noFilter, null, 100);
    s.journal.list(noFilter, cursor, 100);
  }, 9);
  const raw = sqlite.prepare(
    `SELECT * FROM journal_entries INDEXED BY journal_occurred_idx
     WHERE occurred_at <= ? AND (occurred_at < ? OR id < ?) ORDER BY occurred_at DESC, id DESC LIMIT 101`,
  );
  const top = '9999';
  const rawMs = await measure(() => {
    raw.all(top, top, Number.MAX_SAFE_INTEGER);
    if (cursor) raw.all(cursor.occurredAt, cursor.occurredAt, cursor.id);
  }, 9);
  return row('journal timeline: first + 21st page of 100', ours, rawMs, 1.5, {
    goal: '≤ 1.5× raw or ≤ 16 ms',
    pass: ours / rawMs <= 1.5 || ours <= 16,
  });
}

/** Full-text search, newest first with snippets, against the bare FTS query. */
export async function benchSearch(s: Services): Promise<BenchRow[]> {
  const sqlite = s.ctx.sqlite;
  const sample = sqlite.prepare('SELECT summary FROM journal_entries ORDER BY id DESC LIMIT 1').get() as
    { summary: string } | undefined;
  const word = sample?.summary.split(/[^\p{L}]+/u).find((w) => w.length >= 5) ?? 'call';
  const prefix = word.slice(0, 3);
  const raw = sqlite.prepare(
    `SELECT rowid, snippet(journal_fts, -1, '[', ']', '…', 16) FROM journal_fts WHERE journal_fts MATCH ? ORDER BY rowid DESC LIMIT 51`,
  );
  const rows: BenchRow[] = [];
  for (const [label, q, fts] of [
    ['word', word, `"${word}"`],
    ['prefix', `${prefix}*`, `"${prefix}"*`],
  ] as const) {
    const ours = await measure(() => s.journal.search(q, noFilter, null, 50), 21);
    const rawMs = await measure(() => raw.all(fts), 21);
    rows.push(
      row(`journal search, ${label} "${q}", top 50 with snippets (p50)`, ours, rawMs, 1.5, {
        goal: '≤ 1.5× raw or p50 < 15 ms',
        pass: ours / rawMs <= 1.5 || ours < 15,
      }),
    );
  }
  return rows;
}
