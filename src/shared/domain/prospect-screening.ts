// Screening a prospect (DOMAIN.md §3.5 and §7: "don't acquire bad clients"): a short
// checklist gives go / go with conditions / no-go, each with its reasons.

export const screeningQuestions = [
  'demand_confirmed',
  'expectations_clear',
  'can_serve',
  'price_right',
  'references_checked',
  'public_complaints_habit',
  'early_warning_signs',
] as const;
export type ScreeningQuestion = (typeof screeningQuestions)[number];

export const screeningAnswers = ['yes', 'no', 'unsure'] as const;
export type ScreeningAnswer = (typeof screeningAnswers)[number];

/** For these two a "yes" is the bad answer. */
const negativeQuestions: readonly ScreeningQuestion[] = ['public_complaints_habit', 'early_warning_signs'];
/** A bad answer to one of these stops the deal on its own. */
const blockers: readonly ScreeningQuestion[] = ['can_serve', 'public_complaints_habit'];

export const screeningVerdicts = ['go', 'go_with_conditions', 'no_go'] as const;
export type ScreeningVerdict = (typeof screeningVerdicts)[number];

export interface ScreeningResult {
  verdict: ScreeningVerdict;
  /** questions answered badly (reason keys `bad_<q>`) or left unsure (`unsure_<q>`) */
  reasons: string[];
}

export function screenProspect(answers: Record<ScreeningQuestion, ScreeningAnswer>): ScreeningResult {
  const bad: ScreeningQuestion[] = [];
  const unsure: ScreeningQuestion[] = [];
  for (const q of screeningQuestions) {
    const a = answers[q];
    if (a === 'unsure') unsure.push(q);
    else if ((a === 'yes') === negativeQuestions.includes(q)) bad.push(q);
  }
  const reasons = [...bad.map((q) => `bad_${q}`), ...unsure.map((q) => `unsure_${q}`)];
  let verdict: ScreeningVerdict = 'go';
  if (bad.some((q) => blockers.includes(q)) || bad.length >= 3) verdict = 'no_go';
  else if (bad.length > 0 || unsure.length > 0) verdict = 'go_with_conditions';
  return { verdict, reasons };
}
