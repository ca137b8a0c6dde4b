// The owner's clock (issue 14 defect 3). Timestamps are stored in UTC; working hours, calendar
// days and "today" are the owner's, in the time zone of their profile (default: the computer's).
// Pure: the zone is always passed in (an IANA name such as 'Europe/Istanbul').

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** A valid IANA time zone name (as Intl knows it). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

const weekdays: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export interface LocalParts {
  /** the local calendar day, YYYY-MM-DD */
  day: string;
  hour: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** minutes the zone is ahead of UTC at that instant */
  offsetMinutes: number;
}

export function localParts(at: string | number | Date, timeZone: string): LocalParts {
  const d = new Date(at);
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(d)) p[part.type] = part.value;
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  const exact = Math.floor(d.getTime() / 1000) * 1000;
  return {
    day: `${p.year}-${p.month}-${p.day}`,
    hour: Number(p.hour),
    weekday: weekdays[p.weekday!] ?? 0,
    offsetMinutes: Math.round((asUtc - exact) / MINUTE),
  };
}

/** The owner's calendar day of a timestamp. */
export function localDay(at: string | number | Date, timeZone: string): string {
  return localParts(at, timeZone).day;
}

/** The UTC instant (ISO, with milliseconds) at which a local day begins in the zone. */
export function localDayStart(day: string, timeZone: string): string {
  return wallTimeToUtc(`${day.slice(0, 10)}T00:00:00`, timeZone);
}

/** A stretch of time with one UTC offset: until `until` (exclusive, ISO), the zone is `offsetMinutes` ahead. */
export interface OffsetSpan {
  until: string;
  offsetMinutes: number;
}

/**
 * The zone's offsets from `from` to `to` (ISO instants), as spans: one for a zone without
 * daylight saving, one more per transition. The last span runs to `to`.
 */
export function offsetSpans(from: string, to: string, timeZone: string): OffsetSpan[] {
  const start = Date.parse(from);
  const end = Date.parse(to);
  const spans: OffsetSpan[] = [];
  const off = (t: number) => localParts(t, timeZone).offsetMinutes;
  let at = start;
  let current = off(at);
  const step = 6 * 3_600_000;
  while (at < end) {
    const next = Math.min(end, at + step);
    const o = off(next);
    if (o !== current && next !== end) {
      // the change happened in (at, next]: find its minute
      let lo = at;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE || lo + MINUTE;
        if (off(mid) === current) lo = mid;
        else hi = mid;
      }
      spans.push({ until: new Date(hi).toISOString(), offsetMinutes: current });
      current = o;
    }
    at = next;
  }
  spans.push({ until: new Date(end).toISOString(), offsetMinutes: current });
  return spans;
}

/** The computer's time zone (the profile's default). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The UTC instant (ISO, with milliseconds) of a wall-clock time (YYYY-MM-DDTHH:MM[:SS]) in the
 * zone — a phone's chat timestamp placed in the owner's zone. A time skipped by a clock change
 * comes out an hour later; a repeated one takes the first.
 */
export function wallTimeToUtc(local: string, timeZone: string): string {
  // pure (the zone's rules do not change while the app runs), and asked for the same few days on
  // every client page (the valuation window's ends): kept per (zone, wall time), a bounded map
  const key = `${timeZone}|${local}`;
  let utc = wallTimes.get(key);
  if (utc === undefined) {
    if (wallTimes.size >= 10_000) wallTimes.clear();
    utc = wallTimeToUtcNow(local, timeZone);
    wallTimes.set(key, utc);
  }
  return utc;
}
const wallTimes = new Map<string, string>();

function wallTimeToUtcNow(local: string, timeZone: string): string {
  const wall = Date.parse(`${local.length === 16 ? `${local}:00` : local}.000Z`);
  // the offset at the guess, then once more at the corrected instant (a transition in between)
  let t = wall - localParts(wall, timeZone).offsetMinutes * MINUTE;
  t = wall - localParts(t, timeZone).offsetMinutes * MINUTE;
  return new Date(t).toISOString();
}
