// The facts a valuation is computed from, per client and window. Two paths produce them:
// `factsFromRecords` (one client's rows, for the client page) and the portfolio's single
// aggregate SQL query. Both must give identical facts (tested), so both feed the same formulas.
import { effectiveJournal, type EffectiveEntry } from './effective-journal';
import { ageingBucketOf, invoiceStanding, type AgeingBucket, type PaymentFact } from './invoice-standing';
import type { JournalKind } from './journal-kinds';
import { isRedFlagSign, type RedFlagSign } from './red-flags';
import { isInWindow, type ValuationWindow } from './valuation-window';
import { localDay, localParts } from './local-time';
import { convertMinor } from './conversion';

export interface ActivityFact {
  entries: number;
  /** minutes of entries that logged a duration */
  loggedMinutes: number;
  /** entries without a duration: costed at the kind's standard minutes */
  unloggedEntries: number;
  /** the part of this time written by team people with a cost rate of their own, by rate (lowest
   * first); the rest is costed at the owner's hourly rate. Absent in a single-user file. */
  rated?: RatedTime[];
}

/** Time at one person's cost rate (team_people.cost_rate_minor), minor units an hour. */
export interface RatedTime {
  rateMinor: number;
  loggedMinutes: number;
  unloggedEntries: number;
}

export interface DelayFact {
  invoiceId: number;
  /** signed: negative = paid early */
  delayDays: number;
  /** still not settled */
  isOpen: boolean;
  /** the invoice's due date: orders the cycles (the trend "pays later each cycle"); both paths give it */
  dueOn?: string;
}

export interface ClientFacts {
  clientId: number;
  clientSince: string | null;
  revenueMinor: number;
  /** list price of the window's invoices (the amount where no list price was given) */
  listPriceMinor: number;
  invoiceCount: number;
  /** invoices in the window charged below list price */
  discountedInvoiceIds: number[];
  collectedMinor: number;
  outstandingMinor: number;
  overdueMinor: number;
  ageing: Record<AgeingBucket, number>;
  /** invoices issued in the window or still outstanding, whose delay is known */
  delays: DelayFact[];
  directCostsMinor: number;
  activity: Partial<Record<JournalKind, ActivityFact>>;
  /** calls, e-mails and meetings outside 08:00–19:00 or at weekends, on the owner's clock */
  outOfHoursContacts: number;
  /** entries whose owner explicitly tagged a sign, by sign and kind */
  taggedSigns: { sign: RedFlagSign; kind: JournalKind; entries: number }[];
}

export interface InvoiceRecord {
  id: number;
  issuedOn: string;
  dueOn: string;
  amountMinor: number;
  listPriceMinor: number | null;
  currency: string;
  voidedAt: string | null;
  payments: (PaymentFact & { voidedAt: string | null })[];
}

export interface JournalRecord {
  id: number;
  kind: JournalKind;
  occurredAt: string;
  durationMinutes: number | null;
  signs: RedFlagSign[];
  /** the entry this one corrects (effective-journal.ts) */
  amendsId?: number | null;
  seq?: number;
  /** its author's own cost rate (a team person's, team_people); absent or null: the owner's rate */
  costRateMinor?: number | null;
}

export interface ClientRecords {
  clientId: number;
  clientSince: string | null;
  invoices: InvoiceRecord[];
  directCosts: readonly { incurredOn: string; amountMinor: number; currency: string; voidedAt: string | null }[];
  /** the client's entries in the window, with every version of any chain of corrections that
   * touches it (a correction counts once, as its latest version: effectiveInWindow) */
  journal: JournalRecord[];
}

/**
 * The entries that count in the window: each chain of corrections as its latest version,
 * kept when that version's date is in the window (a correction that moves an entry's date
 * moves it in or out). Facts, flags and evidence all read the journal through this.
 */
export function effectiveInWindow<T extends JournalRecord>(
  journal: readonly T[],
  w: ValuationWindow,
  timeZone = 'UTC',
): EffectiveEntry<T>[] {
  return effectiveJournal(journal).filter((e) => isInWindow(ownerDay(e.occurredAt, timeZone), w));
}

/** The owner's calendar day of a timestamp (the window's days are the owner's). */
export function ownerDay(occurredAt: string, timeZone: string): string {
  return timeZone === 'UTC' && occurredAt.endsWith('Z') ? occurredAt.slice(0, 10) : localDay(occurredAt, timeZone);
}

export const contactKinds: readonly JournalKind[] = ['call', 'email', 'meeting'];

/** Outside 08:00–19:00 or on a Saturday/Sunday, on the owner's clock (timestamps are stored in UTC). */
export function isOutOfHours(occurredAt: string, timeZone = 'UTC'): boolean {
  const d = new Date(occurredAt);
  const { hour: h, weekday: wd } =
    timeZone === 'UTC' ? { hour: d.getUTCHours(), weekday: d.getUTCDay() } : localParts(d, timeZone);
  return h < 8 || h >= 19 || wd === 0 || wd === 6;
}

export function emptyAgeing(): Record<AgeingBucket, number> {
  return { current: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 };
}

