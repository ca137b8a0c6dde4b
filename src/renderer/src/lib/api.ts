import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '@shared/contract';
import { methodEffects, writeAffects } from '@shared/contract/effects';
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

// The cache follows the contract (src/shared/contract/effects.ts): a read's key is
// [method, input]; a write refreshes the reads whose data it changed. No feature writes keys.

/** The cache key of one read. */
export function apiKey<K extends MethodName>(name: K, input?: InputOf<K>): QueryKey {
  return input === undefined ? [name] : [name, input];
}

/** Refreshes every cached read that a successful `writer` may have changed. */
export function refreshAfter(qc: QueryClient, writer: MethodName): Promise<void> {
  return qc.invalidateQueries({
    predicate: (q) => {
      const reader = q.queryKey[0];
      return typeof reader === 'string' && Object.hasOwn(methodEffects, reader) && writeAffects(writer, reader as MethodName);
    },
  });
}

type ReadOptions<K extends MethodName> = Omit<UseQueryOptions<OutputOf<K>, Error>, 'queryKey' | 'queryFn'>;

export function useApiQuery<K extends MethodName>(name: K, input?: InputOf<K>, options: ReadOptions<K> = {}) {
  return useQuery({ queryKey: apiKey(name, input), queryFn: () => call(name, input), ...options });
}

/** A read a page at a time: `input(cursor)` builds each page's input; the key holds `base`. */
export function useApiPages<K extends MethodName, C>(
  name: K,
  base: Record<string, unknown>,
  input: (cursor: C | null) => InputOf<K>,
  nextCursor: (page: OutputOf<K>) => C | null | undefined,
  options: { enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    queryKey: [name, base],
    queryFn: ({ pageParam }) => call(name, input(pageParam as C | null)),
    initialPageParam: null as C | null,
    getNextPageParam: (last: OutputOf<K>) => nextCursor(last) ?? undefined,
    ...options,
  });
}

/** A write (or an action): on success, the reads it affected are fetched again. */
export function useApiMutation<K extends MethodName>(name: K) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<K>) => call(name, input),
    onSuccess: () => refreshAfter(qc, name),
  });
}
