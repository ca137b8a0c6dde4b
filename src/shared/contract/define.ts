import type { z } from 'zod';

/** One API method: its input schema and (as a type only) its result. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** phantom: carries the result type, never set */
  readonly output?: O;
}

/** `method<Result>()(inputSchema)` — the result type is given, the input is inferred. */
export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

/** Joins per-domain contracts, refusing a method name defined twice. */
export function joinContracts<T extends Record<string, MethodSpec>[]>(...parts: T): UnionToIntersection<T[number]> {
  const out: Record<string, MethodSpec> = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (Object.hasOwn(out, name)) throw new Error(`API method defined twice: ${name}`);
      out[name] = spec;
    }
  }
  return out as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
