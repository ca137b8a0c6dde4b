// The value calculator's service: reads facts (one client's rows, or the whole portfolio in
// one aggregate query), settings and context, and hands them to the pure formulas in
// src/shared/domain/valuation*.ts. Other features call `clientValuation` and `portfolio`.
import {
  activityCatalogueSchema,
  deliveryHoursSchema,
  conversionRatesSchema,
  valuationSettingsSchema,
  type ClientValuationView,
  type PortfolioView,
  type ValueSettingsView,
} from '../../shared/contract/valuation';
import type { JournalKind } from '../../shared/domain/journal-kinds';
import type { RedFlagSign } from '../../shared/domain/red-flags';
import {
  clientMinutes,
  defaultActivityCatalogue,
  defaultValuationSettings,
  valueClient,
  type ActivityCatalogue,
  type PortfolioContext,
  type ValuationSettings,
  type WhatIf,
} from '../../shared/domain/valuation';
import { effectiveInWindow, factsFromRecords, type ClientRecords } from '../../shared/domain/valuation-facts';
import { groupBy } from '../../shared/domain/group-by';
import type { CapacityBasis, Portfolio } from '../../shared/domain/valuation-portfolio';
import { practicalHoursPerMonth } from '../../shared/domain/capacity';
import { conversionFactors, convertMinor, type ConversionRate, type OtherCurrency } from '../../shared/domain/conversion';
import { addDays, addMonths, isInWindow, trailingWindow, type ValuationWindow } from '../../shared/domain/valuation-window';
import { ownerTimeZone, todayIso, writesCounter, type ServiceContext } from '../core/context';
import { localDayStart } from '../../shared/domain/local-time';
import type { ClientsService } from '../clients/service';
import type { SettingsService } from '../settings/service';
import type { MoneyService } from '../money/service';
import { computePortfolio, type AggregatedClient, type ComputedPortfolio, type PortfolioJob } from './sql';
import type { PortfolioMessage } from './portfolio.worker';
import { workerScript, type WorkerPlace } from '../workers/locate';
import { runWorker, type Reply } from '../workers/run';
import { AppError } from '../../shared/errors';

/** Observed retention needs a few clients to mean anything; it is capped so CLV stays finite and sober. */
const minRetentionBase = 5;
const maxObservedRetention = 0.95;

