/**
 * Folds text for forgiving search: lower case, no diacritics, Turkish/Azerbaijani dotless
 * and dotted i made equal, ə as e — so "insaat", "inşaat" and "İNŞAAT" all match "İnşaat",
 * as an owner typing on an English keyboard expects.
 */
export function fold(s: string): string {
  return foldTurkicLetters(s).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The first step of fold(): İ, I and ı become i, Ə and ə become e — one letter for one letter,
 * so lengths and word boundaries stay as they were. SQLite's unicode61 tokenizer already folds
 * case and strips ş, ğ, ü, ö, ç to their base letters, but treats ı and ə as letters of their
 * own; the journal search index applies this same map in SQL (migration 0006, triggers with
 * nested replace()) and the search query goes through it in toFtsQuery, so both sides match.
 */
export function foldTurkicLetters(s: string): string {
  return s.replace(/[İIı]/g, 'i').replace(/[Əə]/g, 'e');
}

/** The client search rule, shared by the SQL query (via the `fold` SQL function) and the UI. */
export function matchesClientSearch(c: { name: string; company: string; email: string; phone: string }, query: string): boolean {
  const q = fold(query.trim());
  if (q === '') return true;
  return fold(c.name).includes(q) || fold(c.company).includes(q) || fold(c.email).includes(q) || c.phone.includes(query.trim());
}
