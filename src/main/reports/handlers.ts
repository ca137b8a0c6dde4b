import type { ApiImpl } from '../../shared/contract';
import type { reportsContract } from '../../shared/contract/reports';
import type { Services } from '../core/services';
import { standings } from '../../shared/domain/journal-receipt';

export function reportsHandlers(s: Services) {
  return {
    exportDossier: (input) => s.reports.exportDossier(input),
    exportDossierBundle: (input) => s.reports.exportDossierBundle(input),
    exportValueReport: async (input) => (await s.valuation.ready(), s.reports.exportValueReport(input)),
    getReportProgress: () => s.reports.progress(),
    openLastReport: () => s.reports.openLastSaved(),
    verifyAgainstDossier: async (input) => {
      if (input.source === 'pick') return s.reports.verifyAgainstPicked();
      const r = await s.reports.verifyAgainst(input.chains);
      const names = s.reports.clientNames();
      return {
        status: 'checked' as const,
        document: 'dossier' as const,
        standings: standings(r, (id) => names.get(id)),
        timestamp: { state: 'none' as const },
        ...r,
      };
    },
    makeReceipt: () => s.receipts.make(),
    listReceipts: () => s.receipts.list(),
    getReceiptReminder: () => s.receipts.reminder(),
    getTimestampSettings: () => s.receipts.timestampSettings(),
    setTimestampAuthority: (input) => s.receipts.setAuthority(input.url),
    retryTimestamps: () => s.receipts.retryTimestamps(),
  } satisfies Pick<ApiImpl, keyof typeof reportsContract>;
}
