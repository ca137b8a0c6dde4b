import { useApiMutation, useApiQuery } from '../../lib/api';
import { settingsKey } from '../../lib/use-settings';

export const valueSettingsKey = ['valueSettings'] as const;
// Settings change every valuation and the dashboard.
const affected = [valueSettingsKey, ['value'], ['portfolio']];

export const useValueSettings = () => useApiQuery(valueSettingsKey, 'getValueSettings');
export const useSaveValuationSettings = () => useApiMutation('saveValuationSettings', affected);
export const useSaveActivityCatalogue = () => useApiMutation('saveActivityCatalogue', affected);
export const useSampleStatus = () => useApiQuery(['sample'], 'sampleDataStatus');
// Loading or removing sample data changes everything, the profile included.
export const useLoadSample = () => useApiMutation('loadSampleData', [['sample'], settingsKey, ['clients'], ...affected]);
export const useRemoveSample = () => useApiMutation('removeSampleData', [['sample'], settingsKey, ['clients'], ...affected]);
