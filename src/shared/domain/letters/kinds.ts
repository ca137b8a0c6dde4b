// The letters the offboarding paths send, and the merge fields each one fills.
export const letterKinds = [
  'payment_reminder',
  'stop_work_notice',
  'referral',
  'termination',
  'win_back_apology',
  'reset_terms_summary',
  'complaint_update',
  'silence_delays',
  'impossible_demands',
] as const;
export type LetterKind = (typeof letterKinds)[number];

/** Fields every letter may use: who writes, to whom, when. */
export const commonMergeFields = ['clientName', 'ownerName', 'ownerTitle', 'businessName', 'date'] as const;

/** The extra fields of each letter. */
export const letterMergeFields = {
  payment_reminder: ['invoiceNumbers', 'amountDue', 'payBy'],
  stop_work_notice: ['invoiceNumbers', 'amountDue'],
  referral: ['referToName', 'referToContact', 'whyBetterFit'],
  termination: ['lastDay', 'transitionPlan', 'amountDue'],
  win_back_apology: ['whatWentWrong', 'offer', 'calledOn'],
  reset_terms_summary: ['price', 'scope', 'responseTime', 'paymentDay', 'followUpOn'],
  // a long complaint fix: where it stands and when they hear from us next (DOMAIN.md §5)
  complaint_update: ['raisedOn', 'complaintSummary', 'whatWeDid', 'nextStep', 'nextUpdateOn'],
  // the unresponsive client: their silence delays the project (DOMAIN.md §3, 004)
  silence_delays: ['waitingFor', 'askedOn', 'blockedWork', 'delayImpact', 'replyBy'],
  // the controlling client: their demands make the agreed work impossible; the contract's terms quoted
  impossible_demands: ['demands', 'whyImpossible', 'contractName', 'contractDate', 'contractTerms'],
} as const satisfies Record<LetterKind, readonly string[]>;

export type MergeField = (typeof commonMergeFields)[number] | (typeof letterMergeFields)[LetterKind][number];
export type MergeValues = Partial<Record<MergeField, string>>;

export function mergeFieldsOf(kind: LetterKind): MergeField[] {
  return [...commonMergeFields, ...letterMergeFields[kind]];
}

/** One letter's wording in one language, merge fields as {{name}}. */
export interface LetterTemplate {
  subject: string;
  body: string;
}
export type LetterTemplates = Record<LetterKind, LetterTemplate>;
