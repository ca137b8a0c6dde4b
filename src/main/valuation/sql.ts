// The portfolio's facts in ONE aggregate query (DESIGN.md §9): invoices with their payments,
// time by journal kind, tagged signs and direct costs, per client, each chain of corrections
// counted once as its latest version. It must give exactly the
// facts `factsFromRecords` computes from one client's rows (tests/main/valuation.test.ts).
import type { Sqlite } from '../db/open';
import type { JournalKind } from '../../shared/domain/journal-kinds';
import { redFlagSigns, type RedFlagSign } from '../../shared/domain/red-flags';
import { emptyAgeing, sortTagged, type ClientFacts } from '../../shared/domain/valuation-facts';
import { addDays, type ValuationWindow } from '../../shared/domain/valuation-window';
import { localDayStart, offsetSpans } from '../../shared/domain/local-time';
import type { ActivityCatalogue, ValuationSettings } from '../../shared/domain/valuation';
import { valuePortfolio, type CapacityBasis, type Portfolio } from '../../shared/domain/valuation-portfolio';

const days = (a: string, b: string) => `CAST(round(julianday(${a}) - julianday(${b})) AS INTEGER)`;
/** An amount in business-currency minor units: as it is at factor 1, else × the factor, rounded half up (conversion.ts convertMinor). */
const conv = (x: string) => `CASE WHEN fx.f = 1 THEN ${x} ELSE CAST(round(${x} * fx.f) AS INTEGER) END`;

