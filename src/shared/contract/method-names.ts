// The names of every API method, and nothing else: the preload script exposes one function per
// name without importing zod or a single schema (the full contract made it 205 KB). The names
// are the keys of the effects table (./effects.ts, which imports nothing); a compile-time check
// in ./index.ts and tests/shared/contract-names.test.ts say when they differ from the contract.
import { methodEffects, type EffectMethod } from './effects';

export const methodNames = Object.keys(methodEffects) as EffectMethod[];

export type MethodNameInList = EffectMethod;
