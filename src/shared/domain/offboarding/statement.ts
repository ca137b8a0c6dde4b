// A statement of account for the client (the collect-payment path): every invoice with what was
// paid and what is open, the balance, and the open amounts by age — in the business currency
// (invoices in another currency are listed apart, never added in).
import type { Invoice } from '../../contract/money';

export const ageingBuckets = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgeingBucket = (typeof ageingBuckets)[number];

export interface StatementLine {
  number: string;
  issuedOn: string;
  dueOn: string;
  amountMinor: number;
  paidMinor: number;
  openMinor: number;
  daysLate: number;
  currency: string;
}

export interface StatementModel {
  currency: string;
  asOf: string;
  lines: StatementLine[];
  /** lines in other currencies: shown, not totalled */
  otherCurrency: StatementLine[];
  invoicedMinor: number;
  paidMinor: number;
  balanceMinor: number;
  ageing: Record<AgeingBucket, number>;
}

/** Where an open amount falls: not yet due, or 1–30, 31–60, 61–90, over 90 days past due. */
export function bucketOf(daysLate: number): AgeingBucket {
  if (daysLate <= 0) return 'current';
  if (daysLate <= 30) return 'd1_30';
  if (daysLate <= 60) return 'd31_60';
  if (daysLate <= 90) return 'd61_90';
  return 'd90_plus';
}

export function statementOf(invoices: readonly Invoice[], currency: string, asOf: string): StatementModel {
  const live = invoices.filter((i) => i.voidedAt === null).sort((a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.id - b.id);
  const line = (i: Invoice): StatementLine => ({
    number: i.number,
    issuedOn: i.issuedOn,
    dueOn: i.dueOn,
    amountMinor: i.amountMinor,
    paidMinor: i.standing.paidMinor,
    openMinor: i.standing.outstandingMinor,
    daysLate: i.standing.outstandingMinor > 0 ? i.standing.daysLate : 0,
    currency: i.currency,
  });
  const lines = live.filter((i) => i.currency === currency).map(line);
  const ageing = Object.fromEntries(ageingBuckets.map((b) => [b, 0])) as Record<AgeingBucket, number>;
  for (const l of lines) if (l.openMinor > 0) ageing[bucketOf(l.daysLate)] += l.openMinor;
  const sum = (f: (l: StatementLine) => number) => lines.reduce((a, l) => a + f(l), 0);
  return {
    currency,
    asOf,
    lines,
    otherCurrency: live.filter((i) => i.currency !== currency).map(line),
    invoicedMinor: sum((l) => l.amountMinor),
    paidMinor: sum((l) => l.paidMinor),
    balanceMinor: sum((l) => l.openMinor),
    ageing,
  };
}
