import type { ApiImpl } from '../../shared/contract';
import type { teamContract } from '../../shared/contract/team';
import type { Services } from '../core/services';

export function teamHandlers(s: Services) {
  return {
    getTeamStatus: () => s.team.status(),
    syncTeamNow: () => s.team.syncNow(),
    joinTeam: (input) => s.team.join(input),
    leaveTeam: () => s.team.leave(),
    reopenTeamFile: () => s.team.reopenTeamFile(),
    setTeamPassword: ({ password }) => s.team.setPassword(password),
    listTeamConflicts: () => s.team.listConflicts(),
    resolveTeamConflict: ({ id, keep }) => s.team.resolveConflict(id, keep),
  } satisfies Pick<ApiImpl, keyof typeof teamContract>;
}
