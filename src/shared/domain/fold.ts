/**
 * Folds text for forgiving search: lower case, no diacritics, Turkish/Azerbaijani dotless
 * and dotted i made equal, ə as e — so "insaat", "inşaat" and "İNŞAAT" all match "İnşaat",
 * as an owner typing on an English keyboard expects.
 */
export function fold(s: string): string {
  return s.replace(/[İIı]/g, 'i').replace(/[Əə]/g, 'e').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
