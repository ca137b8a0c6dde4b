import type { ApiImpl } from '../../shared/contract';
import type { clientsContract } from '../../shared/contract/clients';
import type { Services } from '../core/services';

export function clientsHandlers(s: Services) {
  return {
    listClients: (q) => s.clients.list(q),
    getClient: ({ id }) => s.clients.get(id),
    createClient: (input) => s.clients.create(input),
    updateClient: ({ id, client }) => s.clients.update(id, client),
    archiveClient: ({ id }) => s.clients.archive(id),
    restoreClient: ({ id }) => s.clients.restore(id),
  } satisfies Pick<ApiImpl, keyof typeof clientsContract>;
}
