// A period of calendar days as the owner counts them — in their time zone — turned into the
// UTC instants the database stores: the journal timeline's filter, the dossier's period and the
// dossier list all use this one definition.

const partsFormat = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormat.set(timeZone, f);
  }
  return f;
}

/** How far `timeZone` is ahead of UTC at the instant `ms`, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(new Date(ms))) p[type] = Number(value);
  const wall = Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']! % 24, p['minute']!, p['second']!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant (ISO, UTC) at which the calendar day `day` (YYYY-MM-DD) begins in `timeZone`. */
export function dayStartIn(day: string, timeZone: string): string {
  const midnight = Date.parse(`${day}T00:00:00.000Z`);
  // the offset at the guess, then again at the corrected instant (a DST change near midnight)
  let start = midnight - offsetAt(midnight, timeZone);
  start = midnight - offsetAt(start, timeZone);
  return new Date(start).toISOString();
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);

/** The days `from`..`to` (both included; either may be open) as [start, end) instants. */
export function dayWindow(
  from: string | null | undefined,
  to: string | null | undefined,
  timeZone: string,
): { start: string | null; end: string | null } {
  return { start: from ? dayStartIn(from, timeZone) : null, end: to ? dayStartIn(nextDay(to), timeZone) : null };
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