function statementFor(spans: number, rated = false): string {
  return `
WITH RECURSIVE
-- Corrections (effective-journal.ts): a chain of corrections counts once, as its latest version
-- that is not a note (a note correcting another kind corrects wording only). Each amendment
-- climbs to its chain's original (an entry only ever corrects an earlier one, so the original
-- is the smallest id reached); every other version of the chain is superseded, and the one that
-- stands is an entry of its own, with its own date, kind, duration and signs. Amendments are
-- few: this reads them through the amends index, not the journal.
climb(id, up) AS (
  SELECT id, amends_id FROM journal_entries INDEXED BY journal_amends_idx WHERE amends_id > 0
  UNION
  SELECT climb.id, p.amends_id FROM climb JOIN journal_entries p ON p.id = climb.up WHERE p.amends_id IS NOT NULL
),
amendment(id, original) AS (SELECT id, min(up) FROM climb GROUP BY id),
version(id, original) AS (SELECT id, original FROM amendment UNION SELECT original, original FROM amendment),
superseded(id) AS MATERIALIZED (
  SELECT id FROM (
    SELECT v.id, row_number() OVER (PARTITION BY v.original ORDER BY je.kind = 'note', je.seq DESC, je.id DESC) AS rn
    FROM version v JOIN journal_entries je ON je.id = v.id)
  WHERE rn > 1
),
-- the business currency (factor 1) and each currency the owner gave a rate for (conversion.ts):
-- an amount counts in business-currency minor units, converted per invoice and per cost
fx(currency, f) AS (SELECT key, value FROM json_each(@factors)),
pay AS (
  SELECT p.invoice_id, p.paid_on, p.amount_minor, i.amount_minor AS due_amount,
    sum(p.amount_minor) OVER (PARTITION BY p.invoice_id ORDER BY p.paid_on, p.id ROWS UNBOUNDED PRECEDING) AS cum
  FROM payments p JOIN invoices i ON i.id = p.invoice_id
  WHERE p.voided_at IS NULL AND p.paid_on <= @asOf AND i.voided_at IS NULL AND i.issued_on <= @asOf
    AND i.currency IN (SELECT currency FROM fx)
),
pay_agg AS (
  SELECT invoice_id, sum(amount_minor) AS paid,
    sum(CASE WHEN paid_on >= @from THEN amount_minor ELSE 0 END) AS collected,
    min(CASE WHEN cum >= due_amount THEN paid_on END) AS settled_on
  FROM pay GROUP BY invoice_id
),
inv AS (
  SELECT i.id, i.client_id, i.due_on,
    ${conv('i.amount_minor')} AS amount_minor,
    ${conv('coalesce(i.list_price_minor, i.amount_minor)')} AS list_minor,
    (i.list_price_minor IS NOT NULL AND i.list_price_minor > i.amount_minor) AS discounted,
    (i.issued_on >= @from) AS in_window,
    ${conv('coalesce(pa.collected, 0)')} AS collected,
    pa.settled_on,
    ${conv('max(0, i.amount_minor - coalesce(pa.paid, 0))')} AS outstanding,
    CASE WHEN pa.settled_on IS NOT NULL THEN ${days('pa.settled_on', 'i.due_on')}
         WHEN @asOf > i.due_on THEN ${days('@asOf', 'i.due_on')} END AS delay
  FROM invoices i JOIN fx ON fx.currency = i.currency LEFT JOIN pay_agg pa ON pa.invoice_id = i.id
  WHERE i.voided_at IS NULL AND i.issued_on <= @asOf
),
inv_agg AS (
  SELECT client_id,
    sum(CASE WHEN in_window THEN amount_minor ELSE 0 END) AS revenue,
    sum(CASE WHEN in_window THEN list_minor ELSE 0 END) AS list_price,
    sum(in_window) AS invoice_count,
    group_concat(CASE WHEN in_window AND discounted THEN id END, ',') AS discounted_ids,
    sum(collected) AS collected,
    sum(outstanding) AS outstanding,
    sum(CASE WHEN outstanding > 0 AND @asOf > due_on THEN outstanding ELSE 0 END) AS overdue,
    sum(CASE WHEN outstanding > 0 AND @asOf <= due_on THEN outstanding ELSE 0 END) AS age_current,
    sum(CASE WHEN outstanding > 0 AND @asOf > due_on AND delay <= 30 THEN outstanding ELSE 0 END) AS age_30,
    sum(CASE WHEN outstanding > 0 AND @asOf > due_on AND delay BETWEEN 31 AND 60 THEN outstanding ELSE 0 END) AS age_60,
    sum(CASE WHEN outstanding > 0 AND @asOf > due_on AND delay BETWEEN 61 AND 90 THEN outstanding ELSE 0 END) AS age_90,
    sum(CASE WHEN outstanding > 0 AND @asOf > due_on AND delay > 90 THEN outstanding ELSE 0 END) AS age_90_plus,
    group_concat(CASE WHEN (in_window OR outstanding > 0) AND delay IS NOT NULL
      THEN id || ':' || delay || ':' || (settled_on IS NULL) || ':' || due_on END, ';') AS delays
  FROM inv GROUP BY client_id
),
sg AS (
  SELECT client_id, sign, kind, count(*) AS n FROM (
    SELECT DISTINCT je.id, je.client_id, s.value AS sign, je.kind
    FROM journal_entries je, json_each(je.signs) s
    WHERE je.signs <> '[]' AND je.occurred_at >= @fromAt AND je.occurred_at < @toNextAt
      AND je.id NOT IN (SELECT id FROM superseded)
      AND s.value IN (${redFlagSigns.map((x) => `'${x}'`).join(', ')})
  ) GROUP BY client_id, sign, kind
),
sg_agg AS (SELECT client_id, group_concat(sign || ':' || kind || ':' || n, ';') AS tagged FROM sg GROUP BY client_id),
dc AS (
  SELECT d.client_id, sum(${conv('d.amount_minor')}) AS direct FROM direct_costs d JOIN fx ON fx.currency = d.currency
  WHERE d.voided_at IS NULL AND d.incurred_on >= @from AND d.incurred_on <= @asOf
  GROUP BY d.client_id
)
SELECT c.id, c.name, c.status, c.client_since, c.is_high_profile,
  ia.revenue, ia.list_price, ia.invoice_count, ia.discounted_ids, ia.collected, ia.outstanding, ia.overdue,
  ia.age_current, ia.age_30, ia.age_60, ia.age_90, ia.age_90_plus, ia.delays,
  -- time by kind, per client: its window's rows are one range of the client-time index; the
  -- small per-client GROUP BY costs less than sorting the whole window by (client, kind)
  (SELECT group_concat(kind || ':' || n || ':' || logged || ':' || unlogged || ':' || ooh, ';') FROM (
    SELECT kind, count(*) AS n, coalesce(sum(duration_minutes), 0) AS logged,
      sum(duration_minutes IS NULL) AS unlogged,
      -- only contacts are checked (CASE keeps the date functions off every other row), on the
      -- owner's clock: the UTC minute of the day shifted by the zone's offset at that moment
      -- (0 ≤ local + 1440 < 4320), the weekday moved with it when that crosses midnight
      sum(CASE WHEN kind IN ('call', 'email', 'meeting') THEN
        (${localMinute(spans)} + 1440) % 1440 NOT BETWEEN 480 AND 1139
          OR (CAST(strftime('%w', occurred_at) AS INTEGER) + 6 + (${localMinute(spans)} + 1440) / 1440) % 7 IN (0, 6)
        ELSE 0 END) AS ooh
    FROM journal_entries INDEXED BY journal_client_time_idx
    WHERE client_id = c.id AND occurred_at >= @fromAt AND occurred_at < @toNextAt
      AND id NOT IN (SELECT id FROM superseded)
    GROUP BY kind
  )) AS activity,
  ${rated ? ratedTime : 'NULL'} AS rated,
  sa.tagged, dc.direct
FROM clients c
  LEFT JOIN inv_agg ia ON ia.client_id = c.id
  LEFT JOIN sg_agg sa ON sa.client_id = c.id
  LEFT JOIN dc ON dc.client_id = c.id
WHERE c.archived_at IS NULL AND c.status <> 'prospect'
ORDER BY c.id`;
}

