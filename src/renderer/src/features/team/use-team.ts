import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TeamMessage } from '@shared/contract/team';
import { ApiError, refreshAfter, useApiMutation, useApiQuery } from '../../lib/api';

/**
 * The Team state, polled while the file belongs to a team (the loop syncs in the main process);
 * when a background round brought something, every screen's data is fetched again.
 */
export function useTeamStatus() {
  const qc = useQueryClient();
  const q = useApiQuery('getTeamStatus', undefined, {
    refetchInterval: (query) => {
      const d = query.state.data;
      if (!d?.joined) return false;
      return d.syncing || d.connection === 'connecting' ? 1_000 : 5_000;
    },
  });
  const lastSync = q.data?.joined ? q.data.lastSyncAt : null;
  const seen = useRef(lastSync);
  useEffect(() => {
    if (seen.current !== null && lastSync !== seen.current) void refreshAfter(qc, 'syncTeamNow');
    seen.current = lastSync;
  }, [lastSync, qc]);
  return q;
}

export const useSyncTeam = () => useApiMutation('syncTeamNow');
export const useJoinTeam = () => useApiMutation('joinTeam');
export const useLeaveTeam = () => useApiMutation('leaveTeam');
export const useReopenTeamFile = () => useApiMutation('reopenTeamFile');
export const useSetTeamPassword = () => useApiMutation('setTeamPassword');
export const useTeamConflicts = () => useApiQuery('listTeamConflicts');
export const useResolveConflict = () => useApiMutation('resolveTeamConflict');

/** A team sentence (a key under `team.` and its values) in the person's language. */
export function useTeamSentence() {
  const { t } = useTranslation();
  return (m: TeamMessage) => t(`team.${m.key}`, { ...m.params, defaultValue: t('errors.INTERNAL') });
}

/** The sentence a failed team call carries, else null (the caller falls back to ErrorAlert). */
export function teamMessageOf(error: unknown): TeamMessage | null {
  if (!(error instanceof ApiError)) return null;
  const key = error.details?.['teamMessage'];
  if (typeof key !== 'string') return null;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(error.details ?? {}))
    if (k !== 'teamMessage' && (typeof v === 'string' || typeof v === 'number')) params[k] = v;
  return { key, params };
}
