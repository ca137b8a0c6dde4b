import type { ApiImpl } from '../../shared/contract';
import type { clientsContract } from '../../shared/contract/clients';
import type { Services } from '../core/services';
import { lookalikeClients } from '../../shared/domain/lookalike';

export function clientsHandlers(s: Services) {
  return {
    listClients: (q) => s.clients.list(q),
    getClient: ({ id }) => s.clients.get(id),
    findLookalikeClients: ({ name, exceptId }) =>
      lookalikeClients(s.clients.list({ search: '', status: null, includeArchived: true }), name, exceptId),
    createClient: (input) => s.clients.create(input),
    updateClient: ({ id, client }) => s.clients.update(id, client),
    archiveClient: ({ id }) => s.clients.archive(id),
    restoreClient: ({ id }) => s.clients.restore(id),
  } satisfies Pick<ApiImpl, keyof typeof clientsContract>;
}
