// The zod schema of each wizard step's answers, built from the same field list the screens
// render (src/shared/domain/offboarding), so the form and the main process agree on every rule.
import { z } from 'zod';
import { findNonApologies } from '../domain/apology';
import { stepSpec } from '../domain/offboarding/paths';
import type { FieldSpec, OffboardingPath } from '../domain/offboarding/types';
import { id, isoDate, line, nonNegativeMinor, requiredLine, text } from './text';

const filled = (s: string) => s.trim().length > 0;

const letterText = (required: boolean) =>
  text(20_000)
    .refine((s) => !required || filled(s), { message: 'validation.required' })
    .refine((s) => findNonApologies(s).length === 0, { message: 'validation.nonApology' });

const checklistRow = z
  .strictObject({ done: z.boolean(), doneOn: isoDate.nullable().default(null), note: text(2_000).default('') })
  .refine((r) => !r.done || r.doneOn !== null, { message: 'validation.doneOnRequired', path: ['doneOn'] });

function fieldSchema(f: FieldSpec): z.ZodType {
  const req = 'required' in f && f.required === true;
  switch (f.type) {
    case 'line':
      return req ? requiredLine(500) : line(500).default('');
    case 'text':
      return req ? text(20_000).refine(filled, { message: 'validation.required' }) : text(20_000).default('');
    case 'date':
      return req ? isoDate : isoDate.nullable().default(null);
    case 'money':
      return req ? nonNegativeMinor : nonNegativeMinor.nullable().default(null);
    case 'yesno':
      return req ? z.boolean({ message: 'validation.choice' }) : z.boolean().nullable().default(null);
    case 'choice':
      return z.enum(f.options as [string, ...string[]], { message: 'validation.choice' });
    case 'letter':
      return letterText(req);
    case 'checklist':
      return z.strictObject(Object.fromEntries(f.items.map((item) => [item, checklistRow])));
    case 'picks':
      return z.array(id).max(1_000).default([]);
  }
}

/** The schema of one step's answers; undefined for a step the path does not have. */
export function stepValuesSchema(path: OffboardingPath, step: string): z.ZodType<Record<string, unknown>> | undefined {
  const spec = stepSpec(path, step);
  if (!spec) return undefined;
  return z.strictObject(Object.fromEntries(spec.fields.map((f) => [f.name, fieldSchema(f)]))) as z.ZodType<
    Record<string, unknown>
  >;
}
