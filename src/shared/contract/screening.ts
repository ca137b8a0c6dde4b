import { z } from 'zod';
import { method } from './define';
import { id } from './text';
import {
  screeningAnswers,
  screeningQuestions,
  type ScreeningAnswer,
  type ScreeningQuestion,
  type ScreeningVerdict,
} from '../domain/prospect-screening';

export interface ProspectScreening {
  id: number;
  clientId: number;
  answers: Record<ScreeningQuestion, ScreeningAnswer>;
  verdict: ScreeningVerdict;
  reasons: string[];
  screenedAt: string;
}

export const screeningAnswersSchema = z.strictObject(
  Object.fromEntries(screeningQuestions.map((q) => [q, z.enum(screeningAnswers, { message: 'validation.choice' })])) as Record<
    ScreeningQuestion,
    z.ZodEnum<{ [K in ScreeningAnswer]: K }>
  >,
);

export const screeningContract = {
  /** every screening of this client, newest first */
  listScreenings: method<ProspectScreening[]>()(z.strictObject({ clientId: id })),
  screenProspect: method<ProspectScreening>()(z.strictObject({ clientId: id, answers: screeningAnswersSchema })),
};
