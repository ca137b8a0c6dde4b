import type { ClientTab } from '../features/clients/client-page';

/**
 * The sections other features add to a client's page, composed here in the app layer so
 * features never import each other. Add one entry per feature.
 */
export const clientTabs: ClientTab[] = [];
