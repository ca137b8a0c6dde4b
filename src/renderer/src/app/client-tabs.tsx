import type { ClientTab } from '../features/clients/client-page';
import { ReportsTab } from '../features/reports/reports-tab';

/**
 * The sections other features add to a client's page, composed here in the app layer so
 * features never import each other. Add one entry per feature.
 */
export const clientTabs: ClientTab[] = [
  { value: 'reports', label: 'reports.tab', render: (client) => <ReportsTab client={client} /> },
];
