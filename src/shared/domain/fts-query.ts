// Turns what a person types into safe SQLite FTS5 syntax: every word becomes a quoted string
// (so quotes, operators, column filters and parentheses in the input mean nothing), the last
// word — and any word typed with a trailing `*` — is a prefix search. Words are ANDed.
// The journal index holds its text with ı/İ/ə folded (foldTurkicLetters, in SQL); the query is
// folded the same way here, and unicode61 folds case and the other diacritics on both sides:
// "bagirdi", "BAĞIRDI" and "bağırdı" all find "bağırdı". The whole of fold() is not applied —
// NFKD would strip marks unicode61 keeps (й → и), and "мой" would no longer find "мой".
import { foldTurkicLetters } from './fold';

/** null when nothing searchable is left (only punctuation or spaces). */
export function toFtsQuery(input: string, maxWords = 12): string | null {
  const words = foldTurkicLetters(input.normalize('NFC'))
    .split(/\s+/u)
    .map((w) => ({ isPrefix: w.endsWith('*'), word: w.replace(/[^\p{L}\p{N}\p{M}'’_-]+/gu, ' ').trim() }))
    .filter((w) => /[\p{L}\p{N}]/u.test(w.word))
    .slice(0, maxWords);
  if (words.length === 0) return null;
  return words
    .map((w, i) => {
      const quoted = `"${w.word.replace(/"/g, '""')}"`;
      return w.isPrefix || i === words.length - 1 ? `${quoted}*` : quoted;
    })
    .join(' ');
}

/** Markers snippet()/highlight() put around matches; control characters never occur in stored text. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** Splits a marked snippet into plain and matched parts, for rendering without HTML. */
export function splitMarked(snippet: string): { text: string; isMatch: boolean }[] {
  const parts: { text: string; isMatch: boolean }[] = [];
  const re = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, 'g');
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), isMatch: false });
    parts.push({ text: m[1] ?? '', isMatch: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), isMatch: false });
  return parts.filter((p) => p.text.length > 0);
}
