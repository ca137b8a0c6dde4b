import type { ApiImpl } from '../../shared/contract';
import type { offboardingContract } from '../../shared/contract/offboarding';
import type { Services } from '../core/services';

export function offboardingHandlers(s: Services) {
  return {
    // part ways keeps the valuation with the case: the portfolio behind it is made ready off-thread first
    startOffboardingCase: async ({ clientId, path }) => {
      if (path === 'part_ways') await s.valuation.ready();
      return s.offboarding.start(clientId, path);
    },
    getOffboardingCase: ({ caseId }) => s.offboarding.get(caseId),
    listOffboardingCases: (q) => s.offboarding.list(q),
    listOffboardingDue: () => s.offboarding.due(),
    saveOffboardingStep: ({ caseId, step, values, skip }) => s.offboarding.save(caseId, step, values, skip),
    openOffboardingStep: ({ caseId, step }) => s.offboarding.open(caseId, step),
    overrideOffboardingHold: ({ caseId, reason }) => s.offboarding.override(caseId, reason),
    abandonOffboardingCase: ({ caseId, reason }) => s.offboarding.abandon(caseId, reason),
    recordOffboardingPayment: ({ caseId, invoiceId, amountMinor, paidOn }) =>
      s.offboarding.recordPayment(caseId, invoiceId, amountMinor, paidOn),
    listOffboardingAchievements: ({ caseId }) => s.offboarding.achievements(caseId),
    listOffboardingTimeline: ({ caseId }) => s.offboarding.timeline(caseId),
    listLessonsLearned: () => s.offboarding.lessons(),
    exportOffboardingPdf: ({ caseId, document }) => s.offboarding.exportPdf(caseId, document),
    emailOffboardingLetter: ({ caseId, step, text }) => s.offboarding.emailLetter(caseId, step, text),
    recordOffboardingLetterSent: ({ caseId, step, text }) => s.offboarding.recordLetterSent(caseId, step, text),
    exportOffboardingLetterPdf: ({ caseId, step, text }) => s.offboarding.exportLetterPdf(caseId, step, text),
    exportDueCalendar: () => s.offboarding.exportCalendar(),
    exportClientStatement: ({ clientId, language }) => s.offboarding.exportStatement(clientId, language),
  } satisfies Pick<ApiImpl, keyof typeof offboardingContract>;
}
