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
    clientValuation: ({ clientId, whatIf }) => s.valuation.clientValuation(clientId, whatIf),
    portfolio: () => s.valuation.portfolio(),
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
