// The portfolio: every client valued with the same formulas, then ranked and summed for the
// dashboard — whale curve, revenue vs cost to serve, receivables ageing, health, most at risk.
import { ageingBuckets, type AgeingBucket } from './invoice-standing';
import type { ClientFacts } from './valuation-facts';
import type { HealthBand } from './valuation-flags';
import type { RecommendationAction } from './valuation-recommendation';
import {
  clientMinutes,
  costByKind,
  median,
  valueClient,
  type ActivityCatalogue,
  type ClientValuation,
  type PortfolioContext,
  type ValuationSettings,
} from './valuation';
import { activeMonths, type ValuationWindow } from './valuation-window';

export interface PortfolioClient {
  facts: ClientFacts;
  name: string;
  status: string;
  isHighProfile: boolean;
}

/** Totals and the typical client, computed once for every client's valuation. */
export function portfolioContext(
  clients: readonly PortfolioClient[],
  w: ValuationWindow,
  catalogue: ActivityCatalogue,
  rateMinor: number,
  observedRetention: number | null,
  deliveryHours: Readonly<Record<string, number>> = {},
): PortfolioContext {
  let totalRevenueMinor = 0;
  let totalMinutes = 0;
  const annual: number[] = [];
  const marginPct: number[] = [];
  const perHour: number[] = [];
  for (const c of clients) {
    const f = c.facts;
    const minutes = clientMinutes(f, catalogue);
    totalRevenueMinor += f.revenueMinor;
    totalMinutes += minutes;
    if (c.status === 'prospect' || f.revenueMinor === 0) continue;
    const months = activeMonths(w, f.clientSince);
    const deliveryMinutes = (deliveryHours[String(f.clientId)] ?? 0) * 60 * months;
    const cost =
      costByKind(f, catalogue, rateMinor).reduce((s, k) => s + k.costMinor, 0) +
      Math.round((deliveryMinutes * rateMinor) / 60) +
      f.directCostsMinor;
    const margin = f.revenueMinor - cost;
    annual.push(Math.round((margin * 12) / months));
    marginPct.push(margin / f.revenueMinor);
    if (minutes + deliveryMinutes > 0) perHour.push(Math.round(margin / ((minutes + deliveryMinutes) / 60)));
  }
  return {
    totalRevenueMinor,
    totalMinutes,
    typicalAnnualMarginMinor: median(annual),
    typicalMarginPct: marginPct.length ? medianOf(marginPct) : null,
    typicalMarginPerHourMinor: perHour.length ? median(perHour) : null,
    observedRetention,
  };
}

/** Median of fractions (not rounded to whole minor units). */
function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface PortfolioRow {
  clientId: number;
  name: string;
  status: string;
  isHighProfile: boolean;
  revenueMinor: number;
  costToServeMinor: number;
  marginMinor: number;
  outstandingMinor: number;
  overdueMinor: number;
  health: number;
  band: HealthBand;
  action: RecommendationAction;
  raisedFlags: number;
}

export interface Portfolio {
  window: ValuationWindow;
  context: PortfolioContext;
  rows: PortfolioRow[];
  /** clients ranked by margin, best first; cumulative margin after each */
  whale: { clientId: number; name: string; marginMinor: number; cumulativeMinor: number }[];
  ageing: Record<AgeingBucket, number>;
  healthBands: Record<HealthBand, number>;
  /** lowest health first, then largest loss; only amber and red current clients */
  atRisk: PortfolioRow[];
  /** the sum of client margins: not profit, as time nobody is assigned to is in no client's cost */
  totals: { revenueMinor: number; costToServeMinor: number; marginMinor: number };
  /** how much of the paid capacity the clients' time covers; null without a business profile */
  capacity: CapacityCoverage | null;
}

/** The business's capacity (settings profile): what the hourly cost rate spreads. */
export interface CapacityBasis {
  practicalHoursPerMonth: number;
  monthlyCapacityCostMinor: number;
}

export interface CapacityCoverage {
  /** practical hours paid for in the window: hours a month × the window's months */
  paidHours: number;
  /** what those hours cost: the monthly capacity cost × the window's months */
  paidCostMinor: number;
  /** hours in clients' cost to serve: logged interactions plus the owner's delivery estimates */
  assignedHours: number;
  loggedHours: number;
  deliveryHours: number;
  /** assigned ÷ paid; null when no hours are paid */
  coveredShare: number | null;
  unassignedHours: number;
  /** unassigned hours × the hourly cost rate: paid for, carried by no client's margin */
  unassignedCostMinor: number;
  /** total client margin − unassigned capacity cost */
  marginAfterUnassignedMinor: number;
}

/**
 * Paid capacity against the time in clients' cost to serve. Hours beyond the capacity (overtime)
 * leave nothing unassigned; they are not paid for twice.
 */
