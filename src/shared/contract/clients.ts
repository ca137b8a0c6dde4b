import { z } from 'zod';
import { method } from './define';
import { id, isoDate, line, nonNegativeMinor, requiredLine, text } from './text';
import { clientStatuses, paymentTermsKinds, type ClientStatus, type PaymentTermsKind } from '../domain/client-status';

export interface Client {
  id: number;
  name: string;
  company: string;
  email: string;
  phone: string;
  status: ClientStatus;
  clientSince: string | null;
  acquisitionChannel: string;
  acquisitionCostMinor: number;
  isHighProfile: boolean;
  paymentTermsKind: PaymentTermsKind;
  paymentTermsValue: number;
  notes: string;
  archivedAt: string | null;
  isSample: boolean;
  createdAt: string;
  updatedAt: string;
}

const email = line(254).refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
  message: 'validation.email',
});
const phone = line(40).refine((s) => s === '' || /^[+()\d\s./-]{3,40}$/.test(s), { message: 'validation.phone' });

const clientFields = {
  name: requiredLine(200),
  company: line(200).default(''),
  email: email.default(''),
  phone: phone.default(''),
  status: z.enum(clientStatuses, { message: 'validation.choice' }).default('active'),
  clientSince: isoDate.nullable().default(null),
  acquisitionChannel: line(100).default(''),
  acquisitionCostMinor: nonNegativeMinor.default(0),
  isHighProfile: z.boolean().default(false),
  paymentTermsKind: z.enum(paymentTermsKinds, { message: 'validation.choice' }).default('days'),
  paymentTermsValue: z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.wholeNumber' })
    .min(0, { message: 'validation.termsRange' })
    .max(365, { message: 'validation.termsRange' })
    .default(30),
  notes: text(20_000).default(''),
};

export const clientInputSchema = z
  .strictObject(clientFields)
  .refine((c) => c.paymentTermsKind !== 'day_of_month' || (c.paymentTermsValue >= 1 && c.paymentTermsValue <= 28), {
    message: 'validation.dayOfMonth',
    path: ['paymentTermsValue'],
  });
export type ClientInput = z.input<typeof clientInputSchema>;

export const clientListQuery = z
  .strictObject({
    search: line(200).default(''),
    status: z.enum(clientStatuses).nullable().default(null),
    includeArchived: z.boolean().default(false),
  })
  .default({ search: '', status: null, includeArchived: false });

export const clientsContract = {
  listClients: method<Client[]>()(clientListQuery),
  getClient: method<Client>()(z.strictObject({ id })),
  /** clients whose names look the same as `name` (Latin/Cyrillic, ı/i, case, spacing): a warning before saving */
  findLookalikeClients: method<Client[]>()(z.strictObject({ name: line(200), exceptId: id.nullable().default(null) })),
  createClient: method<Client>()(clientInputSchema),
  updateClient: method<Client>()(z.strictObject({ id, client: clientInputSchema })),
  archiveClient: method<Client>()(z.strictObject({ id })),
  restoreClient: method<Client>()(z.strictObject({ id })),
};
