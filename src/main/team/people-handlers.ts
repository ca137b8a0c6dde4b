import type { ApiImpl } from '../../shared/contract';
import type { peopleContract } from '../../shared/contract/people';
import type { Services } from '../core/services';

export function peopleHandlers(s: Services) {
  return {
    // the difficult clients come from the valuation: a large portfolio is brought up to date first
    getPeopleCounts: async () => (await s.valuation.ready(), s.peopleCounts.view()),
  } satisfies Pick<ApiImpl, keyof typeof peopleContract>;
}
