import type { InputOf } from '@shared/contract';
import { useApiMutation, useApiQuery } from '../../lib/api';

export const offboardingKey = ['offboarding'] as const;
// a step can move the client's status and write the journal: refresh those too
const touched = [offboardingKey, ['clients'], ['journal']];

export const useOffboardingCases = (q: InputOf<'listOffboardingCases'>) =>
  useApiQuery([...offboardingKey, 'list', q], 'listOffboardingCases', q);
export const useOffboardingDue = () => useApiQuery([...offboardingKey, 'due'], 'listOffboardingDue');
export const useOffboardingCase = (caseId: number) =>
  useApiQuery([...offboardingKey, 'case', caseId], 'getOffboardingCase', { caseId });
export const useAchievementPicks = (caseId: number, enabled: boolean) =>
  useApiQuery([...offboardingKey, 'picks', caseId], 'listOffboardingAchievements', { caseId }, { enabled });

export const useStartCase = () => useApiMutation('startOffboardingCase', touched);
export const useSaveStep = () => useApiMutation('saveOffboardingStep', touched);
export const useOpenStep = () => useApiMutation('openOffboardingStep', touched);
export const useOverrideHold = () => useApiMutation('overrideOffboardingHold', touched);
export const useAbandonCase = () => useApiMutation('abandonOffboardingCase', touched);
export const useRecordPayment = () => useApiMutation('recordOffboardingPayment', touched);
export const useExportPdf = () => useApiMutation('exportOffboardingPdf');
