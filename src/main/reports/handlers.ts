import type { ApiImpl } from '../../shared/contract';
import type { reportsContract } from '../../shared/contract/reports';
import type { Services } from '../core/services';

export function reportsHandlers(s: Services) {
  return {
    exportDossier: (input) => s.reports.exportDossier(input),
    exportDossierBundle: (input) => s.reports.exportDossierBundle(input),
    exportValueReport: async (input) => (await s.valuation.ready(), s.reports.exportValueReport(input)),
    getReportProgress: () => s.reports.progress(),
    openLastReport: () => s.reports.openLastSaved(),
    verifyAgainstDossier: async (input) => {
      if (input.source === 'pick') return s.reports.verifyAgainstPicked();
      return { status: 'checked' as const, ...(await s.reports.verifyAgainst(input.chains)) };
    },
  } satisfies Pick<ApiImpl, keyof typeof reportsContract>;
}
