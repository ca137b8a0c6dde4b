
import { useEffect, useState } from 'react';
import type { InputOf } from '@shared/contract';
import type { JournalCursor, JournalFilter, VerificationJob } from '@shared/contract/journal';
import { call, useApiMutation, useApiPages, useApiQuery } from '../../lib/api';


export type Filter = JournalFilter;
export const emptyFilter: Filter = {
  clientId: null,
  kinds: [],
  channels: [],
  severities: [],
  from: null,
  to: null,
  lateOnly: false,
};

const PAGE = 100;

/** Originals newest first, a page at a time (keyset cursor) — the list asks for more as it scrolls. */
export function useJournalTimeline(filter: Filter) {
  return useApiPages(
    'listJournal',
    { filter },
    (cursor: JournalCursor | null) => ({ filter, cursor, limit: PAGE }),
    (last) => last.nextCursor,
  );
}

export function useJournalSearch(query: string, filter: Filter) {
  return useApiPages(
    'searchJournal',
    { query, filter },
    (cursor: JournalCursor | null) => ({ query, filter, cursor, limit: PAGE }),
    (last) => last.nextCursor,
    { enabled: query.trim().length > 0 },
  );
}

export function useEntryDetail(id: number | null) {
  return useApiQuery('getJournalEntry', { id: id ?? 0 }, { enabled: id !== null });
}

// a journal write refreshes the timeline, complaints, Today, and every valuation (they read the journal)
export const useAddEntry = () => useApiMutation('addJournalEntry');
export const useAmendEntry = () => useApiMutation('amendJournalEntry');
export const useChooseAttachments = () => useApiMutation('chooseAttachments');
export const useOpenAttachment = () => useApiMutation('openAttachment');

export function useComplaints(input: InputOf<'listComplaints'>) {
  return useApiQuery('listComplaints', input);
}
export function useToday() {
  return useApiQuery('getToday');
}
export function useComplaintPattern(input: InputOf<'getComplaintPattern'>) {
  return useApiQuery('getComplaintPattern', input);
}

/** Starts a verification in main and polls its progress until it is done. */
export function useVerification(clientId: number | null) {
  const [jobId, setJobId] = useState<number | null>(null);
  const status = useApiQuery(
    'getJournalVerification',
    { jobId: jobId ?? 0 },
    {
      enabled: jobId !== null,
      refetchInterval: (q) => (q.state.data?.state === 'running' || !q.state.data ? 250 : false),
      staleTime: 0,
    },
  );
  const [startError, setStartError] = useState<unknown>(null);
  useEffect(() => setJobId(null), [clientId]);
  const start = async () => {
    setStartError(null);
    try {
      const job: VerificationJob = await call('startJournalVerification', { clientId });
      setJobId(job.jobId);
    } catch (e) {
      setStartError(e);
    }
  };
  return { start, job: jobId === null ? null : (status.data ?? null), error: startError ?? status.error };
}

const LAST_CLIENT = 'journal.lastClientId';
export function rememberClient(id: number) {
  try {
    localStorage.setItem(LAST_CLIENT, String(id));
  } catch {
    // storage may be unavailable; the choice is a convenience only
  }
}
export function lastClient(): number | null {
  try {
    const n = Number(localStorage.getItem(LAST_CLIENT));
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

/** Clients to choose from (same cache as the clients list). */
export function useClientChoices() {
  const input = { search: '', status: null, includeArchived: false };
  return useApiQuery('listClients', input).data ?? [];
}
