import { useApiMutation, useApiQuery } from '../../lib/api';

// Valuation settings change every valuation and the dashboard; the sample changes everything.
export const useValueSettings = () => useApiQuery('getValueSettings');
export const useSaveValuationSettings = () => useApiMutation('saveValuationSettings');
export const useSaveActivityCatalogue = () => useApiMutation('saveActivityCatalogue');
export const useSampleStatus = () => useApiQuery('sampleDataStatus');
export const useLoadSample = () => useApiMutation('loadSampleData');
export const useRemoveSample = () => useApiMutation('removeSampleData');
