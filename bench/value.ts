import type { Services } from '../src/main/services';
import { createServices } from '../src/main/services';
import type { OpenedDatabase } from '../src/main/db/open';
import { measure, row, type BenchRow } from './harness';
import { portfolioSql } from '../src/main/services/valuation-sql';
import { addDays } from '../src/shared/domain/valuation-window';

// The simplest fast way to the portfolio's figures: one hand-written aggregate SQL statement
// (revenue, collected, time by kind, days late, complaints per client) — no explanations,
// flags or recommendations, and no JavaScript per client.
const rawPortfolioSql = `
WITH inv AS (
  SELECT i.client_id, sum(i.amount_minor) AS revenue,
    sum(coalesce((SELECT sum(p.amount_minor) FROM payments p WHERE p.invoice_id = i.id AND p.voided_at IS NULL), 0)) AS collected,
    max(CASE WHEN @asOf > i.due_on THEN julianday(@asOf) - julianday(i.due_on) ELSE 0 END) AS days_late
  FROM invoices i WHERE i.voided_at IS NULL AND i.issued_on >= @from GROUP BY i.client_id
),
jk AS (
  SELECT client_id, sum(coalesce(duration_minutes, 15)) AS minutes,
    sum(kind IN ('complaint', 'public_complaint')) AS complaints
  FROM journal_entries WHERE occurred_at >= @from GROUP BY client_id
)
SELECT c.id, coalesce(inv.revenue, 0) AS revenue, coalesce(inv.collected, 0) AS collected, coalesce(inv.days_late, 0) AS days_late,
  coalesce(jk.minutes, 0) AS minutes, coalesce(jk.complaints, 0) AS complaints
FROM clients c LEFT JOIN inv ON inv.client_id = c.id LEFT JOIN jk ON jk.client_id = c.id
WHERE c.archived_at IS NULL`;

export async function benchPortfolio(database: OpenedDatabase, dataDir: string, asOf: string): Promise<BenchRow[]> {
  let n = 0;
  let w = { from: '', to: '' };
  let currency = 'EUR';
  // A fresh service each run: the portfolio cache must not answer for us.
  const ours = await measure(() => {
    const s = createServices({ database, dataDir });
    const p = s.valuation.portfolio();
    n = p.rows.length;
    w = p.window;
    currency = s.settings.profile()?.currency ?? currency;
  }, 3);
  // Raw 1: the same facts, the simplest fast way — our aggregate statement alone, rows into JS.
  const facts = database.sqlite.prepare(portfolioSql);
  const params = { from: w.from, asOf: w.to, toNext: addDays(w.to, 1), currency };
  const same = await measure(() => facts.all(params), 3);
  // Raw 2 (for scale): a minimal five-figure query, as in TOOLCHAIN.md's raw column.
  const from = `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4, 10)}`;
  const minimal = database.sqlite.prepare(rawPortfolioSql);
  const min = await measure(() => minimal.all({ asOf: asOf.slice(0, 10), from }), 3);
  const count = n.toLocaleString('en');
  return [
    row(`portfolio valuation of all clients (${count}): service vs its aggregate statement`, ours, same, 1.5, {
      note: 'ours = the statement + every figure, flag, explanation and recommendation per client in JS',
    }),
    row(`portfolio aggregate statement (${count}) vs a minimal 5-figure query`, same, min, Number.POSITIVE_INFINITY, {
      goal: 'reported only',
      pass: true,
      note: 'the statement computes ~25 facts per client (ageing, delays, discounts, time by kind, signs, out-of-hours)',
    }),
  ];
}

/** One client's page: the client, the first page of the timeline, the invoices, the valuation. */
export async function benchClientPage(
  s: Services,
  clientIds: number[],
  extra: (s: Services, id: number) => unknown = () => null,
): Promise<BenchRow> {
  s.valuation.portfolio(); // the page reads the cached portfolio, as the app does after start-up
  let i = 0;
  const pick = () => clientIds[(i++ * 7919) % clientIds.length]!;
  const ours = await measure(() => {
    const id = pick();
    s.clients.get(id);
    s.money.ledger(id);
    s.valuation.clientValuation(id);
    extra(s, id);
  }, 21);
  const q = {
    client: s.ctx.sqlite.prepare('SELECT * FROM clients WHERE id = ?'),
    entries: s.ctx.sqlite.prepare('SELECT * FROM journal_entries WHERE client_id = ? ORDER BY occurred_at DESC LIMIT 50'),
    invoices: s.ctx.sqlite.prepare('SELECT * FROM invoices WHERE client_id = ? ORDER BY issued_on DESC'),
    payments: s.ctx.sqlite.prepare('SELECT p.* FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE i.client_id = ?'),
    kinds: s.ctx.sqlite.prepare(
      'SELECT kind, count(*), sum(duration_minutes) FROM journal_entries WHERE client_id = ? GROUP BY kind',
    ),
  };
  const raw = await measure(() => {
    const id = pick();
    q.client.get(id);
    q.entries.all(id);
    q.invoices.all(id);
    q.payments.all(id);
    q.kinds.all(id);
  }, 21);
  return row("one client's page (client, timeline, invoices, valuation)", ours, raw, 1.5, {
    goal: '≤ 1.5× raw or ≤ 16 ms',
    pass: ours <= 1.5 * raw || ours <= 16,
    note: 'ours also computes every figure, flag and explanation; median of 21 random clients',
  });
}
