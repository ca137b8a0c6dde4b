import type { Services } from '../src/main/core/services';
import { createServices } from '../src/main/core/services';
import { duringOneRead } from '../src/main/core/context';
import type { OpenedDatabase } from '../src/main/db/open';
import { groupBy, measure, measurePair, row, type BenchRow } from './harness';
import { rawJournalReader } from './journal-read';
import { invoiceStanding, type PaymentFact } from '../src/shared/domain/invoice-standing';
import { factsFromRecords, type ClientRecords, type JournalRecord } from '../src/shared/domain/valuation-facts';
import { valueClient } from '../src/shared/domain/valuation';
import type { JournalKind } from '../src/shared/domain/journal-kinds';
import type { RedFlagSign } from '../src/shared/domain/red-flags';
import { portfolioParams, portfolioSql } from '../src/main/valuation/sql';
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
  // A fresh service each run, so the portfolio cache cannot answer for us — built before the
  // runs, since building every service is not part of valuing the portfolio.
  const fresh = Array.from({ length: 12 }, () => createServices({ database, dataDir }));
  const portfolioOnce = () => {
    const s = fresh.pop() ?? createServices({ database, dataDir });
    const p = s.valuation.portfolio();
    n = p.rows.length;
    w = p.window;
    currency = s.settings.profile()?.currency ?? currency;
  };
  portfolioOnce(); // the window and currency the statement is given
  // Raw 1: the same facts, the simplest fast way — our aggregate statement alone, rows into JS.
  const facts = database.sqlite.prepare(portfolioSql);
  const params = portfolioParams({ ...w, months: 12 }, currency, 'UTC').params;
  // nine turns each: at small scale one run is ~50 ms, where a busy moment weighs
  const { ours, raw: same } = await measurePair(portfolioOnce, () => facts.all(params), 9, true, true);
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

/**
 * The raw way to one client's page: hand-written statements prepared once (the client, the
 * first 50 timeline entries with attachments and corrections, invoices, payments, costs,
 * revision counts, the window's journal facts), settings read once, and the same pure
 * formulas (invoice standing, facts, valuation) — no service layer, no query builder.
 */
function rawClientPage(s: Services) {
  const sqlite = s.ctx.sqlite;
  const q = {
    client: sqlite.prepare(
      'SELECT id, name, client_since AS clientSince, is_high_profile AS isHighProfile FROM clients WHERE id = ?',
    ),
    invoices: sqlite.prepare(
      `SELECT id, client_id AS clientId, number, issued_on AS issuedOn, due_on AS dueOn, amount_minor AS amountMinor,
         list_price_minor AS listPriceMinor, currency, description, voided_at AS voidedAt
       FROM invoices WHERE client_id = ? ORDER BY issued_on, id`,
    ),
    payments: sqlite.prepare(
      `SELECT p.id, p.invoice_id AS invoiceId, p.paid_on AS paidOn, p.amount_minor AS amountMinor, p.note, p.voided_at AS voidedAt
       FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE i.client_id = ? ORDER BY p.paid_on, p.id`,
    ),
    costs: sqlite.prepare(
      `SELECT id, incurred_on AS incurredOn, amount_minor AS amountMinor, currency, voided_at AS voidedAt
       FROM direct_costs WHERE client_id = ? ORDER BY incurred_on, id`,
    ),
    revisions: sqlite.prepare(
      `SELECT entity, entity_id, count(*) AS n FROM record_revisions WHERE (entity = 'invoice' AND entity_id IN (SELECT id FROM invoices WHERE client_id = @id))
         OR (entity = 'direct_cost' AND entity_id IN (SELECT id FROM direct_costs WHERE client_id = @id)) GROUP BY entity, entity_id`,
    ),
    journal: sqlite.prepare(
      `SELECT id, kind, occurred_at AS occurredAt, duration_minutes AS durationMinutes, signs FROM journal_entries
       WHERE client_id = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY seq`,
    ),
  };
  const entries = rawJournalReader(sqlite);
  const v = s.valuation.settingsView();
  const settings = v.valuation;
  const catalogue = v.catalogue;
  const rate = v.hourlyCostRateMinor;
  const currency = s.settings.profile()?.currency ?? 'TRY';
  const w = s.valuation.portfolio().window;
  const context = s.valuation.portfolio().context;
  const today = w.to;
  return (id: number) => {
    const client = q.client.get(id) as { id: number; clientSince: string | null; isHighProfile: number };
    const timeline = entries.clientPage(id, 50);
    const pays = groupBy(
      q.payments.all(id) as (PaymentFact & { invoiceId: number; voidedAt: string | null })[],
      (p) => p.invoiceId,
    );
    const invs = (q.invoices.all(id) as (Omit<ClientRecords['invoices'][number], 'payments'> & { id: number })[]).map((i) => {
      const own = pays.get(i.id) ?? [];
      return {
        ...i,
        payments: own,
        standing: invoiceStanding(
          i,
          own.filter((p) => !p.voidedAt),
          today,
        ),
      };
    });
    const costs = q.costs.all(id) as ClientRecords['directCosts'];
    const revisions = q.revisions.all({ id });
    const journal = (q.journal.all(id, w.from, addDays(w.to, 1)) as (Omit<JournalRecord, 'signs'> & { signs: string })[]).map(
      (e) => ({ ...e, signs: JSON.parse(e.signs) as RedFlagSign[] }),
    );
    const records: ClientRecords = { clientId: id, clientSince: client.clientSince, invoices: invs, directCosts: costs, journal };
    const entryIdsByKind: Partial<Record<JournalKind, number[]>> = {};
    const entryIdsBySign: Partial<Record<RedFlagSign, number[]>> = {};
    for (const e of journal) {
      (entryIdsByKind[e.kind] ??= []).push(e.id);
      for (const sign of e.signs) (entryIdsBySign[sign] ??= []).push(e.id);
    }
    const valuation = valueClient({
      facts: factsFromRecords(records, w, currency),
      window: w,
      hourlyCostRateMinor: rate,
      catalogue,
      settings,
      context,
      isHighProfile: client.isHighProfile === 1,
      evidence: { entryIdsByKind, entryIdsBySign },
    });
    return { client, timeline, invs, costs, revisions, valuation };
  };
}

const clientTimeline = { clientId: null, kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false };

/** One client's page: the client, the first page of the timeline, the ledger, the valuation. */
export async function benchClientPage(s: Services, clientIds: number[]): Promise<BenchRow> {
  s.valuation.portfolio(); // the page reads the cached portfolio, as the app does after start-up
  const raw = rawClientPage(s);
  let i = 0;
  let j = 0;
  const pick = (k: number) => clientIds[(k * 7919) % clientIds.length]!;
  const m = await measurePair(
    () => {
      const id = pick(i++);
      // four API calls, each read-only: the runtime runs each inside duringOneRead, so do we
      duringOneRead(() => s.clients.get(id));
      duringOneRead(() => s.journal.list({ ...clientTimeline, clientId: id }, null, 50));
      duringOneRead(() => s.money.ledger(id));
      duringOneRead(() => s.valuation.clientValuation(id));
    },
    () => raw(pick(j++)),
    41,
  );
  return row("one client's page (client, timeline, ledger, valuation)", m.ours, m.raw, 1.5, {
    note: 'median of 41 clients, each timed ours then raw; raw = prepared hand-written SQL + the same pure formulas',
  });
}
