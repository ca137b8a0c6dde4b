import { z } from 'zod';
import { method } from './define';
import { bookDate, currencyCode, id, line, minor, requiredLine, text } from './text';
import type { InvoiceStanding } from '../domain/invoice-standing';

export interface Payment {
  id: number;
  invoiceId: number;
  paidOn: string;
  amountMinor: number;
  note: string;
  voidedAt: string | null;
}

export interface Invoice {
  id: number;
  clientId: number;
  number: string;
  issuedOn: string;
  dueOn: string;
  amountMinor: number;
  /** list price before discount; null when none was given */
  listPriceMinor: number | null;
  currency: string;
  description: string;
  voidedAt: string | null;
  isSample: boolean;
  payments: Payment[];
  /** derived today from the invoice and its payments; never stored */
  standing: InvoiceStanding;
  /** how many corrections were recorded */
  revisions: number;
}

export interface DirectCost {
  id: number;
  clientId: number;
  incurredOn: string;
  amountMinor: number;
  currency: string;
  description: string;
  voidedAt: string | null;
  revisions: number;
}

export interface Revision {
  id: number;
  entity: MoneyEntity;
  entityId: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string;
  changedAt: string;
}

export const moneyEntities = ['invoice', 'payment', 'direct_cost'] as const;
export type MoneyEntity = (typeof moneyEntities)[number];

export interface LedgerTotals {
  invoicedMinor: number;
  paidMinor: number;
  outstandingMinor: number;
  /** paid above invoices' amounts (confirmed overpayments), the client's credit */
  creditMinor: number;
  overdueMinor: number;
  discountMinor: number;
  directCostsMinor: number;
}

export interface Ledger {
  clientId: number;
  /** the business currency: totals count only amounts in it */
  currency: string;
  invoices: Invoice[];
  directCosts: DirectCost[];
  totals: LedgerTotals;
  /** amounts in other currencies, left out of the totals */
  otherCurrencyInvoices: number;
  suggestedNumber: string;
  /** today, as the app's clock says */
  today: string;
  /** the due date the client's payment terms give for an invoice issued today */
  defaultDueOn: string;
}

const positiveMinor = minor.refine((n) => n > 0, { message: 'validation.positive' });

export const invoiceFieldsSchema = z
  .strictObject({
    number: requiredLine(60),
    issuedOn: bookDate,
    /** null: from the client's payment terms */
    dueOn: bookDate.nullable().default(null),
    amountMinor: positiveMinor,
    listPriceMinor: positiveMinor.nullable().default(null),
    currency: currencyCode.nullable().default(null),
    description: text(2_000).default(''),
  })
  .refine((v) => v.dueOn === null || v.dueOn >= v.issuedOn, { message: 'validation.dueBeforeIssued', path: ['dueOn'] })
  .refine((v) => v.listPriceMinor === null || v.listPriceMinor >= v.amountMinor, {
    message: 'validation.listBelowAmount',
    path: ['listPriceMinor'],
  });
export type InvoiceFieldsInput = z.input<typeof invoiceFieldsSchema>;

export const paymentFieldsSchema = z.strictObject({
  paidOn: bookDate,
  amountMinor: positiveMinor,
  note: line(500).default(''),
});

export const directCostFieldsSchema = z.strictObject({
  incurredOn: bookDate,
  amountMinor: positiveMinor,
  description: requiredLine(500),
  currency: currencyCode.nullable().default(null),
});

const reason = line(500).default('');

export const moneyContract = {
  getLedger: method<Ledger>()(z.strictObject({ clientId: id })),
  createInvoice: method<Invoice>()(z.strictObject({ clientId: id, invoice: invoiceFieldsSchema })),
  correctInvoice: method<Invoice>()(z.strictObject({ id, invoice: invoiceFieldsSchema, reason })),
  voidInvoice: method<Invoice>()(z.strictObject({ id, reason })),
  /** a payment above the invoice's open amount is refused (CONFLICT, reason `overpayment`) unless `confirmOverpayment: true` */
  addPayment: method<Invoice>()(
    z.strictObject({ invoiceId: id, payment: paymentFieldsSchema, confirmOverpayment: z.boolean().optional() }),
  ),
  correctPayment: method<Invoice>()(
    z.strictObject({ id, payment: paymentFieldsSchema, reason, confirmOverpayment: z.boolean().optional() }),
  ),
  voidPayment: method<Invoice>()(z.strictObject({ id, reason })),
  addDirectCost: method<DirectCost>()(z.strictObject({ clientId: id, cost: directCostFieldsSchema })),
  correctDirectCost: method<DirectCost>()(z.strictObject({ id, cost: directCostFieldsSchema, reason })),
  voidDirectCost: method<DirectCost>()(z.strictObject({ id, reason })),
  listRevisions: method<Revision[]>()(z.strictObject({ entity: z.enum(moneyEntities), entityId: id })),
};
