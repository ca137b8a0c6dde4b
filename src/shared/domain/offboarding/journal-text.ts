// What each completed step writes to the journal, in the owner's language: a one-line summary
// and the answers as readable text, so the journal alone tells the whole story of the case.
import type { offboarding as OffboardingMessages } from '../../i18n/en/offboarding';
import type { Messages } from '../../i18n/types';
import { formatMoney, type Language } from '../format';
import { stepSpec } from './paths';
import type { OffboardingPath } from './types';

export type OffboardingCatalogue = Messages<typeof OffboardingMessages>;

export function interpolate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole));
}

function label(m: OffboardingCatalogue, group: 'fields' | 'recordFields' | 'handoverItems' | 'outcomes', key: string): string {
  return (m[group] as Record<string, string>)[key] ?? key;
}

export function pathTitle(m: OffboardingCatalogue, path: OffboardingPath): string {
  return m.paths[path].title;
}

export function stepTitle(m: OffboardingCatalogue, path: OffboardingPath, step: string): string {
  return (m.steps[path] as Record<string, string>)[step] ?? step;
}

/** The answers of one step as "Label: value" lines. */
export function stepDetails(
  m: OffboardingCatalogue,
  path: OffboardingPath,
  step: string,
  values: Record<string, unknown>,
  /** seqOf: an entry's number in its client's journal (what the journal and the dossier show) */
  opts: { lang: Language; currency: string; seqOf?: (entryId: number) => number | undefined },
): string {
  const spec = stepSpec(path, step);
  if (!spec) return '';
  const out: string[] = [];
  for (const f of spec.fields) {
    const v = values[f.name];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    // the form's label may carry a hint ("Letter (edit freely before saving)"): the hashed
    // record gets the plain name, so no instruction to the owner is frozen into it
    const name = f.name in m.recordFields ? label(m, 'recordFields', f.name) : label(m, 'fields', f.name);
    switch (f.type) {
      case 'money':
        out.push(`${name}: ${formatMoney(Number(v), opts.currency, opts.lang)}`);
        break;
      case 'yesno':
        out.push(`${name}: ${v ? m.fields.yes : m.fields.no}`);
        break;
      case 'choice':
        out.push(`${name}: ${label(m, 'outcomes', String(v))}`);
        break;
      case 'letter':
      case 'text':
        out.push(`${name}:\n${String(v)}`);
        break;
      case 'picks':
        out.push(`${name}: ${(v as number[]).map((n) => `#${opts.seqOf?.(n) ?? n}`).join(', ')}`);
        break;
      case 'checklist':
        out.push(`${name}:`);
        for (const item of f.items) {
          const row = (v as Record<string, { done: boolean; doneOn: string | null; note: string }>)[item];
          const state = row?.done ? `${m.fields.done} ${row.doneOn ?? ''}`.trim() : m.report.notDone;
          out.push(`- ${label(m, 'handoverItems', item)}: ${state}${row?.note ? ` — ${row.note}` : ''}`);
        }
        break;
      default:
        out.push(`${name}: ${String(v)}`);
    }
  }
  return out.join('\n');
}
