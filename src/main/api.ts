import type { ApiImpl } from '../shared/contract';
import { createServices, type AppDeps, type Services } from './services';
import { clientsHandlers } from './handlers/clients';
import { settingsHandlers } from './handlers/settings';
import { systemHandlers } from './handlers/system';
import { reportsHandlers } from './handlers/reports';
import { moneyHandlers } from './handlers/money';
import { sampleHandlers, screeningHandlers, valuationHandlers } from './handlers/valuation';

/** The whole contract, implemented on the services. No electron here: it runs under plain Node. */
export function createApiFromServices(s: Services): ApiImpl {
  return {
    ...systemHandlers(s),
    ...settingsHandlers(s),
    ...clientsHandlers(s),
    ...reportsHandlers(s),
    ...moneyHandlers(s),
    ...valuationHandlers(s),
    ...screeningHandlers(s),
    ...sampleHandlers(s),
  } satisfies ApiImpl;
}

export function createApi(deps: AppDeps): { api: ApiImpl; services: Services } {
  const services = createServices(deps);
  return { api: createApiFromServices(services), services };
}
