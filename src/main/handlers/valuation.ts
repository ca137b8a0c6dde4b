import type { ApiImpl } from '../../shared/contract';
import type { valuationContract } from '../../shared/contract/valuation';
import type { screeningContract } from '../../shared/contract/screening';
import type { sampleContract } from '../../shared/contract/sample';
import type { Services } from '../services';

export function valuationHandlers(s: Services) {
  return {
    getValueSettings: () => s.valuation.settingsView(),
    saveValuationSettings: (input) => s.valuation.saveValuationSettings(input),
    saveActivityCatalogue: (input) => s.valuation.saveActivityCatalogue(input),
    // a large portfolio is brought up to date on a worker first (valuation.ts: ready)
    clientValuation: async ({ clientId, whatIf }) => (await s.valuation.ready(), s.valuation.clientValuation(clientId, whatIf)),
    portfolio: async () => (await s.valuation.ready(), s.valuation.portfolio()),
  } satisfies Pick<ApiImpl, keyof typeof valuationContract>;
}

export function screeningHandlers(s: Services) {
  return {
    listScreenings: ({ clientId }) => s.screening.list(clientId),
    screenProspect: ({ clientId, answers }) => s.screening.screen(clientId, answers),
  } satisfies Pick<ApiImpl, keyof typeof screeningContract>;
}

export function sampleHandlers(s: Services) {
  return {
    sampleDataStatus: () => s.sampleData.status(),
    loadSampleData: ({ language }) => s.sampleData.load(language),
    removeSampleData: () => s.sampleData.remove(),
  } satisfies Pick<ApiImpl, keyof typeof sampleContract>;
}