/**
 * One client's facts from its own rows. Only amounts in `currency` count, and amounts in a
 * currency `factors` holds (conversion.ts: converted per invoice and per cost); others are left
 * out. Journal entries fall in the window by the owner's day, and are out of hours by the
 * owner's clock, in `timeZone`.
 */
export function factsFromRecords(
  r: ClientRecords,
  w: ValuationWindow,
  currency: string,
  timeZone = 'UTC',
  factors: Readonly<Record<string, number>> = {},
): ClientFacts {
  const factorOf = (c: string) => (c === currency ? 1 : factors[c]);
  const asOf = w.to;
  const facts: ClientFacts = {
    clientId: r.clientId,
    clientSince: r.clientSince,
    revenueMinor: 0,
    listPriceMinor: 0,
    invoiceCount: 0,
    discountedInvoiceIds: [],
    collectedMinor: 0,
    outstandingMinor: 0,
    overdueMinor: 0,
    ageing: emptyAgeing(),
    delays: [],
    directCostsMinor: 0,
    activity: {},
    outOfHoursContacts: 0,
    taggedSigns: [],
  };
  for (const inv of r.invoices) {
    const f = factorOf(inv.currency);
    if (inv.voidedAt || f === undefined || inv.issuedOn > asOf) continue;
    const payments = inv.payments.filter((p) => !p.voidedAt);
    // settlement in the invoice's own currency; amounts then in the business currency
    const standing = invoiceStanding(inv, payments, asOf);
    const outstanding = convertMinor(standing.outstandingMinor, f);
    const inWindow = isInWindow(inv.issuedOn, w);
    if (inWindow) {
      facts.revenueMinor += convertMinor(inv.amountMinor, f);
      facts.listPriceMinor += convertMinor(inv.listPriceMinor ?? inv.amountMinor, f);
      facts.invoiceCount += 1;
      if (inv.listPriceMinor !== null && inv.listPriceMinor > inv.amountMinor) facts.discountedInvoiceIds.push(inv.id);
    }
    let collected = 0;
    for (const p of payments) if (isInWindow(p.paidOn, w)) collected += p.amountMinor;
    facts.collectedMinor += convertMinor(collected, f);
    facts.outstandingMinor += outstanding;
    if (standing.outstandingMinor > 0) {
      const bucket = ageingBucketOf(asOf > inv.dueOn ? (standing.delayDays ?? 0) : 0);
      facts.ageing[bucket] += outstanding;
      if (bucket !== 'current') facts.overdueMinor += outstanding;
    }
    if ((inWindow || standing.outstandingMinor > 0) && standing.delayDays !== null) {
      facts.delays.push({
        invoiceId: inv.id,
        delayDays: standing.delayDays,
        isOpen: standing.settledOn === null,
        dueOn: inv.dueOn,
      });
    }
  }
  for (const c of r.directCosts) {
    const f = factorOf(c.currency);
    if (!c.voidedAt && f !== undefined && isInWindow(c.incurredOn, w)) facts.directCostsMinor += convertMinor(c.amountMinor, f);
  }
  const tagged = new Map<string, { sign: RedFlagSign; kind: JournalKind; entries: number }>();
  for (const e of effectiveInWindow(r.journal, w, timeZone)) {
    const a = (facts.activity[e.kind] ??= { entries: 0, loggedMinutes: 0, unloggedEntries: 0 });
    a.entries += 1;
    if (e.durationMinutes === null) a.unloggedEntries += 1;
    else a.loggedMinutes += e.durationMinutes;
    if (e.costRateMinor != null) addRated(a, e.costRateMinor, e.durationMinutes);
    if (contactKinds.includes(e.kind) && isOutOfHours(e.occurredAt, timeZone)) facts.outOfHoursContacts += 1;
    for (const sign of new Set(e.signs)) {
      // Only red-flag signs count; the journal also keeps a complaint's topic (`topic:…`) there.
      if (!isRedFlagSign(sign)) continue;
      const key = `${sign}|${e.kind}`;
      const t = tagged.get(key) ?? { sign, kind: e.kind, entries: 0 };
      t.entries += 1;
      tagged.set(key, t);
    }
  }
  facts.taggedSigns = sortTagged([...tagged.values()]);
  facts.delays.sort((a, b) => a.invoiceId - b.invoiceId);
  facts.discountedInvoiceIds.sort((a, b) => a - b);
  return facts;
}

/** Counts one entry's time at its author's rate (the aggregate SQL groups the same way: by kind and rate). */
function addRated(a: ActivityFact, rateMinor: number, durationMinutes: number | null): void {
  const list = (a.rated ??= []);
  let r = list.find((x) => x.rateMinor === rateMinor);
  if (!r) {
    r = { rateMinor, loggedMinutes: 0, unloggedEntries: 0 };
    list.push(r);
    list.sort((x, y) => x.rateMinor - y.rateMinor);
  }
  if (durationMinutes === null) r.unloggedEntries += 1;
  else r.loggedMinutes += durationMinutes;
}

export function sortTagged<T extends { sign: string; kind: string }>(list: T[]): T[] {
  return list.sort((a, b) => (a.sign + a.kind < b.sign + b.kind ? -1 : a.sign + a.kind > b.sign + b.kind ? 1 : 0));
}
