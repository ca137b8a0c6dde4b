// A letter handed to the owner's mail program as a mailto: link (RFC 6068): the client's address,
// the subject and the body, percent-encoded as UTF-8 (ğ ş ı İ ə stay themselves), line breaks as
// CRLF. Some systems and mail programs cut or refuse a longer link (Windows passes at most about
// 2,000 characters to the mail program; Outlook stops near there too), so a longer letter is not
// sent this way: the owner copies it or saves it as a PDF to attach.

/** The longest link the app hands over, the same on every system, so a letter behaves the same everywhere. */
export const MAILTO_MAX_LENGTH = 2000;

/** The first line of a saved letter is its subject (letterText in render.ts), the rest its body. */
export function letterSubjectAndBody(text: string): { subject: string; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const subject = (lines.shift() ?? '').trim();
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  return { subject, body: lines.join('\n').replace(/\s+$/, '') };
}

const encode = (s: string) => encodeURIComponent(s.normalize('NFC').replace(/\r\n?|\n/g, '\r\n'));

/** `mailto:ad%40… `: the address keeps its @; an empty address lets the mail program ask. */
export function mailtoUrl(o: { to: string; subject: string; body: string }): string {
  const to = encode(o.to.trim()).replace(/%40/g, '@');
  const query = [...(o.subject ? [`subject=${encode(o.subject)}`] : []), ...(o.body ? [`body=${encode(o.body)}`] : [])];
  return `mailto:${to}${query.length ? `?${query.join('&')}` : ''}`;
}
