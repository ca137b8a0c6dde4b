import type { ApiImpl } from '../../shared/contract';
import type { systemContract } from '../../shared/contract/system';
import type { Services } from '../core/services';
import { countRows } from '../db/inspect';


export function systemHandlers(s: Services) {
  return {
    getAppInfo: () => ({
      version: s.version,
      schemaVersion: s.deps.database.schemaVersion,
      databasePath: s.ctx.databasePath,
      counts: countRows(s.ctx.sqlite),
    }),
  } satisfies Pick<ApiImpl, keyof typeof systemContract>;
}