// A team's people with a cost rate of their own (@rates: {login role: minor units an hour}): the
// time of the entries they wrote, per kind and rate, costed at their rate (valuation.ts costByKind).
// Only in the statement when someone has a rate, so a single-user file runs the statement as before.
const ratedTime = `(SELECT group_concat(kind || ':' || rate || ':' || logged || ':' || unlogged, ';') FROM (
    SELECT je.kind, r.value AS rate, coalesce(sum(je.duration_minutes), 0) AS logged, sum(je.duration_minutes IS NULL) AS unlogged
    FROM journal_entries je INDEXED BY journal_client_time_idx JOIN json_each(@rates) r ON r.key = je.author
    WHERE je.client_id = c.id AND je.occurred_at >= @fromAt AND je.occurred_at < @toNextAt
      AND je.id NOT IN (SELECT id FROM superseded)
    GROUP BY je.kind, r.value
  ))`;

/** Minutes since the owner's midnight, unwrapped (−1440…2880): the UTC minute plus the offset, span by span (`@m0` until `@u0`, then `@m1`…). */
function localMinute(spans: number): string {
  const utc = 'CAST(substr(occurred_at, 12, 2) AS INTEGER) * 60 + CAST(substr(occurred_at, 15, 2) AS INTEGER)';
  if (spans <= 1) return `(${utc} + @m0)`;
  const whens = Array.from({ length: spans - 1 }, (_, i) => `WHEN occurred_at < @u${i} THEN @m${i}`).join(' ');
  return `(${utc} + CASE ${whens} ELSE @m${spans - 1} END)`;
}

/** The statement for a zone with one offset through the window (UTC, or no daylight saving). */
export const portfolioSql = statementFor(1);

/**
 * The statement's parameters: the window's days for money (dates), and for the journal the
 * instants the owner's first and next-after-last days begin, with the zone's offsets between.
 */
export function portfolioParams(
  w: ValuationWindow,
  currency: string,
  timeZone: string,
  factors: Readonly<Record<string, number>> = {},
) {
  const fromAt = localDayStart(w.from, timeZone);
  const toNextAt = localDayStart(addDays(w.to, 1), timeZone);
  const spans = offsetSpans(fromAt, toNextAt, timeZone);
  const params: Record<string, string | number> = {
    from: w.from,
    asOf: w.to,
    toNext: addDays(w.to, 1),
    fromAt,
    toNextAt,
    factors: JSON.stringify({ ...factors, [currency]: 1 }),
  };
  spans.forEach((s, i) => {
    params[`m${i}`] = s.offsetMinutes;
    if (i < spans.length - 1) params[`u${i}`] = s.until;
  });
  return { params, spans: spans.length };
}

interface AggregateRow {
  id: number;
  name: string;
  status: string;
  client_since: string | null;
  is_high_profile: number;
  revenue: number | null;
  list_price: number | null;
  invoice_count: number | null;
  discounted_ids: string | null;
  collected: number | null;
  outstanding: number | null;
  overdue: number | null;
  age_current: number | null;
  age_30: number | null;
  age_60: number | null;
  age_90: number | null;
  age_90_plus: number | null;
  delays: string | null;
  activity: string | null;
  rated: string | null;
  tagged: string | null;
  direct: number | null;
}

export interface AggregatedClient {
  facts: ClientFacts;
  name: string;
  status: string;
  isHighProfile: boolean;
}

const split = (s: string | null, sep: string) => (s ? s.split(sep).filter((x) => x.length > 0) : []);

