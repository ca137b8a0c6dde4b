import { contract, isMethodName, type ApiImpl } from '../shared/contract';
import { AppError, type Result, type ValidationIssue } from '../shared/errors';

/**
 * One call across the boundary: the method must exist, the input must parse with its
 * schema, and whatever happens the caller gets a result envelope with a stable code.
 * Used by ipc.ts in the app and by the e2e bridge in tests — the same path for both.
 */
export async function dispatch(api: ApiImpl, name: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method ${String(name).slice(0, 100)}` } };
  }
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) {
    const issues: ValidationIssue[] = parsed.error.issues.slice(0, 50).map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message.startsWith('validation.') ? i.message : 'validation.invalid',
    }));
    return { ok: false, error: { code: 'VALIDATION', message: 'The input is not valid.', issues } };
  }
  try {
    const handler = api[name] as (i: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toShape() };
    const sqliteCode = (e as { code?: unknown }).code;
    if (sqliteCode === 'SQLITE_FULL' || sqliteCode === 'ENOSPC') {
      // The transaction was rolled back: nothing of this call was written.
      return {
        ok: false,
        error: {
          code: 'IO',
          message: 'The disk is full. Nothing was saved; free some space and try again.',
          details: { diskFull: true },
        },
      };
    }
    // Never echo the input (it may hold journal text) — only the error's own message.
    const message = e instanceof Error ? e.message : String(e);
    console.error(`[api] ${name} failed: ${message}`);
    return { ok: false, error: { code: 'INTERNAL', message } };
  }
}
