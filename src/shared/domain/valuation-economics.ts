// The decision economics beside the full-cost margin (issue 14, items 9–11): lifetime value,
// a replacement of similar size, how long a client has been with us, and what parting changes.
import { AppError } from '../errors';
import { daysBetween, type ValuationWindow } from './valuation-window';

/** Less history than this is too early to judge: figures are shown, nothing is annualised. */
export const minHistoryMonths = 3;

/** A lifetime multiple r / (1 + d − r) above this is flagged: the value rests on a long, uncertain future. */
export const largeMultiple = 10;

/**
 * CLV = A × r / (1 + d − r): annual margin A, kept each year with probability r, discounted at
 * d. The series only converges while r < 1 + d, so anything else is refused, not guessed.
 */
export function lifetimeValue(annualMarginMinor: number, r: number, d: number): number {
  if (!(r >= 0 && d >= 0) || r >= 1 + d) {
    throw new AppError(
      'VALIDATION',
      `Retention probability (${r}) must be below 1 + discount rate (${1 + d}) for a lifetime value to exist.`,
      {
        details: { retention: r, discountRate: d },
      },
    );
  }
  return Math.round((annualMarginMinor * r) / (1 + d - r));
}

/** Months from the client's start to the window's end, to a tenth; null when the start is unknown. */
export function historyMonthsOf(clientSince: string | null, w: ValuationWindow): number | null {
  if (!clientSince) return null;
  return Math.max(0, Math.round(((daysBetween(clientSince, w.to) + 1) / 365.25) * 12 * 10) / 10);
}

/**
 * What a replacement of this client's size earns a year: this client's annual revenue at the
 * portfolio's typical margin, or (without revenue) this client's hours at the typical margin
 * per hour. Not the median client: a small client is replaced by a small one.
 */
export function replacementAnnualMargin(
  annualRevenueMinor: number,
  annualHours: number,
  ctx: { typicalMarginPct: number | null; typicalMarginPerHourMinor: number | null },
): { annualMinor: number; basis: 'revenue' | 'hours' | 'none' } {
  if (annualRevenueMinor > 0 && ctx.typicalMarginPct !== null)
    return { annualMinor: Math.round(annualRevenueMinor * ctx.typicalMarginPct), basis: 'revenue' };
  if (annualRevenueMinor <= 0 && annualHours > 0 && ctx.typicalMarginPerHourMinor !== null)
    return { annualMinor: Math.round(annualHours * ctx.typicalMarginPerHourMinor), basis: 'hours' };
  return { annualMinor: 0, basis: 'none' };
}

export interface PartingView {
  revenueLostMinor: number;
  directSavedMinor: number;
  /** freed hours × the hourly cost rate × the share the owner expects to sell to others */
  refillValueMinor: number;
  /** directSaved + refillValue − revenueLost: positive when parting leaves the owner better off */
  changeMinor: number;
}

/**
 * What parting really changes, a year: the revenue goes, the direct costs go, and the hours are
 * freed — worth money only for the share the owner expects to sell to others. At a share of 1
 * this is minus the full-cost margin; at 0 it is minus the revenue above direct costs.
 */
export function partingView(
  annualRevenueMinor: number,
  annualDirectMinor: number,
  annualHours: number,
  rateMinor: number,
  refillShare: number,
): PartingView {
  const refillValueMinor = Math.round(annualHours * rateMinor * refillShare);
  return {
    revenueLostMinor: annualRevenueMinor,
    directSavedMinor: annualDirectMinor,
    refillValueMinor,
    changeMinor: annualDirectMinor + refillValueMinor - annualRevenueMinor,
  };
}
