import type { z } from 'zod';
import { joinContracts, type MethodSpec } from './define';
import { clientsContract } from './clients';
import { settingsContract } from './settings';
import { systemContract } from './system';
import { moneyContract } from './money';
import { valuationContract } from './valuation';
import { screeningContract } from './screening';
import { sampleContract } from './sample';
import { reportsContract } from './reports';
import { journalContract } from './journal';
import { complaintsContract } from './complaints';
import { safetyContract } from './safety';
import { transferContract } from './transfer';
import { offboardingContract } from './offboarding';
import { peopleContract } from './people';
import { teamContract } from './team';
import type { Result } from '../errors';
import { methodNames as names, type MethodNameInList } from './method-names';

/** Every method the renderer can call. A new capability adds its domain file here, and its methods' effects to ./effects.ts. */
export const contract = joinContracts(
  systemContract,
  settingsContract,
  clientsContract,
  moneyContract,
  valuationContract,
  screeningContract,
  sampleContract,
  reportsContract,
  journalContract,
  complaintsContract,
  safetyContract,
  transferContract,
  offboardingContract,
  peopleContract,
  teamContract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
/** Every method name, from the names-only list (the preload imports that list alone). */
export const methodNames: readonly MethodName[] = names;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MustBe<T extends true> = T;
/** Compile-time: the names-only list holds exactly the contract's methods (a test checks it at run time too). */
export type MethodNamesMatchContract = MustBe<Same<MethodNameInList, MethodName>>;

type SpecOf<K extends MethodName> = Contract[K] extends MethodSpec ? Contract[K] : never;
/** What the caller passes (before defaults). */
export type InputOf<K extends MethodName> = z.input<SpecOf<K>['input']>;
/** What the implementation receives (after parsing and defaults). */
export type ParsedInputOf<K extends MethodName> = z.output<SpecOf<K>['input']>;
export type OutputOf<K extends MethodName> = Contract[K] extends MethodSpec<z.ZodType, infer O> ? O : never;

type Fn<I, R> = undefined extends I ? (input?: I) => R : (input: I) => R;

/** `window.api`: one function per method, answering with a result envelope. */
export type Api = { [K in MethodName]: Fn<InputOf<K>, Promise<Result<OutputOf<K>>>> };
/** The main-process implementation: receives parsed input, returns the value or throws AppError. */
export type ApiImpl = {
  [K in MethodName]: (input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;
};

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
