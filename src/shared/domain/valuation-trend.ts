// The seed's trend sign (DOMAIN.md §1, issue 14 defect 2): a client who pays later each cycle.
//
// Definition. The client's invoices whose lateness is known (settled, or still open past their
// due date: the window's invoices and any still outstanding, as in ClientFacts.delays), ordered
// by due date (then invoice id). Days late = max(0, delay + the what-if change), as for the
// late-payment flag. The trend is the longest run at the end of that list in which each invoice
// is strictly later than the one before; it is shown when the run holds at least
// `trendMinInvoices` invoices and its last invoice is beyond the grace period (a rise from 1 to
// 3 days is ordinary life). Example: due 31 Jul, 31 Aug, 30 Sep, paid 3, 10 and 21 days late:
// 3 < 10 < 21 and 21 > 7, so a trend over 3 invoices, +18 days in two cycles.
//
// It is evidence beside the late-payment score, never part of it: the trend ends when a punctual
// invoice follows, and a score that counted it would then fall — a worse sign must never lower a
// score, and no sign may (issue 14 defect 2). The score already grows with every late invoice.
import type { DelayFact } from './valuation-facts';
import { lateGraceDays } from './valuation-flags';

export const trendMinInvoices = 3;

export interface LatenessTrend {
  /** the run's invoices, oldest due date first */
  invoiceIds: number[];
  /** days late of each, in the same order (strictly rising) */
  daysLate: number[];
}

export function latenessTrend(delays: readonly DelayFact[], daysLateChange = 0): LatenessTrend | null {
  const cycles = [...delays]
    .sort((a, b) => ((a.dueOn ?? '') < (b.dueOn ?? '') ? -1 : (a.dueOn ?? '') > (b.dueOn ?? '') ? 1 : a.invoiceId - b.invoiceId))
    .map((d) => ({ invoiceId: d.invoiceId, daysLate: Math.max(0, d.delayDays + daysLateChange) }));
  let start = cycles.length - 1;
  while (start > 0 && cycles[start - 1]!.daysLate < cycles[start]!.daysLate) start--;
  const run = cycles.slice(Math.max(0, start));
  if (run.length < trendMinInvoices || run.at(-1)!.daysLate <= lateGraceDays) return null;
  return { invoiceIds: run.map((c) => c.invoiceId), daysLate: run.map((c) => c.daysLate) };
}
