// Errors cross the IPC boundary as plain objects with a stable code; the renderer
// translates `errors.<code>` and shows `message` only as a detail.
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'DB_TOO_NEW',
  'DB_FOREIGN',
  'DB_DAMAGED',
  'IO',
  'FORBIDDEN',
  'LOCKED',
  'UNKNOWN_METHOD',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ValidationIssue {
  /** dotted path of the field, '' for the whole input */
  path: string;
  /** an i18n key under `validation.` when known, otherwise zod's English text */
  message: string;
}

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  issues?: ValidationIssue[];
  /** extra structured facts, e.g. { clientId, seq } for a broken chain */
  details?: Record<string, string | number | boolean | null>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ValidationIssue[] | undefined;
  readonly details: ApiErrorShape['details'];

  constructor(code: ErrorCode, message: string, extra: { issues?: ValidationIssue[]; details?: ApiErrorShape['details'] } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = extra.issues;
    this.details = extra.details;
  }

  toShape(): ApiErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
