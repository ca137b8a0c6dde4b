import type { FieldValues, Resolver, UseFormSetError, Path } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from './api';

/**
 * A react-hook-form resolver that validates with the API contract's own zod schema, so the
 * form and the main process agree on every rule. `toInput` turns form values (money in major
 * units, empty strings) into the contract's input. Messages are i18n keys.
 */
export function contractResolver<TForm extends FieldValues>(
  schema: z.ZodType,
  toInput: (values: TForm) => unknown,
): Resolver<TForm> {
  return (values) => {
    const parsed = schema.safeParse(toInput(values));
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || 'root';
      if (!errors[path]) {
        errors[path] = {
          type: issue.code,
          message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
        };
      }
    }
    return { values: {} as Record<string, never>, errors } as never;
  };
}

/** Puts the main process's validation issues on the matching fields; true if any matched. */
export function applyServerIssues<TForm extends FieldValues>(error: unknown, setError: UseFormSetError<TForm>): boolean {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return false;
  let matched = false;
  for (const issue of error.issues) {
    if (!issue.path) continue;
    setError(issue.path as Path<TForm>, { type: 'server', message: issue.message });
    matched = true;
  }
  return matched;
}
