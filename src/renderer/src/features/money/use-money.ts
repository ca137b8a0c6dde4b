import { useApiMutation, useApiQuery } from '../../lib/api';

// A money write refreshes the ledger, every valuation and the dashboard (they read money).
export const useLedger = (clientId: number) => useApiQuery('getLedger', { clientId });
export const useRevisions = (entity: 'invoice' | 'payment' | 'direct_cost', entityId: number) =>
  useApiQuery('listRevisions', { entity, entityId });
export const useCreateInvoice = () => useApiMutation('createInvoice');
export const useCorrectInvoice = () => useApiMutation('correctInvoice');
export const useVoidInvoice = () => useApiMutation('voidInvoice');
export const useAddPayment = () => useApiMutation('addPayment');
export const useVoidPayment = () => useApiMutation('voidPayment');
export const useAddDirectCost = () => useApiMutation('addDirectCost');
export const useVoidDirectCost = () => useApiMutation('voidDirectCost');
