import type { InputOf } from '@shared/contract';
import { useApiMutation, useApiQuery } from '../../lib/api';

export function useClients(query: InputOf<'listClients'>) {
  return useApiQuery('listClients', query);
}

export function useClient(id: number) {
  return useApiQuery('getClient', { id });
}

export const useCreateClient = () => useApiMutation('createClient');
export const useUpdateClient = () => useApiMutation('updateClient');
export const useArchiveClient = () => useApiMutation('archiveClient');
export const useRestoreClient = () => useApiMutation('restoreClient');
