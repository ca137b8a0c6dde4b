import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '@shared/contract';
import type { ApiErrorShape, ErrorCode, ValidationIssue } from '@shared/errors';

/** An API failure in the renderer: a stable code to translate, and field issues for forms. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: ValidationIssue[];
  readonly details: ApiErrorShape['details'];
  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.code = shape.code;
    this.issues = shape.issues ?? [];
    this.details = shape.details;
  }
}

/** Calls one contract method through `window.api` and unwraps the result envelope. */
export async function call<K extends MethodName>(name: K, input?: InputOf<K>): Promise<OutputOf<K>> {
  const fn = window.api[name] as (i?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: ApiErrorShape }>;
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error ?? { code: 'INTERNAL', message: 'no error given' });
  return result.value as OutputOf<K>;
}

export function useApiQuery<K extends MethodName>(
  key: QueryKey,
  name: K,
  input?: InputOf<K>,
  options: { enabled?: boolean } = {},
) {
  return useQuery({ queryKey: key, queryFn: () => call(name, input), ...options });
}

/** A write. `invalidates` lists the query-key prefixes whose data it changes. */
export function useApiMutation<K extends MethodName>(name: K, invalidates: QueryKey[] = []) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<K>) => call(name, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((queryKey) => qc.invalidateQueries({ queryKey })));
    },
  });
}
