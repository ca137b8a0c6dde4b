// Letters from templates with merge fields ({{clientName}} …), in the owner's language.
// The result is a draft: the owner edits it before it is saved, copied or exported.
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

function fill(template: string, values: MergeValues, missing: Set<MergeField>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = values[name as MergeField];
    if (v === undefined || v.trim() === '') {
      missing.add(name as MergeField);
      return whole;
    }
    return v.trim();
  });
}

/** Fields a template actually uses (for tests and for the editor's field list). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function renderLetter(kind: LetterKind, lang: Language, values: MergeValues): RenderedLetter {
  const t = letterTemplates[lang][kind];
  const missing = new Set<MergeField>();
  const subject = fill(t.subject, values, missing);
  // The signature line and the owner's own name and title: the letter comes from the owner.
  const signature = ['', '', '_______________________', values.ownerName, values.ownerTitle, values.businessName, values.date]
    .filter((line) => line !== undefined && (line === '' || line.trim() !== ''))
    .join('\n');
  const body = fill(t.body, values, missing) + signature;
  for (const f of ['ownerName', 'businessName', 'date'] as const) if (!values[f]?.trim()) missing.add(f);
  return { subject, body, missing: mergeFieldsOf(kind).filter((f) => missing.has(f)) };
}

/** Subject and body as one text, for the clipboard and the journal. */
export function letterText(letter: { subject: string; body: string }): string {
  return `${letter.subject}\n\n${letter.body}`;
}
