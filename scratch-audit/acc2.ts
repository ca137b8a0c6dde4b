import { createTempApp, newClient, sampleProfile } from '../tests/helpers/temp-db';
const app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
app.services.settings.saveProfile({ ...sampleProfile, timeZone: 'Asia/Baku' } as never);
const c = app.services.clients.create(newClient('Əli', { clientSince: '2026-06-01', paymentTermsKind: 'day_of_month', paymentTermsValue: 28 } as never));
const m = app.services.money;
const inv = (number: string, issuedOn: string, amountMinor: number, currency: string | null = null, dueOn: string | null = null) =>
  m.createInvoice(c.id, { number, issuedOn, dueOn, amountMinor, listPriceMinor: amountMinor + 10_000, currency, description: '' });
const b1 = inv('B-1', '2026-06-30', 500_000); console.log('due', b1.dueOn);
const b2 = inv('B-2', '2026-07-28', 300_000); console.log('due', b2.dueOn);
const b3 = inv('B-3', '2026-08-01', 999_999, 'EUR'); console.log('due', b3.dueOn);
const p = m.addPayment(b1.id, { paidOn: '2026-08-15', amountMinor: 200_000, note: '' });
m.addPayment(b1.id, { paidOn: '2026-09-15', amountMinor: 300_000, note: '' });
m.voidPayment?.(p.id, 'bounced');
m.addPayment(b2.id, { paidOn: '2026-08-28', amountMinor: 300_000, note: '' });
const v = app.services.valuation.clientValuation(c.id);
for (const [k, f] of Object.entries(v.figures)) console.log(k, (f as {value: unknown}).value, (f as any).how);
app.close();
