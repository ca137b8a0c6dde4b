import type { ClientTab } from '../features/clients/client-page';
import { ClientOffboardingTab } from '../features/offboarding/client-offboarding-tab';

/**
 * The sections other features add to a client's page, composed here in the app layer so
 * features never import each other. Add one entry per feature.
 */
export const clientTabs: ClientTab[] = [
  { value: 'offboarding', label: 'offboarding.title', render: (client) => <ClientOffboardingTab client={client} /> },
];
