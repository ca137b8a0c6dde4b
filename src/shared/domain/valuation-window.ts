// Calendar arithmetic on `YYYY-MM-DD` dates, in UTC so a day is always a day.

const DAY_MS = 86_400_000;

function toUtc(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(toUtc(isoDate).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Adds calendar months, keeping the day where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const d = toUtc(isoDate);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** The valuation window: both ends inclusive, `months` calendar months ending on `to`. */
export interface ValuationWindow {
  from: string;
  to: string;
  months: number;
}

/** Trailing window: 12 months ending 2026-11-23 runs from 2025-11-24 to 2026-11-23. */
export function trailingWindow(asOf: string, months: number): ValuationWindow {
  return { from: addDays(addMonths(asOf, -months), 1), to: asOf.slice(0, 10), months };
}

/** A date or a timestamp (its UTC calendar day) inside the window. */
export function isInWindow(dateOrTimestamp: string, w: ValuationWindow): boolean {
  const day = dateOrTimestamp.slice(0, 10);
  return day >= w.from && day <= w.to;
}

/** Months the client was with us inside the window (whole window unless they started within it; at least 1). */
export function activeMonths(w: ValuationWindow, clientSince: string | null): number {
  if (!clientSince || clientSince < w.from) return w.months;
  const days = daysBetween(clientSince, w.to) + 1;
  return Math.min(w.months, Math.max(1, Math.round((days / 365.25) * 12 * 10) / 10));
}
