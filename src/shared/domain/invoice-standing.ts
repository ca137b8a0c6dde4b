// Where an invoice stands on a given day: paid, outstanding, overdue, days late. Always
// derived from the invoice and its payments, never stored, so it cannot disagree with them.
import type { PaymentTermsKind } from './client-status';
import { addDays, addMonths, daysBetween } from './valuation-window';

export interface PaymentFact {
  id: number;
  paidOn: string;
  amountMinor: number;
}

export interface InvoiceAmounts {
  dueOn: string;
  amountMinor: number;
}

export type InvoiceStatus = 'open' | 'overdue' | 'paid' | 'void';

export interface InvoiceStanding {
  paidMinor: number;
  outstandingMinor: number;
  /** paid above the amount (an overpayment the owner confirmed): the client's credit; 0 when void */
  creditMinor: number;
  /** the day the running total of payments first covered the amount */
  settledOn: string | null;
  status: InvoiceStatus;
  /** settled: settledOn − dueOn (negative = early); unsettled and past due: asOf − dueOn; otherwise null */
  delayDays: number | null;
  /** max(0, delayDays) */
  daysLate: number;
}

function byDate(a: PaymentFact, b: PaymentFact): number {
  return a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : a.id - b.id;
}

/**
 * The day payments first covered the amount. Taking the first covering day (not the last
 * payment) means an extra payment can only make an invoice settle earlier, never later.
 */
export function settledOn(amountMinor: number, payments: readonly PaymentFact[]): string | null {
  let total = 0;
  for (const p of [...payments].sort(byDate)) {
    total += p.amountMinor;
    if (total >= amountMinor) return p.paidOn;
  }
  return null;
}

/** Payments made after `asOf` are ignored: the standing is as the owner knew it that day. */
export function invoiceStanding(
  invoice: InvoiceAmounts & { voidedAt?: string | null },
  payments: readonly PaymentFact[],
  asOf: string,
): InvoiceStanding {
  const known = payments.filter((p) => p.paidOn <= asOf);
  const paidMinor = known.reduce((s, p) => s + p.amountMinor, 0);
  if (invoice.voidedAt) {
    return { paidMinor, outstandingMinor: 0, creditMinor: 0, settledOn: null, status: 'void', delayDays: null, daysLate: 0 };
  }
  const settled = settledOn(invoice.amountMinor, known);
  const outstandingMinor = Math.max(0, invoice.amountMinor - paidMinor);
  let delayDays: number | null = null;
  if (settled) delayDays = daysBetween(invoice.dueOn, settled);
  else if (asOf > invoice.dueOn) delayDays = daysBetween(invoice.dueOn, asOf);
  const status: InvoiceStatus = settled ? 'paid' : asOf > invoice.dueOn ? 'overdue' : 'open';
  const creditMinor = Math.max(0, paidMinor - invoice.amountMinor);
  return { paidMinor, outstandingMinor, creditMinor, settledOn: settled, status, delayDays, daysLate: Math.max(0, delayDays ?? 0) };
}

/** Default due date from the client's payment terms: N days after issue, or the next given day of the month. */
export function dueDateFromTerms(issuedOn: string, kind: PaymentTermsKind, value: number): string {
  if (kind === 'days') return addDays(issuedOn, value);
  const day = String(value).padStart(2, '0');
  const sameMonth = `${issuedOn.slice(0, 8)}${day}`;
  return sameMonth > issuedOn ? sameMonth : `${addMonths(issuedOn.slice(0, 8) + '01', 1).slice(0, 8)}${day}`;
}

/** Receivables ageing: overdue balance by how long past due. */
export const ageingBuckets = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgeingBucket = (typeof ageingBuckets)[number];

export function ageingBucketOf(daysPastDue: number): AgeingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'd1_30';
  if (daysPastDue <= 60) return 'd31_60';
  if (daysPastDue <= 90) return 'd61_90';
  return 'd90_plus';
}