export function capacityCoverage(
  basis: CapacityBasis,
  months: number,
  loggedMinutes: number,
  deliveryMinutes: number,
  rateMinor: number,
  totalMarginMinor: number,
): CapacityCoverage {
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const paidHours = basis.practicalHoursPerMonth * months;
  const assigned = (loggedMinutes + deliveryMinutes) / 60;
  const unassigned = Math.max(0, paidHours - assigned);
  const unassignedCostMinor = Math.round(unassigned * rateMinor);
  return {
    paidHours: round1(paidHours),
    paidCostMinor: basis.monthlyCapacityCostMinor * months,
    assignedHours: round1(assigned),
    loggedHours: round1(loggedMinutes / 60),
    deliveryHours: round1(deliveryMinutes / 60),
    coveredShare: paidHours > 0 ? assigned / paidHours : null,
    unassignedHours: round1(unassigned),
    unassignedCostMinor,
    marginAfterUnassignedMinor: totalMarginMinor - unassignedCostMinor,
  };
}

export function rowOf(c: PortfolioClient, v: ClientValuation): PortfolioRow {
  return {
    clientId: c.facts.clientId,
    name: c.name,
    status: c.status,
    isHighProfile: c.isHighProfile,
    revenueMinor: v.figures.revenue.value ?? 0,
    costToServeMinor: v.figures.costToServe.value ?? 0,
    marginMinor: v.figures.margin.value ?? 0,
    outstandingMinor: v.figures.outstanding.value ?? 0,
    overdueMinor: v.figures.overdue.value ?? 0,
    health: v.health.score,
    band: v.health.band,
    action: v.recommendation.action,
    raisedFlags: v.flags.filter((f) => f.level === 'flag').length,
  };
}

export function valuePortfolio(
  clients: readonly PortfolioClient[],
  opts: {
    window: ValuationWindow;
    catalogue: ActivityCatalogue;
    settings: ValuationSettings;
    hourlyCostRateMinor: number;
    observedRetention: number | null;
    atRiskLimit?: number;
    /** delivery hours a month by client id (the owner's estimates) */
    deliveryHours?: Readonly<Record<string, number>>;
    capacity?: CapacityBasis | null;
  },
): Portfolio {
  const delivery = opts.deliveryHours ?? {};
  const context = portfolioContext(
    clients,
    opts.window,
    opts.catalogue,
    opts.hourlyCostRateMinor,
    opts.observedRetention,
    delivery,
  );
  let loggedMinutes = 0;
  let deliveryMinutes = 0;
  const ageing = Object.fromEntries(ageingBuckets.map((b) => [b, 0])) as Record<AgeingBucket, number>;
  const healthBands: Record<HealthBand, number> = { green: 0, amber: 0, red: 0 };
  const rows = clients.map((c) => {
    const v = valueClient({
      facts: c.facts,
      window: opts.window,
      hourlyCostRateMinor: opts.hourlyCostRateMinor,
      catalogue: opts.catalogue,
      settings: opts.settings,
      context,
      isHighProfile: c.isHighProfile,
      status: c.status,
      deliveryHoursPerMonth: delivery[String(c.facts.clientId)] ?? 0,
    });
    loggedMinutes += clientMinutes(c.facts, opts.catalogue);
    deliveryMinutes += (delivery[String(c.facts.clientId)] ?? 0) * 60 * v.activeMonths;
    for (const b of ageingBuckets) ageing[b] += c.facts.ageing[b];
    healthBands[v.health.band] += 1;
    return rowOf(c, v);
  });
  const ranked = [...rows].sort((a, b) => b.marginMinor - a.marginMinor || a.clientId - b.clientId);
  let cumulative = 0;
  const whale = ranked.map((r) => {
    cumulative += r.marginMinor;
    return { clientId: r.clientId, name: r.name, marginMinor: r.marginMinor, cumulativeMinor: cumulative };
  });
  // Former clients still count in the window's money, but are no longer at risk of anything.
  const atRisk = rows
    .filter((r) => r.band !== 'green' && r.status !== 'former')
    .sort((a, b) => a.health - b.health || a.marginMinor - b.marginMinor || a.clientId - b.clientId)
    .slice(0, opts.atRiskLimit ?? 10);
  const totals = rows.reduce(
    (t, r) => ({
      revenueMinor: t.revenueMinor + r.revenueMinor,
      costToServeMinor: t.costToServeMinor + r.costToServeMinor,
      marginMinor: t.marginMinor + r.marginMinor,
    }),
    { revenueMinor: 0, costToServeMinor: 0, marginMinor: 0 },
  );
  const capacity = opts.capacity
    ? capacityCoverage(
        opts.capacity,
        opts.window.months,
        loggedMinutes,
        deliveryMinutes,
        opts.hourlyCostRateMinor,
        totals.marginMinor,
      )
    : null;
  return { window: opts.window, context, rows, whale, ageing, healthBands, atRisk, totals, capacity };
}
