// A period of calendar days as the owner counts them — in their time zone — turned into the
// UTC instants the database stores: the journal timeline's filter, the dossier's period and the
// dossier list all use this one definition. A day's first instant is local-time.ts's
// localDayStart, as the valuation window's.
import { localDayStart } from './local-time';
import { addDays } from './valuation-window';

/** The days `from`..`to` (both included; either may be open) as [start, end) instants. */
export function dayWindow(
  from: string | null | undefined,
  to: string | null | undefined,
  timeZone: string,
): { start: string | null; end: string | null } {
  return { start: from ? localDayStart(from, timeZone) : null, end: to ? localDayStart(addDays(to, 1), timeZone) : null };
}

/** SQL conditions (and their parameters) keeping `column` — an ISO instant — inside the days. */
export function dayWindowSql(
  column: string,
  from: string | null | undefined,
  to: string | null | undefined,
  timeZone: string,
): { where: string[]; params: string[] } {
  const w = dayWindow(from, to, timeZone);
  const where: string[] = [];
  const params: string[] = [];
  if (w.start) {
    where.push(`${column} >= ?`);
    params.push(w.start);
  }
  if (w.end) {
    where.push(`${column} < ?`);
    params.push(w.end);
  }
  return { where, params };
}
