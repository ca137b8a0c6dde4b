import { useApiMutation, useApiQuery } from '../../lib/api';

/** The owner's profile (for the default document language); same key as the settings feature. */
export const useProfile = () => useApiQuery('getSettings');

export const useExportDossier = () => useApiMutation('exportDossier');
export const useExportDossierBundle = () => useApiMutation('exportDossierBundle');
export const useVerifyAgainst = () => useApiMutation('verifyAgainstDossier');

/** The export under way, polled while one runs (the main process renders in a worker, so it answers). */
export function useReportProgress(isRunning: boolean) {
  return useApiQuery('getReportProgress', undefined, { enabled: isRunning, refetchInterval: isRunning ? 250 : false });
}
