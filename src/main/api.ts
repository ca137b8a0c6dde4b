import type { ApiImpl } from '../shared/contract';
import type { AppDeps, Services } from './core/services';
import { createRuntime, type RuntimeOptions } from './runtime';
import { clientsHandlers } from './clients/handlers';
import { safetyHandlers } from './safety/handlers';
import { settingsHandlers } from './settings/handlers';
import { systemHandlers } from './system/handlers';
import { reportsHandlers } from './reports/handlers';
import { journalHandlers } from './journal/handlers';
import { transferHandlers } from './transfer/handlers';
import { moneyHandlers } from './money/handlers';
import { valuationHandlers } from './valuation/handlers';
import { screeningHandlers } from './valuation/screening-handlers';
import { sampleHandlers } from './sample/handlers';
import { complaintsHandlers } from './journal/complaints-handlers';
import { offboardingHandlers } from './offboarding/handlers';
import { peopleHandlers } from './team/people-handlers';
import { teamHandlers } from './team/handlers';

/** The whole contract, implemented on the services. No electron here: it runs under plain Node. */
export function createApiFromServices(s: Services): ApiImpl {
  return {
    ...systemHandlers(s),
    ...settingsHandlers(s),
    ...clientsHandlers(s),
    ...reportsHandlers(s),
    ...journalHandlers(s),
    ...complaintsHandlers(s),
    ...safetyHandlers(s),
    ...transferHandlers(s),
    ...moneyHandlers(s),
    ...valuationHandlers(s),
    ...screeningHandlers(s),
    ...sampleHandlers(s),
    ...offboardingHandlers(s),
    ...peopleHandlers(s),
    ...teamHandlers(s),
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