function toFacts(r: AggregateRow): ClientFacts {
  const activity: ClientFacts['activity'] = {};
  let outOfHours = 0;
  for (const part of split(r.activity, ';')) {
    const [kind, n, logged, unlogged, ooh] = part.split(':');
    activity[kind as JournalKind] = { entries: Number(n), loggedMinutes: Number(logged), unloggedEntries: Number(unlogged) };
    outOfHours += Number(ooh);
  }
  for (const part of split(r.rated, ';')) {
    const [kind, rate, logged, unlogged] = part.split(':');
    const a = activity[kind as JournalKind];
    if (!a) continue;
    (a.rated ??= []).push({ rateMinor: Number(rate), loggedMinutes: Number(logged), unloggedEntries: Number(unlogged) });
  }
  for (const a of Object.values(activity)) a?.rated?.sort((x, y) => x.rateMinor - y.rateMinor);
  return {
    clientId: r.id,
    clientSince: r.client_since,
    revenueMinor: r.revenue ?? 0,
    listPriceMinor: r.list_price ?? 0,
    invoiceCount: r.invoice_count ?? 0,
    discountedInvoiceIds: split(r.discounted_ids, ',')
      .map(Number)
      .sort((a, b) => a - b),
    collectedMinor: r.collected ?? 0,
    outstandingMinor: r.outstanding ?? 0,
    overdueMinor: r.overdue ?? 0,
    ageing: {
      ...emptyAgeing(),
      current: r.age_current ?? 0,
      d1_30: r.age_30 ?? 0,
      d31_60: r.age_60 ?? 0,
      d61_90: r.age_90 ?? 0,
      d90_plus: r.age_90_plus ?? 0,
    },
    delays: split(r.delays, ';')
      .map((part) => {
        const [invoiceId, delay, open, dueOn] = part.split(':');
        return { invoiceId: Number(invoiceId), delayDays: Number(delay), isOpen: open === '1', dueOn: dueOn! };
      })
      .sort((a, b) => a.invoiceId - b.invoiceId),
    directCostsMinor: r.direct ?? 0,
    activity,
    outOfHoursContacts: outOfHours,
    taggedSigns: sortTagged(
      split(r.tagged, ';').map((part) => {
        const [sign, kind, n] = part.split(':');
        return { sign: sign as RedFlagSign, kind: kind as JournalKind, entries: Number(n) };
      }),
    ),
  };
}

/** Facts for every current client (not archived, not a prospect) in one query. */
// Compiled once per connection and number of offset spans (a restore's new services reuse it): the statement is long.
const prepared = new WeakMap<Sqlite, Map<string, ReturnType<Sqlite['prepare']>>>();

export function aggregatePortfolioFacts(
  sqlite: Sqlite,
  w: ValuationWindow,
  currency: string,
  timeZone = 'UTC',
  factors: Readonly<Record<string, number>> = {},
  authorRates: Readonly<Record<string, number>> = {},
): AggregatedClient[] {
  let byShape = prepared.get(sqlite);
  if (!byShape) prepared.set(sqlite, (byShape = new Map()));
  const { params, spans } = portfolioParams(w, currency, timeZone, factors);
  const rated = Object.keys(authorRates).length > 0;
  if (rated) params['rates'] = JSON.stringify(authorRates);
  const shape = `${spans}${rated ? 'r' : ''}`;
  let statement = byShape.get(shape);
  if (!statement)
    byShape.set(shape, (statement = sqlite.prepare(spans === 1 && !rated ? portfolioSql : statementFor(spans, rated))));
  const rows = statement.all(params) as AggregateRow[];
  return rows.map((r) => ({ facts: toFacts(r), name: r.name, status: r.status, isHighProfile: r.is_high_profile === 1 }));
}

/** Everything the portfolio needs besides the rows: read by the service, sent to a worker as it is. */
export interface PortfolioJob {
  window: ValuationWindow;
  currency: string;
  catalogue: ActivityCatalogue;
  settings: ValuationSettings;
  hourlyCostRateMinor: number;
  observedRetention: number | null;
  /** the owner's time zone: the window's days and working hours are theirs (default UTC) */
  timeZone?: string;
  /** the owner's delivery estimates, hours a month by client id */
  deliveryHours?: Record<string, number>;
  /** the business's paid capacity (profile), for the capacity coverage */
  capacity?: CapacityBasis | null;
  /** other currencies the owner gave a rate for: minor-unit factors (conversion.ts) */
  factors?: Record<string, number>;
  /** team people's own cost rates by login role (team_people); empty or absent: the owner's rate for all */
  authorRates?: Record<string, number>;
}

export interface ComputedPortfolio {
  clients: AggregatedClient[];
  portfolio: Portfolio;
}

/** The aggregate statement, then every client valued: the same in this thread and in portfolio-worker. */
export function computePortfolio(sqlite: Sqlite, job: PortfolioJob): ComputedPortfolio {
  const clients = aggregatePortfolioFacts(sqlite, job.window, job.currency, job.timeZone ?? 'UTC', job.factors, job.authorRates);
  const { currency: _c, timeZone: _z, factors: _f, authorRates: _r, ...opts } = job;
  return { clients, portfolio: valuePortfolio(clients, opts) };
}
