import type { ApiImpl } from '../../shared/contract';
import type { screeningContract } from '../../shared/contract/screening';
import type { Services } from '../core/services';

export function screeningHandlers(s: Services) {
  return {
    listScreenings: ({ clientId }) => s.screening.list(clientId),
    screenProspect: ({ clientId, answers }) => s.screening.screen(clientId, answers),
  } satisfies Pick<ApiImpl, keyof typeof screeningContract>;
}
