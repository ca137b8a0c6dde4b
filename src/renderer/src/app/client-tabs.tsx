import type { ClientTab } from '../features/clients/client-page';
import { ClientJournalTab } from '../features/journal/client-journal-tab';
import { MoneyTab } from '../features/money/money-tab';
import { ScreeningTab } from '../features/value/screening-tab';
import { ValueTab } from '../features/value/value-tab';
import { ClientOffboardingTab } from '../features/offboarding/client-offboarding-tab';

/**
 * The sections other features add to a client's page, composed here in the app layer so
 * features never import each other. Add one entry per feature.
 */
export const clientTabs: ClientTab[] = [
  { value: 'journal', label: 'journal.tabLabel', render: (client) => <ClientJournalTab client={client} /> },
  { value: 'value', label: 'value.tab', render: (client) => <ValueTab client={client} /> },
  { value: 'money', label: 'money.tab', render: (client) => <MoneyTab client={client} /> },
  { value: 'screening', label: 'value.screening.title', render: (client) => <ScreeningTab client={client} /> },
  { value: 'offboarding', label: 'offboarding.title', render: (client) => <ClientOffboardingTab client={client} /> },
];
