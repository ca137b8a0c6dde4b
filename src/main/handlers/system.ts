import type { ApiImpl } from '../../shared/contract';
import type { systemContract } from '../../shared/contract/system';
import type { Services } from '../services';

const countedTables = [
  'clients',
  'invoices',
  'payments',
  'direct_costs',
  'journal_entries',
  'journal_attachments',
  'offboarding_cases',
] as const;

export function tableCounts(s: Services): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of countedTables) {
    counts[t] = (s.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  }
  return counts;
}

export function systemHandlers(s: Services) {
  return {
    getAppInfo: () => ({
      version: s.version,
      schemaVersion: s.deps.database.schemaVersion,
      databasePath: s.ctx.databasePath,
      counts: tableCounts(s),
    }),
  } satisfies Pick<ApiImpl, keyof typeof systemContract>;
}
