// Form values ↔ the contract's step answers. Money is typed in major units, dates as
// YYYY-MM-DD strings, yes/no as radio values; the contract's schema decides what is valid.
import { majorToMinor, minorToMajor } from '@shared/domain/format';
import type { FieldSpec } from '@shared/domain/offboarding/types';

export interface ChecklistRowForm {
  done: boolean;
  doneOn: string;
  note: string;
}
export type StepForm = Record<string, unknown>;

const DEFAULT_TODAY = new Set(['heldOn', 'askedOn', 'sentOn', 'calledOn']);

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function toForm(
  fields: readonly FieldSpec[],
  saved: Record<string, unknown> | undefined,
  today: string,
  currency: string,
): StepForm {
  const out: StepForm = {};
  for (const f of fields) {
    const v = saved?.[f.name];
    switch (f.type) {
      case 'date':
        out[f.name] = typeof v === 'string' ? v : DEFAULT_TODAY.has(f.name) ? today : f.name === 'payBy' ? addDays(today, 7) : '';
        break;
      case 'money':
        out[f.name] = typeof v === 'number' ? minorToMajor(v, currency) : '';
        break;
      case 'yesno':
        out[f.name] = v === true ? 'yes' : v === false ? 'no' : '';
        break;
      case 'checklist': {
        const rows = (v ?? {}) as Record<string, { done: boolean; doneOn: string | null; note: string }>;
        out[f.name] = Object.fromEntries(
          f.items.map((item) => [
            item,
            { done: rows[item]?.done ?? false, doneOn: rows[item]?.doneOn ?? '', note: rows[item]?.note ?? '' },
          ]),
        );
        break;
      }
      case 'picks':
        out[f.name] = Array.isArray(v) ? v : [];
        break;
      default:
        out[f.name] = typeof v === 'string' ? v : '';
    }
  }
  return out;
}

export function toInput(fields: readonly FieldSpec[], form: StepForm, currency: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = form[f.name];
    const required = 'required' in f && f.required === true;
    switch (f.type) {
      case 'date':
        out[f.name] = v === '' && !required ? null : v;
        break;
      case 'money':
        out[f.name] = v === '' || v === undefined ? (required ? undefined : null) : majorToMinor(Number(v), currency);
        break;
      case 'yesno':
        out[f.name] = v === 'yes' ? true : v === 'no' ? false : required ? undefined : null;
        break;
      case 'choice':
        out[f.name] = v === '' ? undefined : v;
        break;
      case 'checklist':
        out[f.name] = Object.fromEntries(
          Object.entries(v as Record<string, ChecklistRowForm>).map(([item, r]) => [
            item,
            { done: r.done, doneOn: r.doneOn === '' ? null : r.doneOn, note: r.note },
          ]),
        );
        break;
      default:
        out[f.name] = v;
    }
  }
  return out;
}
