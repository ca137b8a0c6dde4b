import type { ClientTab } from '../features/clients/client-page';
import { ClientJournalTab } from '../features/journal/client-journal-tab';

/**
 * The sections other features add to a client's page, composed here in the app layer so
 * features never import each other. Add one entry per feature.
 */
export const clientTabs: ClientTab[] = [
  { value: 'journal', label: 'journal.tabLabel', render: (client) => <ClientJournalTab client={client} /> },
];
