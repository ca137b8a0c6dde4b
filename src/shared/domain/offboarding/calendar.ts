// The Due list as an iCalendar file (RFC 5545) for the owner's calendar: one all-day event per
// pay-by date, follow-up and last working day. UIDs are stable (a re-import updates the event
// instead of doubling it) and the file depends only on its inputs, so the same data gives the
// same bytes.
import type { DueItem } from './due';
import { addDays } from '../valuation-window';

export interface CalendarText {
  /** "Payment promised by", … per kind */
  kinds: Record<DueItem['kind'], string>;
  /** the calendar's name, e.g. "Client Dossier — due dates" */
  name: string;
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const utf8 = new TextEncoder();

/** Folds a content line at 75 octets of UTF-8, never inside a character (§3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basic = (isoDate: string) => isoDate.replace(/-/g, '');

/** `stamp`: when the file is made (ISO); `lang`: the owner's language tag for the calendar. */
export function dueCalendar(items: readonly DueItem[], text: CalendarText, stamp: string, lang: string): string {
  const dtstamp = `${stamp.slice(0, 19).replace(/[-:]/g, '')}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Client Dossier//Due dates//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(text.name)}`,
  ];
  for (const d of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:due-${d.caseId}-${d.kind}@client-dossier`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basic(d.date)}`,
      `DTEND;VALUE=DATE:${basic(addDays(d.date, 1))}`,
      `SUMMARY;LANGUAGE=${lang}:${escapeText(`${text.kinds[d.kind]}: ${d.clientName}`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
