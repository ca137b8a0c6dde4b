import type { InputOf } from '@shared/contract';
import { useApiMutation, useApiQuery } from '../../lib/api';

export const clientsKey = ['clients'] as const;

export function useClients(query: InputOf<'listClients'>) {
  return useApiQuery([...clientsKey, 'list', query], 'listClients', query);
}

export function useClient(id: number) {
  return useApiQuery([...clientsKey, 'one', id], 'getClient', { id });
}

export const useCreateClient = () => useApiMutation('createClient', [clientsKey]);
export const useUpdateClient = () => useApiMutation('updateClient', [clientsKey]);
export const useArchiveClient = () => useApiMutation('archiveClient', [clientsKey]);
export const useRestoreClient = () => useApiMutation('restoreClient', [clientsKey]);
