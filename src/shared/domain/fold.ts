/**
 * Folds text for forgiving search: lower case, no diacritics, Turkish/Azerbaijani dotless
 * and dotted i made equal, ə as e — so "insaat", "inşaat" and "İNŞAAT" all match "İnşaat",
 * as an owner typing on an English keyboard expects.
 */
export function fold(s: string): string {
  return s.replace(/[İIı]/g, 'i').replace(/[Əə]/g, 'e').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The client search rule, shared by the SQL query (via the `fold` SQL function) and the UI. */
export function matchesClientSearch(c: { name: string; company: string; email: string; phone: string }, query: string): boolean {
  const q = fold(query.trim());
  if (q === '') return true;
  return fold(c.name).includes(q) || fold(c.company).includes(q) || fold(c.email).includes(q) || c.phone.includes(query.trim());
}
