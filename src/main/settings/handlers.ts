import type { ApiImpl } from '../../shared/contract';
import type { settingsContract } from '../../shared/contract/settings';
import type { Services } from '../core/services';

export function settingsHandlers(s: Services) {
  return {
    getSettings: () => s.settings.view(),
    saveProfile: (input) => s.settings.saveProfile(input),
  } satisfies Pick<ApiImpl, keyof typeof settingsContract>;
}
