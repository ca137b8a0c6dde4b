import { languages } from '../domain/format';
import { z } from 'zod';
import { method } from './define';
import { bookDate, id, requiredLine, text } from './text';
import { nonNegativeMinor } from './text';
import type { DueItem } from '../domain/offboarding/due';
import type { JournalEntry } from './journal';
import { offboardingPaths, type CaseStatus, type Hold, type OffboardingPath, type StepValues } from '../domain/offboarding/types';

export interface UnpaidInvoice {
  id: number;
  number: string;
  issuedOn: string;
  dueOn: string;
  amountMinor: number;
  paidMinor: number;
  openMinor: number;
  currency: string;
}

/** The value calculator's figures when the case started (DOMAIN.md §2: evaluate first). */
export interface ValuationSnapshot {
  computedAt: string;
  source: 'valuation';
  currency: string;
  revenueMinor: number;
  collectedMinor: number;
  outstandingMinor: number;
  recommendation: string | null;
  /** the calculator's full result, kept as it was */
  details: unknown;
}

export interface OffboardingCase {
  id: number;
  clientId: number;
  clientName: string;
  path: OffboardingPath;
  step: string;
  status: CaseStatus;
  outcome: string | null;
  startedAt: string;
  completedAt: string | null;
  completed: string[];
  skipped: string[];
  values: StepValues;
  override: { reason: string; at: string } | null;
  valuation: ValuationSnapshot | null;
  /** the part-ways case an escalated payment case started */
  escalatedToCaseId: number | null;
}

/** A case with what the wizard needs to show its current step. */
export interface OffboardingCaseView extends OffboardingCase {
  /** why the current step cannot be completed yet */
  hold: Hold | null;
  canSkip: boolean;
  facts: {
    today: string;
    unpaid: UnpaidInvoice[];
    unpaidMinor: number;
    /** people and witnesses named in the client's incident entries: not the ones to deliver the news */
    incidentPeople: string[];
    daysSinceCancellation: number | null;
  };
}

export type OffboardingDueItem = DueItem;

export interface JournalPick {
  id: number;
  /** the entry's number in its client's journal */
  seq: number;
  occurredAt: string;
  kind: string;
  summary: string;
}

/** What a win-back case taught (its last step), for the portfolio (DOMAIN.md §4). */
export interface LessonLearned {
  caseId: number;
  clientId: number;
  clientName: string;
  outcome: string | null;
  completedAt: string | null;
  rootCause: string;
  whatWeChange: string;
  earlySigns: string;
}

export type ExportedPdf = { status: 'saved'; path: string; pages: number } | { status: 'cancelled' };
/** A letter handed to the owner's mail program, or too long for a mail link (then copied or saved as PDF). */
export type LetterEmail =
  | { status: 'opened'; to: string; sha256: string }
  | { status: 'too_long'; to: string; sha256: string; length: number; maxLength: number };

export type ExportedCalendar = { status: 'saved'; path: string; events: number } | { status: 'cancelled' };

const caseRef = z.strictObject({ caseId: id });
/** A letter of a case: the step it belongs to and its text as the owner has it now (subject first). */
const letterRef = z.strictObject({
  caseId: id,
  step: requiredLine(50),
  text: text(20_000).refine((s) => s.trim().length > 0, { message: 'validation.required' }),
});

export const offboardingContract = {
  startOffboardingCase: method<OffboardingCaseView>()(
    z.strictObject({ clientId: id, path: z.enum(offboardingPaths, { message: 'validation.choice' }) }),
  ),
  getOffboardingCase: method<OffboardingCaseView>()(caseRef),
  listOffboardingCases: method<OffboardingCase[]>()(
    z
      .strictObject({ clientId: id.nullable().default(null), openOnly: z.boolean().default(false) })
      .default({ clientId: null, openOnly: false }),
  ),
  listOffboardingDue: method<OffboardingDueItem[]>()(z.undefined()),
  /** Saves a step's answers (checked against the step's schema) and completes it, or skips it. */
  saveOffboardingStep: method<OffboardingCaseView>()(
    z.strictObject({
      caseId: id,
      step: requiredLine(50),
      values: z.record(z.string(), z.unknown()).default({}),
      skip: z.boolean().default(false),
    }),
  ),
  /** Opens another step: back to review, or on to the next one (never past it). */
  openOffboardingStep: method<OffboardingCaseView>()(z.strictObject({ caseId: id, step: requiredLine(50) })),
  overrideOffboardingHold: method<OffboardingCaseView>()(
    z.strictObject({ caseId: id, reason: text(2_000).refine((s) => s.trim().length > 0, { message: 'validation.required' }) }),
  ),
  abandonOffboardingCase: method<OffboardingCaseView>()(
    z.strictObject({ caseId: id, reason: text(2_000).refine((s) => s.trim().length > 0, { message: 'validation.required' }) }),
  ),
  recordOffboardingPayment: method<OffboardingCaseView>()(
    z.strictObject({ caseId: id, invoiceId: id, amountMinor: nonNegativeMinor, paidOn: bookDate }),
  ),
  /** Entries that can be achievements (offboarding/achievements.ts), each as it stands. */
  listOffboardingAchievements: method<JournalPick[]>()(caseRef),
  /** The client's journal, newest first, for a review (win back). */
  listOffboardingTimeline: method<JournalPick[]>()(caseRef),
  /** The lessons learned of every win-back case, newest first (the portfolio lists them). */
  listLessonsLearned: method<LessonLearned[]>()(z.undefined()),
  /** A statement of account for the client (invoices, payments, balance, ageing) as a PDF, saved where the owner chooses. */
  exportClientStatement: method<ExportedPdf>()(
    z.strictObject({ clientId: id, language: z.enum(languages, { message: 'validation.choice' }).optional() }),
  ),
  /** The Due list as an iCalendar (.ics) file for the owner's calendar, saved where the owner chooses. */
  exportDueCalendar: method<ExportedCalendar>()(z.undefined()),
  /** Opens the owner's mail program with the letter (mailto: to the client's address, its subject and body). */
  emailOffboardingLetter: method<LetterEmail>()(letterRef),
  /** The owner confirms the letter went out: a journal entry with its SHA-256 and title, tagged with the case. */
  recordOffboardingLetterSent: method<JournalEntry>()(letterRef),
  /** One letter as a PDF to attach to an e-mail, saved where the owner chooses. */
  exportOffboardingLetterPdf: method<ExportedPdf>()(letterRef),
  /** The final handover report (part ways) or the case's letters as a PDF, saved where the owner chooses. */
  exportOffboardingPdf: method<ExportedPdf>()(
    z.strictObject({ caseId: id, document: z.enum(['report', 'letters'], { message: 'validation.choice' }) }),
  ),
};
