import type { ApiImpl } from '../../shared/contract';
import type { moneyContract } from '../../shared/contract/money';
import type { Services } from '../core/services';

export function moneyHandlers(s: Services) {
  return {
    getLedger: ({ clientId }) => s.money.ledger(clientId),
    createInvoice: ({ clientId, invoice }) => s.money.createInvoice(clientId, invoice),
    correctInvoice: ({ id, invoice, reason }) => s.money.correctInvoice(id, invoice, reason),
    voidInvoice: ({ id, reason }) => s.money.voidInvoice(id, reason),
    addPayment: ({ invoiceId, payment, confirmOverpayment }) => s.money.addPayment(invoiceId, payment, { confirmOverpayment }),
    correctPayment: ({ id, payment, reason, confirmOverpayment }) =>
      s.money.correctPayment(id, payment, reason, { confirmOverpayment }),
    voidPayment: ({ id, reason }) => s.money.voidPayment(id, reason),
    addDirectCost: ({ clientId, cost }) => s.money.addDirectCost(clientId, cost),
    correctDirectCost: ({ id, cost, reason }) => s.money.correctDirectCost(id, cost, reason),
    voidDirectCost: ({ id, reason }) => s.money.voidDirectCost(id, reason),
    listRevisions: ({ entity, entityId }) => s.money.listRevisions(entity, entityId),
  } satisfies Pick<ApiImpl, keyof typeof moneyContract>;
}
