// Letters from templates with merge fields ({{clientName}} …), in the owner's language.
// The result is a draft: the owner edits it before it is saved, copied or exported.
//
// Template syntax, besides {{field}}:
//   {{#invoiceNumbers:invoice|invoices}}  the singular or the plural, by how many items the field
//                                         lists (comma-separated); the singular when it is empty
//   [[ text with {{offer}} | otherwise ]]  an optional part: the first text when every field in
//                                         it has a value, else the second (which may be empty)
// A free-text answer the owner typed as a sentence (what went wrong, the offer…) is merged as a
// sentence: its first letter in capitals (the Turkish way in tr and az) and a full stop at the end
// when it has none, so "…kaçırdık Bunun…" and "…istiyorum. bir ay ücretsiz bakım Sizin…" cannot
// happen; a full stop the field already has is not doubled by the template's.
import type { Language } from '../format';
import { mergeFieldsOf, type LetterKind, type LetterTemplates, type MergeField, type MergeValues } from './kinds';
import { az } from './templates-az';
import { en } from './templates-en';
import { tr } from './templates-tr';

export const letterTemplates: Record<Language, LetterTemplates> = { en, tr, az };

export interface RenderedLetter {
  subject: string;
  /** greeting to signature: the text the owner edits */
  body: string;
  /** merge fields with no value: left as {{name}} so the owner sees what to fill in */
  missing: MergeField[];
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const PLURAL = /\{\{#(\w+):([^|}]*)\|([^}]*)\}\}/g;
const OPTIONAL = /\[\[([^\]]*)\]\]/g;

/** Answers merged as whole sentences. */
export const sentenceFields: ReadonlySet<MergeField> = new Set<MergeField>([
  'whyBetterFit',
  'transitionPlan',
  'whatWentWrong',
  'offer',
  'whatWeDid',
  'nextStep',
  'delayImpact',
  'demands',
  'whyImpossible',
]);

/** Answers merged as a list, one "• " line per line typed (the contract's terms, quoted). */
export const listFields: ReadonlySet<MergeField> = new Set<MergeField>(['contractTerms']);

const has = (values: MergeValues, name: string) => (values[name as MergeField] ?? '').trim() !== '';

/** How many items a list field holds ("F-1, F-2" → 2). */
export function itemCount(value: string | undefined): number {
  return (value ?? '').split(/[,;]/).filter((s) => s.trim() !== '').length;
}

/** A typed answer as a sentence: capital first letter (locale-aware), a full stop at the end. */
export function asSentence(value: string, lang: Language): string {
  const v = value.trim().replace(/\s+/g, ' ');
  const locale = lang === 'en' ? 'en' : 'tr';
  const first = v.search(/\p{L}/u);
  const capital =
    first < 0 || /[\p{L}\p{N}]/u.test(v.slice(0, first))
      ? v
      : v.slice(0, first) + v.charAt(first).toLocaleUpperCase(locale) + v.slice(first + 1);
  return /[.!?…]["'”»)]?$/u.test(capital) ? capital : `${capital}.`;
}

/** Typed lines as a list: one "• " line each, the owner's own bullets or dashes taken off, a capital first letter. */
export function asList(value: string, lang: Language): string {
  const locale = lang === 'en' ? 'en' : 'tr';
  return value
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^[•\-–—*·]+\s*/u, '').replace(/\s+/g, ' '))
    .filter((l) => l !== '')
    .map((l) => `• ${l.charAt(0).toLocaleUpperCase(locale)}${l.slice(1)}`)
    .join('\n');
}

function fill(template: string, values: MergeValues, lang: Language, missing: Set<MergeField>): string {
  const text = template
    .replace(OPTIONAL, (_, inner: string) => {
      const [present = '', otherwise = ''] = inner.split('|');
      return [...present.matchAll(PLACEHOLDER)].every((m) => has(values, m[1]!)) ? present : otherwise;
    })
    .replace(PLURAL, (_, name: string, one: string, other: string) => (itemCount(values[name as MergeField]) > 1 ? other : one))
    .replace(PLACEHOLDER, (whole, name: string) => {
      const v = values[name as MergeField];
      if (v === undefined || v.trim() === '') {
        missing.add(name as MergeField);
        return whole;
      }
      if (listFields.has(name as MergeField)) return asList(v, lang);
      return sentenceFields.has(name as MergeField) ? asSentence(v, lang) : v.trim();
    });
  // a field that ends a sentence itself: the template's own full stop is not doubled
  return text.replace(/(?<!\.)([.!?…])\.(?!\.)/gu, '$1');
}

/** Fields a template actually uses (for tests and for the editor's field list). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER), ...template.matchAll(PLURAL)].map((m) => m[1]!);
}

/** Fields a template can do without: they sit in an optional part. */
export function optionalFieldsOf(template: string): string[] {
  return [...template.matchAll(OPTIONAL)].flatMap((m) => [...m[1]!.split('|')[0]!.matchAll(PLACEHOLDER)].map((p) => p[1]!));
}

export function renderLetter(kind: LetterKind, lang: Language, values: MergeValues): RenderedLetter {
  const t = letterTemplates[lang][kind];
  const missing = new Set<MergeField>();
  const subject = fill(t.subject, values, lang, missing);
  // Room to sign, the signature line and the owner's own name and title: the letter comes from the owner.
  const signature = ['', '', '', '_______________________', values.ownerName, values.ownerTitle, values.businessName, values.date]
    .filter((line) => line !== undefined && (line === '' || line.trim() !== ''))
    .join('\n');
  const body = fill(t.body, values, lang, missing) + signature;
  for (const f of ['ownerName', 'businessName', 'date'] as const) if (!values[f]?.trim()) missing.add(f);
  return { subject, body, missing: mergeFieldsOf(kind).filter((f) => missing.has(f)) };
}

/** Subject and body as one text, for the clipboard and the journal. */
export function letterText(letter: { subject: string; body: string }): string {
  return `${letter.subject}\n\n${letter.body}`;
}

/** A saved letter's parts, as letterText wrote them and the owner edited them. */
export interface LetterParts {
  subject: string;
  /** greeting to closing ("Kind regards,"), one string per paragraph (lines within kept) */
  paragraphs: string[];
  /** the lines under the signature line (name, title…), empty when there is none */
  signature: string[];
}

export function splitLetter(text: string): LetterParts {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const subject = (lines.shift() ?? '').trim();
  const rule = lines.findIndex((l) => /^\s*_{5,}\s*$/.test(l));
  const body = rule >= 0 ? lines.slice(0, rule) : lines;
  const signature = rule >= 0 ? lines.slice(rule + 1).map((l) => l.trim()).filter(Boolean) : [];
  const paragraphs = body
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim() !== '');
  return { subject, paragraphs, signature };
}

/** The closing lines of each language's letters ("Kind regards,", "Saygılarımla,"…). */
const closings: [Language, Set<string>][] = (Object.entries(letterTemplates) as [Language, LetterTemplates][]).map(
  ([lang, ts]) => [lang, new Set(Object.values(ts).map((t) => t.body.trim().split('\n').at(-1)!.trim()))],
);

/** The language a saved letter is written in, told by its closing; else `fallback`. */
export function letterLanguage(text: string, fallback: Language): Language {
  const lines = new Set(text.split('\n').map((l) => l.trim()));
  for (const [lang, set] of closings) for (const c of set) if (lines.has(c)) return lang;
  return fallback;
}
