// The shape of an offboarding path: its steps, the fields each step collects, and the
// journal entry each completed step writes. Pure data, read by the machine, the service
// (validation, journal text) and the wizard screens (which render the same fields).
import type { Channel, JournalKind } from '../journal-kinds';
import type { LetterKind } from '../letters/kinds';

export const offboardingPaths = [
  'reset_terms',
  'silence_delays',
  'impossible_demands',
  'refer_elsewhere',
  'collect_payment',
  'part_ways',
  'win_back',
] as const;
export type OffboardingPath = (typeof offboardingPaths)[number];

export const caseStatuses = ['open', 'completed', 'abandoned'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** The handover checklist of "part ways" (DOMAIN.md §3: full access to what you managed for them). */
export const handoverItems = ['account_access', 'credentials', 'files', 'domains', 'assets'] as const;
export type HandoverItem = (typeof handoverItems)[number];

export type FieldSpec =
  | { name: string; type: 'line' | 'text' | 'date' | 'money'; required?: boolean }
  | { name: string; type: 'yesno'; required?: boolean }
  | { name: string; type: 'choice'; options: readonly string[]; required?: boolean }
  /** a letter drafted from a template, edited by the owner before it is saved */
  | { name: string; type: 'letter'; letter: LetterKind; required?: boolean }
  /** one row per item: done, done date, note */
  | { name: string; type: 'checklist'; items: readonly string[] }
  /** journal entry ids picked by the owner (e.g. achievements) */
  | { name: string; type: 'picks' };

export interface StepSpec {
  id: string;
  fields: readonly FieldSpec[];
  /** the journal entry written when the owner completes this step */
  journalKind: JournalKind;
  channel: Channel;
}

/** Why a step cannot be completed (or entered) right now. */
export interface Hold {
  code: 'unpaid_invoices' | 'reminder_not_due' | 'still_unpaid' | 'referral_not_wanted';
  /** the owner may go on anyway by giving a reason, which is journaled */
  overridable: boolean;
}

/** What the machine needs to know about the world outside the case. */
export interface Facts {
  today: string;
  unpaidCount: number;
  /** the owner overrode the unpaid-invoice hold, with a journaled reason */
  hasOverride: boolean;
}

/** Everything saved so far: values by step. */
export type StepValues = Record<string, Record<string, unknown>>;

export interface PathSpec {
  path: OffboardingPath;
  steps: readonly StepSpec[];
  outcomes: readonly string[];
  /** a hold on completing `step` given the values so far (including the step's own) */
  hold?: (step: string, values: StepValues, facts: Facts) => Hold | null;
  /** a step that may be passed over (e.g. no stop-work notice once everything is paid) */
  canSkip?: (step: string, values: StepValues, facts: Facts) => boolean;
  /** the outcome recorded when the last step is completed */
  outcomeOf: (values: StepValues) => string;
}

export interface CaseState {
  step: string;
  completed: readonly string[];
}
