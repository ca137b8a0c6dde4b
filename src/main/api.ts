import type { ApiImpl } from '../shared/contract';
import type { AppDeps, Services } from './services';
import { createRuntime, type RuntimeOptions } from './runtime';
import { clientsHandlers } from './handlers/clients';
import { safetyHandlers } from './handlers/safety';
import { settingsHandlers } from './handlers/settings';
import { systemHandlers } from './handlers/system';
import { journalHandlers } from './handlers/journal';
import { transferHandlers } from './handlers/transfer';
import { moneyHandlers } from './handlers/money';
import { sampleHandlers, screeningHandlers, valuationHandlers } from './handlers/valuation';
import { offboardingHandlers } from './handlers/offboarding';

/** The whole contract, implemented on the services. No electron here: it runs under plain Node. */
export function createApiFromServices(s: Services): ApiImpl {
  return {
    ...systemHandlers(s),
    ...settingsHandlers(s),
    ...clientsHandlers(s),
    ...journalHandlers(s),
    ...safetyHandlers(s),
    ...transferHandlers(s),
    ...moneyHandlers(s),
    ...valuationHandlers(s),
    ...screeningHandlers(s),
    ...sampleHandlers(s),
    ...offboardingHandlers(s),
  } satisfies ApiImpl;
}

/**
 * The API on a runtime that can swap its database (restore). `services` are those of the
 * database opened first; after a restore use `runtime.services()`.
 */
export function createApi(deps: AppDeps, opts: RuntimeOptions = {}) {
  const runtime = createRuntime(deps, createApiFromServices, opts);
  return { api: runtime.api, services: runtime.services(), runtime };
}
