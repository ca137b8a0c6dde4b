import type { ApiImpl } from '../../shared/contract';
import type { valuationContract } from '../../shared/contract/valuation';
import type { Services } from '../core/services';

export function valuationHandlers(s: Services) {
  return {
    getValueSettings: () => s.valuation.settingsView(),
    saveValuationSettings: (input) => s.valuation.saveValuationSettings(input),
    saveActivityCatalogue: (input) => s.valuation.saveActivityCatalogue(input),
    saveDeliveryHours: async (input) => (
      s.valuation.saveDeliveryHours(input),
      await s.valuation.ready(),
      s.valuation.clientValuation(input.clientId)
    ),
    saveConversionRate: (input) => s.valuation.saveConversionRate(input),
    // a large portfolio is brought up to date on a worker first (valuation.ts: ready)
    clientValuation: async ({ clientId, whatIf }) => (await s.valuation.ready(), s.valuation.clientValuation(clientId, whatIf)),
    portfolio: async () => (await s.valuation.ready(), s.valuation.portfolio()),
  } satisfies Pick<ApiImpl, keyof typeof valuationContract>;
}
