import type { InputOf } from '@shared/contract';
import { useApiMutation, useApiQuery } from '../../lib/api';

// A step can move the client's status and write the journal: the contract says so, and the
// cache refreshes those reads too.
export const useOffboardingCases = (q: InputOf<'listOffboardingCases'>) => useApiQuery('listOffboardingCases', q);
export const useOffboardingDue = () => useApiQuery('listOffboardingDue');
export const useOffboardingCase = (caseId: number) => useApiQuery('getOffboardingCase', { caseId });
export const useAchievementPicks = (caseId: number, enabled: boolean) =>
  useApiQuery('listOffboardingAchievements', { caseId }, { enabled });
export const useLessonsLearned = () => useApiQuery('listLessonsLearned');
export const useCaseTimeline = (caseId: number) => useApiQuery('listOffboardingTimeline', { caseId });

export const useStartCase = () => useApiMutation('startOffboardingCase');
export const useSaveStep = () => useApiMutation('saveOffboardingStep');
export const useOpenStep = () => useApiMutation('openOffboardingStep');
export const useOverrideHold = () => useApiMutation('overrideOffboardingHold');
export const useAbandonCase = () => useApiMutation('abandonOffboardingCase');
export const useRecordPayment = () => useApiMutation('recordOffboardingPayment');
export const useExportPdf = () => useApiMutation('exportOffboardingPdf');
export const useEmailLetter = () => useApiMutation('emailOffboardingLetter');
export const useRecordLetterSent = () => useApiMutation('recordOffboardingLetterSent');
export const useExportLetterPdf = () => useApiMutation('exportOffboardingLetterPdf');
