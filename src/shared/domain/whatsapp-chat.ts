// A WhatsApp chat export ("Export chat", .txt) read into messages. No maintained library reads
// these (the few on npm are abandoned and know only English date styles), so this is our own,
// small and tested against exports in Turkish, Azerbaijani and English (tests/shared/whatsapp-chat.test.ts).
//
// Two line shapes, each with the phone's date style:
//   iPhone   [02.12.2026 14:05:33] Mehmet Kaya: text        [12/2/26, 2:05:33 PM] Name: text
//   Android  02.12.2026, 14:05 - Mehmet Kaya: text          12/2/26, 2:05 PM - Name: text
// A line that does not start with a date continues the message above it. Times are the phone's
// wall clock with no zone: they are returned as local parts, and the caller places them in the
// owner's time zone (wallTimeToUtc) and lets the owner confirm.

export type ChatDateOrder = 'dmy' | 'mdy' | 'ymd';

/** A message's status when it is not ordinary text (it can still be picked, but says so). */
export type ChatSpecial = 'media' | 'deleted' | 'system';

export interface ChatMessage {
  /** 0-based position in the export */
  index: number;
  /** the phone's wall-clock time, YYYY-MM-DDTHH:MM:SS, no zone */
  local: string;
  /** null for the app's own lines ("Messages are end-to-end encrypted") */
  sender: string | null;
  text: string;
  special: ChatSpecial | null;
}

export interface ParsedChat {
  messages: ChatMessage[];
  dateOrder: ChatDateOrder;
  /** true when nothing in the file tells day/month apart (every day ≤ 12): the owner must confirm */
  dateOrderGuessed: boolean;
}

// Directional marks and the narrow no-break space newer exports put around dates and in "2:05 PM".
const INVISIBLE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const SPACES = /[\u00A0\u202F\u2007]/g;

const DATE = String.raw`(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])\.? ?[Mm]\.?| ?(ÖÖ|ÖS|öö|ös))?`;
// eslint-disable-next-line security/detect-non-literal-regexp -- built from the constants above
const IOS = new RegExp(String.raw`^\[${DATE},? ${TIME}\] (.*)$`);
// eslint-disable-next-line security/detect-non-literal-regexp -- built from the constants above
const ANDROID = new RegExp(String.raw`^${DATE},? ${TIME} [-–] (.*)$`);

/** What WhatsApp writes in place of a file, in the languages owners use. */
const MEDIA = [
  /^<(media omitted|medya dahil edilmedi|media daxil edilməyib|media daxil edilmədi|mediafayl daxil edilməyib)>$/i,
  /^(image|video|audio|sticker|gif|document) omitted$/i,
  /^(görüntü|görsel|video|ses|çıkartma|belge|gif) dahil edilmedi$/i,
  /^(şəkil|video|səs|stiker|sənəd|gif) daxil edilməyib$/i,
  /^<(attached|ek|əlavə): .+>$/i,
  /\(file attached\)$|\(dosya ekli\)$|\(fayl əlavə edilib\)$/i,
];
const DELETED = [
  /^this message was deleted\.?$/i,
  /^you deleted this message\.?$/i,
  /^bu mesaj silindi\.?$/i,
  /^bu mesajı sildiniz\.?$/i,
  /^bu mesaj silinib\.?$/i,
  /^bu mesajı sildiniz\.?$/i,
  /^<this message was edited>$/i,
];
/** iPhone exports write the app's own lines with the chat's name as sender. */
const SYSTEM_TEXT = [/end-to-end encrypted/i, /uçtan uca şifreli/i, /uçdan-uca şifrələnib|uçtan-uca şifrələnib|tam şifrələnib/i];

interface Header {
  a: number;
  b: number;
  c: number;
  aDigits: number;
  hour: number;
  minute: number;
  second: number;
  meridiem: 'am' | 'pm' | null;
  rest: string;
  android: boolean;
}

function readHeader(line: string): Header | null {
  const ios = IOS.exec(line);
  const m = ios ?? ANDROID.exec(line);
  if (!m) return null;
  const [, a, b, c, h, min, s, ap, tr, rest] = m;
  const marker = ap ? ap.toLowerCase() : tr ? tr.toLowerCase() : null;
  return {
    a: Number(a),
    b: Number(b),
    c: Number(c),
    aDigits: a!.length,
    hour: Number(h),
    minute: Number(min),
    second: s ? Number(s) : 0,
    meridiem: marker === null ? null : marker === 'a' || marker === 'öö' ? 'am' : 'pm',
    rest: rest ?? '',
    android: !ios,
  };
}

