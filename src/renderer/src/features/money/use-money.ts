import { useApiMutation, useApiQuery } from '../../lib/api';

export const moneyKey = ['money'] as const;
// Money changes move every figure of the value calculator and the dashboard.
const affected = [moneyKey, ['value'], ['portfolio']];

export const useLedger = (clientId: number) => useApiQuery([...moneyKey, clientId], 'getLedger', { clientId });
export const useRevisions = (entity: 'invoice' | 'payment' | 'direct_cost', entityId: number) =>
  useApiQuery([...moneyKey, 'revisions', entity, entityId], 'listRevisions', { entity, entityId });
export const useCreateInvoice = () => useApiMutation('createInvoice', affected);
export const useCorrectInvoice = () => useApiMutation('correctInvoice', affected);
export const useVoidInvoice = () => useApiMutation('voidInvoice', affected);
export const useAddPayment = () => useApiMutation('addPayment', affected);
export const useVoidPayment = () => useApiMutation('voidPayment', affected);
export const useAddDirectCost = () => useApiMutation('addDirectCost', affected);
export const useVoidDirectCost = () => useApiMutation('voidDirectCost', affected);
