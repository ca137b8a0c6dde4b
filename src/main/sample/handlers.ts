import type { ApiImpl } from '../../shared/contract';
import type { sampleContract } from '../../shared/contract/sample';
import type { Services } from '../core/services';

export function sampleHandlers(s: Services) {
  return {
    sampleDataStatus: () => s.sampleData.status(),
    loadSampleData: ({ language }) => s.sampleData.load(language),
    removeSampleData: () => s.sampleData.remove(),
  } satisfies Pick<ApiImpl, keyof typeof sampleContract>;
}