export function createValuationService(
  ctx: ServiceContext,
  deps: { clients: ClientsService; settings: SettingsService; money: MoneyService },
  options: {
    /** where the worker threads are (the app); without it the portfolio is computed in this thread */
    workers?: WorkerPlace;
    /** from how many clients on the portfolio is computed on a worker */
    workerMinClients?: number;
  } = {},
) {
  const store = deps.settings.store;

  const valuationSettings = (): ValuationSettings => store.read('valuation', valuationSettingsSchema) ?? defaultValuationSettings;
  const catalogue = (): ActivityCatalogue => ({
    ...defaultActivityCatalogue,
    ...(store.read('activityCatalogue', activityCatalogueSchema) ?? {}),
  });
  const deliveryHours = (): Record<string, number> => store.read('deliveryHours', deliveryHoursSchema) ?? {};
  const capacityBasis = (): CapacityBasis | null => {
    const p = deps.settings.profile();
    return p ? { practicalHoursPerMonth: practicalHoursPerMonth(p), monthlyCapacityCostMinor: p.monthlyCapacityCostMinor } : null;
  };
  const currency = () => deps.settings.profile()?.currency ?? 'TRY';
  const rate = () => deps.settings.view().hourlyCostRateMinor;
  const windowNow = (): ValuationWindow => trailingWindow(todayIso(ctx), valuationSettings().windowMonths);
  /** the owner's rates for other currencies (settings key `conversionRates`, one per currency) */
  const conversionRates = (): ConversionRate[] => [...(store.read('conversionRates', conversionRatesSchema) ?? [])];
  const factorsNow = () => conversionFactors(conversionRates(), currency());
  /** team people with a cost rate of their own (a team replica; none in a single-user file) */
  const authorRatesOf = ctx.sqlite.prepare<[], { role_name: string; cost_rate_minor: number }>(
    'SELECT role_name, cost_rate_minor FROM team_people WHERE cost_rate_minor IS NOT NULL',
  );
  const authorRates = (): Record<string, number> =>
    Object.fromEntries(authorRatesOf.all().map((r) => [r.role_name, r.cost_rate_minor]));

  /** Share of the clients we had a year ago who are not former clients now. */
  function observedRetention(): number | null {
    const yearAgo = addMonths(todayIso(ctx), -12);
    const row = ctx.sqlite
      .prepare(
        `SELECT count(*) AS base, coalesce(sum(c.status = 'former'), 0) AS lost FROM clients c
         WHERE coalesce(c.client_since, substr(c.created_at, 1, 10)) <= @yearAgo
           AND coalesce((SELECT s.to_status FROM client_status_changes s WHERE s.client_id = c.id AND substr(s.changed_at, 1, 10) <= @yearAgo
                         ORDER BY s.changed_at DESC, s.id DESC LIMIT 1), 'active') NOT IN ('prospect', 'former')`,
      )
      .get({ yearAgo }) as { base: number; lost: number };
    if (row.base < minRetentionBase) return null;
    return Math.min(maxObservedRetention, Math.round((1 - row.lost / row.base) * 1000) / 1000);
  }

  // The portfolio is cached until the file changes (writesCounter) or the day does: a client
  // page then costs one client's rows, not the whole portfolio.
  const writes = writesCounter(ctx.sqlite);
  type Cached = { key: string; clients: AggregatedClient[]; inPortfolio: Set<number>; portfolio: Portfolio };
  let cache: Cached | null = null;
  const keyNow = () => `${writes()}|${todayIso(ctx)}|${ownerTimeZone(ctx)}`;
  const jobNow = (): PortfolioJob => ({
    window: windowNow(),
    currency: currency(),
    catalogue: catalogue(),
    settings: valuationSettings(),
    hourlyCostRateMinor: rate(),
    observedRetention: observedRetention(),
    timeZone: ownerTimeZone(ctx),
    deliveryHours: deliveryHours(),
    capacity: capacityBasis(),
    factors: factorsNow(),
    authorRates: authorRates(),
  });
  const keep = (key: string, r: ComputedPortfolio): Cached =>
    (cache = { key, ...r, inPortfolio: new Set(r.clients.map((c) => c.facts.clientId)) });

  function cachedPortfolio(): Cached {
    const key = keyNow();
    return cache?.key === key ? cache : keep(key, computePortfolio(ctx.sqlite, jobNow()));
  }

  // A large portfolio is computed on a worker thread (1.5 s at 10,000 clients): the API awaits
  // `ready()` before it reads the portfolio, so the main process keeps answering meanwhile.
  const workerScriptPath = options.workers ? workerScript('portfolio-worker', options.workers) : null;
  const workerMinClients = options.workerMinClients ?? 1_000;
  const countClients = ctx.sqlite.prepare('SELECT count(*) FROM clients').pluck();
  let pending: { key: string; done: Promise<void> } | null = null;
  async function ready(): Promise<void> {
    // a write while the worker ran makes its result stale: compute again (a few times at most,
    // then the caller computes in its own thread)
    for (let attempt = 0; attempt < 3; attempt++) {
      const key = keyNow();
      if (cache?.key === key || !workerScriptPath || (countClients.get() as number) < workerMinClients) return;
      if (pending?.key !== key) {
        const job = jobNow();
        const done = runWorker(
          { script: workerScriptPath, workerData: { databasePath: ctx.databasePath, job }, label: 'portfolio' },
          (m: Reply<PortfolioMessage>) => m.result,
          async () => computePortfolio(ctx.sqlite, job),
        ).then((r) => {
          if (keyNow() === key) keep(key, r);
        });
        pending = { key, done };
      }
      await pending.done;
    }
  }

  // the portfolio's clients' invoices in other currencies in the window, one row each (they are few)
  const otherCurrencyInvoices = ctx.sqlite.prepare<
    { home: string; from: string; to: string },
    { id: number; issuedOn: string; currency: string; amountMinor: number }
  >(
    `SELECT i.id, i.issued_on AS issuedOn, i.currency, i.amount_minor AS amountMinor FROM invoices i JOIN clients c ON c.id = i.client_id
      WHERE i.voided_at IS NULL AND i.currency <> @home AND i.issued_on >= @from AND i.issued_on <= @to
        AND c.archived_at IS NULL AND c.status <> 'prospect'`,
  );

  function portfolio(): PortfolioView {
    const w = windowNow();
    const invoices = otherCurrencyInvoices
      .all({ home: currency(), from: w.from, to: w.to })
      .map((i) => ({ ...i, dueOn: i.issuedOn, listPriceMinor: null, voidedAt: null, payments: [] }));
    return { ...cachedPortfolio().portfolio, currency: currency(), otherCurrencies: summariseOtherCurrencies(invoices, w) };
  }

  // A client's page reads this on every visit: prepared once, not per call. The window's
  // entries, and every version of a chain of corrections that touches them (what they correct,
  // what corrects them), so each chain can be resolved to its latest version (effective-journal.ts):
  // a correction that moves an entry into or out of the window is seen from either side.
  const journalOfClient = ctx.sqlite.prepare<
    { clientId: number; fromAt: string; beforeAt: string },
    {
      id: number;
      seq: number;
      kind: string;
      occurredAt: string;
      durationMinutes: number | null;
      signs: string;
      amendsId: number | null;
      costRateMinor: number | null;
    }
  >(
    `WITH RECURSIVE chain(id) AS (
       SELECT id FROM journal_entries WHERE client_id = @clientId AND occurred_at >= @fromAt AND occurred_at < @beforeAt
       UNION
       SELECT a.id FROM chain JOIN journal_entries a ON a.amends_id = chain.id
       UNION
       SELECT e.amends_id FROM chain JOIN journal_entries e ON e.id = chain.id WHERE e.amends_id IS NOT NULL
     )
     SELECT e.id, e.seq, e.kind, e.occurred_at AS occurredAt, e.duration_minutes AS durationMinutes, e.signs,
       e.amends_id AS amendsId, (SELECT p.cost_rate_minor FROM team_people p WHERE p.role_name = e.author) AS costRateMinor
     FROM chain CROSS JOIN journal_entries e ON e.id = chain.id ORDER BY e.seq`,
  );

  /** One client's own rows for the window (journal) and for all time (money, for balances). */
  function clientRecords(clientId: number, w: ValuationWindow, zone: string) {
    const client = deps.clients.get(clientId);
    // the same rows the ledger just read for this page (kept by the money service until a write)
    const { invoices: invs, payments: pays, costs } = deps.money.clientRows(clientId);
    const paysOf = groupBy(pays, (p) => p.invoiceId);
    const journal = journalOfClient
      // the window's days are the owner's: from the start of its first to the start of the day after it
      .all({ clientId, fromAt: localDayStart(w.from, zone), beforeAt: localDayStart(addDays(w.to, 1), zone) })
      // an author's own rate only where a team person has one (a single-user file's records are as before)
      .map(({ costRateMinor, ...e }) => ({
        ...e,
        kind: e.kind as JournalKind,
        signs: JSON.parse(e.signs) as RedFlagSign[],
        ...(costRateMinor === null ? {} : { costRateMinor }),
      }));
    const records: ClientRecords = {
      clientId,
      clientSince: client.clientSince,
      invoices: invs.map((i) => ({ ...i, payments: paysOf.get(i.id) ?? [] })),
      directCosts: costs,
      journal,
    };
    return { client, records };
  }

  function clientFacts(clientId: number) {
    const w = windowNow();
    const zone = ownerTimeZone(ctx);
    const { client, records } = clientRecords(clientId, w, zone);
    return { client, records, zone, facts: factsFromRecords(records, w, currency(), zone, factorsNow()), window: w };
  }

  /** The window's invoices in other currencies, per currency: counted at the owner's rate, or left out. */
  function otherCurrencies(records: ClientRecords, w: ValuationWindow): OtherCurrency[] {
    return summariseOtherCurrencies(records.invoices, w);
  }

  function summariseOtherCurrencies(invoices: ClientRecords['invoices'], w: ValuationWindow): OtherCurrency[] {
    const home = currency();
    const rates = new Map(conversionRates().map((r) => [r.currency, r]));
    const factors = factorsNow();
    const by = new Map<string, OtherCurrency>();
    for (const inv of invoices) {
      if (inv.voidedAt || inv.currency === home || !isInWindow(inv.issuedOn, w)) continue;
      const rate = rates.get(inv.currency) ?? null;
      const o = by.get(inv.currency) ?? { currency: inv.currency, invoices: 0, amountMinor: 0, rate, convertedMinor: rate ? 0 : null };
      o.invoices += 1;
      o.amountMinor += inv.amountMinor;
      if (o.convertedMinor !== null) o.convertedMinor += convertMinor(inv.amountMinor, factors[inv.currency]!);
      by.set(inv.currency, o);
    }
    return [...by.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
  }

  const latestVerdict = ctx.sqlite
    .prepare<[number], string>(
      'SELECT verdict FROM prospect_screenings WHERE client_id = ? ORDER BY screened_at DESC, id DESC LIMIT 1',
    )
    .pluck();

  function clientValuation(clientId: number, whatIf?: WhatIf): ClientValuationView {
    const { client, records, zone, facts, window: w } = clientFacts(clientId);
    const cat = catalogue();
    const others = otherCurrencies(records, w);
    const { inPortfolio, portfolio: p } = cachedPortfolio();
    const delivery = deliveryHours()[String(clientId)] ?? 0;
    let context: PortfolioContext = p.context;
    // An archived client or a prospect is not in the portfolio's totals: add it, so its shares are of a whole that includes it.
    if (!inPortfolio.has(clientId)) {
      context = {
        ...context,
        totalRevenueMinor: context.totalRevenueMinor + facts.revenueMinor,
        totalMinutes: context.totalMinutes + clientMinutes(facts, cat),
      };
    }
    const entryIdsByKind: Partial<Record<JournalKind, number[]>> = {};
    const entryIdsBySign: Partial<Record<RedFlagSign, number[]>> = {};
    const entrySeqs: Record<number, number> = {};
    // evidence names the entry as it stands: a chain's latest version, once
    for (const e of effectiveInWindow(records.journal, w, zone)) {
      if (e.seq !== undefined) entrySeqs[e.id] = e.seq;
      (entryIdsByKind[e.kind] ??= []).push(e.id);
      for (const s of e.signs) (entryIdsBySign[s] ??= []).push(e.id);
    }
    const v = valueClient({
      facts,
      window: w,
      hourlyCostRateMinor: rate(),
      catalogue: cat,
      settings: valuationSettings(),
      context,
      isHighProfile: client.isHighProfile,
      status: client.status,
      deliveryHoursPerMonth: delivery,
      screeningVerdict: client.status === 'prospect' ? (latestVerdict.get(clientId) ?? null) : null,
      ...(whatIf ? { whatIf } : {}),
      evidence: { entryIdsByKind, entryIdsBySign },
    });
    const cited = new Set(v.flags.flatMap((f) => f.entryIds));
    return {
      ...v,
      currency: currency(),
      entrySeqs: Object.fromEntries(Object.entries(entrySeqs).filter(([id]) => cited.has(Number(id)))),
      otherCurrencies: others,
      clientName: client.name,
      isHighProfile: client.isHighProfile,
      deliveryHoursPerMonth: delivery,
      capacity: p.capacity,
    };
  }

  function settingsView(): ValueSettingsView {
    return {
      valuation: valuationSettings(),
      catalogue: catalogue(),
      hourlyCostRateMinor: rate(),
      observedRetention: observedRetention(),
      conversionRates: conversionRates(),
    };
  }

  return {
    valuationSettings,
    catalogue,
    observedRetention,
    settingsView,
    saveValuationSettings(input: ValuationSettings): ValueSettingsView {
      store.write('valuation', valuationSettingsSchema, input);
      return settingsView();
    },
    deliveryHours,
    /** The owner's delivery estimate for one client, hours a month; 0 removes it. */
    saveDeliveryHours(input: { clientId: number; hoursPerMonth: number }): void {
      deps.clients.get(input.clientId); // a client that exists
      const next = { ...deliveryHours() };
      if (input.hoursPerMonth > 0) next[String(input.clientId)] = input.hoursPerMonth;
      else delete next[String(input.clientId)];
      store.write('deliveryHours', deliveryHoursSchema, next);
    },
    /** One rate per currency: a new rate replaces the old; rate null removes it. */
    saveConversionRate(input: { currency: string; rate: number | null; on: string }): ValueSettingsView {
      if (input.currency === currency()) {
        throw new AppError('VALIDATION', 'The business currency needs no rate', {
          issues: [{ path: 'currency', message: 'validation.currency' }],
        });
      }
      const rest = conversionRates().filter((r) => r.currency !== input.currency);
      const next = input.rate === null ? rest : [...rest, { currency: input.currency, rate: input.rate, on: input.on }];
      store.write('conversionRates', conversionRatesSchema, next.sort((a, b) => (a.currency < b.currency ? -1 : 1)));
      return settingsView();
    },
    saveActivityCatalogue(input: ActivityCatalogue): ValueSettingsView {
      store.write('activityCatalogue', activityCatalogueSchema, input);
      return settingsView();
    },
    clientFacts,
    clientValuation,
    portfolio,
    ready,
    /** the aggregate path's facts (tests compare them with the per-client path) */
    portfolioFacts: () => cachedPortfolio().clients,
  };
}
export type ValuationService = ReturnType<typeof createValuationService>;
