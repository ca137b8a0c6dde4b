import type { Client } from '@shared/contract/clients';
import { JournalView } from './journal-view';

/** The journal tab on a client's page: the same view, fixed to this client. */
export function ClientJournalTab({ client }: { client: Client }) {
  return <JournalView key={client.id} clientId={client.id} height="calc(100vh - 420px)" />;
}
