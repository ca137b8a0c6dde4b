import type { Invoice, MoneyEntity } from '@shared/contract/money';

/** Which dialog of the money tab is open, and for what record. */
export type Dialog =
  | { type: 'newInvoice' }
  | { type: 'correct'; invoice: Invoice }
  | { type: 'pay'; invoice: Invoice }
  | { type: 'void'; entity: MoneyEntity; id: number }
  | { type: 'history'; entity: MoneyEntity; id: number }
  | { type: 'newCost' };