function decideOrder(headers: readonly Header[]): { order: ChatDateOrder; guessed: boolean } {
  if (headers.some((h) => h.aDigits === 4)) return { order: 'ymd', guessed: false };
  if (headers.some((h) => h.a > 12)) return { order: 'dmy', guessed: false };
  if (headers.some((h) => h.b > 12)) return { order: 'mdy', guessed: false };
  // no day above 12: the phone's style decides — 12-hour clocks are American, the rest day first
  return { order: headers.some((h) => h.meridiem !== null) ? 'mdy' : 'dmy', guessed: true };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function localOf(h: Header, order: ChatDateOrder): string | null {
  const [y, mo, d] = order === 'ymd' ? [h.a, h.b, h.c] : order === 'dmy' ? [h.c, h.b, h.a] : [h.c, h.a, h.b];
  const year = y < 100 ? 2000 + y : y;
  let hour = h.hour;
  if (h.meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (h.meridiem === 'pm' ? 12 : 0);
  }
  if (year < 2009 || year > 2100 || hour > 23 || h.minute > 59 || h.second > 59) return null;
  const t = Date.UTC(year, mo - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return `${pad(year, 4)}-${pad(mo)}-${pad(d)}T${pad(hour)}:${pad(h.minute)}:${pad(h.second)}`;
}

function specialOf(sender: string | null, text: string): ChatSpecial | null {
  const t = text.trim();
  if (sender === null || SYSTEM_TEXT.some((r) => r.test(t))) return 'system';
  if (MEDIA.some((r) => r.test(t))) return 'media';
  if (DELETED.some((r) => r.test(t))) return 'deleted';
  return null;
}

/** Splits "Name: text" (the first ": " after a non-empty name); null when the line has no sender. */
function splitSender(rest: string): { sender: string | null; text: string } {
  const at = rest.indexOf(': ');
  if (at <= 0 || at > 120)
    return rest.endsWith(':') && rest.length <= 121 ? { sender: rest.slice(0, -1), text: '' } : { sender: null, text: rest };
  return { sender: rest.slice(0, at).trim(), text: rest.slice(at + 2) };
}

/** True when the text looks like a WhatsApp export (at least one dated message line). */
export function looksLikeWhatsAppChat(content: string): boolean {
  return content.split(/\r\n|\r|\n/, 50).some((l) => readHeader(l.replace(INVISIBLE, '').replace(SPACES, ' ')) !== null);
}

/**
 * Reads an export. `order` forces the date style (the owner's correction); otherwise it is
 * taken from the file, and reported as guessed when the file cannot tell.
 */
export function parseWhatsAppChat(content: string, opts: { order?: ChatDateOrder; maxMessages?: number } = {}): ParsedChat {
  const max = opts.maxMessages ?? 20_000;
  const lines = content.split(/\r\n|\r|\n/);
  const rows: { header: Header; line: string; more: string[] }[] = [];
  let current: { header: Header; line: string; more: string[] } | null = null;
  for (const raw of lines) {
    const clean = raw.replace(INVISIBLE, '').replace(SPACES, ' ');
    const header = readHeader(clean);
    if (header) {
      current = { header, line: raw.replace(INVISIBLE, ''), more: [] };
      rows.push(current);
    } else if (current) {
      current.more.push(raw.replace(INVISIBLE, ''));
    }
  }
  const headers = rows.map((r) => r.header);
  const decided = opts.order ? { order: opts.order, guessed: false } : decideOrder(headers);
  const messages: ChatMessage[] = [];
  let previous: ChatMessage | null = null;
  for (const row of rows) {
    const local = localOf(row.header, decided.order);
    if (local === null) {
      // not a real date (an odd line that only looks like one): it belongs to the message above
      if (previous) previous.text += `\n${[row.line, ...row.more].join('\n')}`.replace(/\s+$/, '');
      continue;
    }
    if (messages.length >= max) break;
    const { sender, text } = splitSender(row.header.rest);
    const body = [text, ...row.more].join('\n').replace(/\s+$/, '');
    const m: ChatMessage = { index: messages.length, local, sender, text: body, special: null };
    messages.push(m);
    previous = m;
  }
  for (const m of messages) m.special = specialOf(m.sender, m.text);
  return { messages, dateOrder: decided.order, dateOrderGuessed: decided.guessed };
}
