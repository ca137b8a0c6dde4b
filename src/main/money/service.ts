// The money ledger: invoices, payments and direct costs per client. Corrections never
// overwrite silently: each writes the before and after to record_revisions. Nothing is
// deleted — a wrong record is voided, and stays visible.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { directCosts, invoices, payments } from '../db/schema';
import type {
  DirectCost,
  Invoice,
  Ledger,
  Payment,
  directCostFieldsSchema,
  invoiceFieldsSchema,
  paymentFieldsSchema,
} from '../../shared/contract/money';
import { dueDateFromTerms, invoiceStanding } from '../../shared/domain/invoice-standing';
import { groupBy } from '../../shared/domain/group-by';
import { AppError } from '../../shared/errors';
import { nowIso, todayIso, writesCounter, type ServiceContext } from '../core/context';
import type { ClientsService } from '../clients/service';
import type { SettingsService } from '../settings/service';
import { createRevisionLog } from './revisions';
import { newRecordId } from '../team/sync/local-ids';

type InvoiceRow = typeof invoices.$inferSelect;
type PaymentRow = typeof payments.$inferSelect;
type CostRow = typeof directCosts.$inferSelect;
export interface ClientMoneyRows {
  invoices: readonly InvoiceRow[];
  payments: readonly PaymentRow[];
  costs: readonly CostRow[];
}
type InvoiceFields = z.output<typeof invoiceFieldsSchema>;
type PaymentFields = z.output<typeof paymentFieldsSchema>;
type CostFields = z.output<typeof directCostFieldsSchema>;

function toPayment(p: PaymentRow): Payment {
  return { id: p.id, invoiceId: p.invoiceId, paidOn: p.paidOn, amountMinor: p.amountMinor, note: p.note, voidedAt: p.voidedAt };
}

export function createMoneyService(ctx: ServiceContext, deps: { clients: ClientsService; settings: SettingsService }) {
  const currency = () => deps.settings.profile()?.currency ?? 'TRY';

  const revisions = createRevisionLog(ctx);

  // The ledger is read on every visit to a client: its statements are built and prepared once.
  const clientId = sql.placeholder('clientId');
  const byClient = {
    invoices: ctx.db
      .select()
      .from(invoices)
      .where(eq(invoices.clientId, clientId))
      .orderBy(asc(invoices.issuedOn), asc(invoices.id))
      .prepare(),
    payments: ctx.db
      .select({ p: payments })
      .from(payments)
      .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
      .where(eq(invoices.clientId, clientId))
      .orderBy(asc(payments.paidOn), asc(payments.id))
      .prepare(),
    costs: ctx.db
      .select()
      .from(directCosts)
      .where(eq(directCosts.clientId, clientId))
      .orderBy(asc(directCosts.incurredOn), asc(directCosts.id))
      .prepare(),
  };

  // A client's page asks for the ledger and the valuation together; both need all of the
  // client's invoices, payments and costs. The last client's rows are kept until a write.
  const writes = writesCounter(ctx.sqlite);
  let last: { key: string; rows: ClientMoneyRows } | null = null;
  function clientRows(clientId: number): ClientMoneyRows {
    const key = `${clientId}|${writes()}`;
    if (last?.key !== key) {
      const rows: ClientMoneyRows = {
        invoices: Object.freeze(byClient.invoices.all({ clientId })),
        payments: Object.freeze(byClient.payments.all({ clientId }).map((r) => r.p)),
        costs: Object.freeze(byClient.costs.all({ clientId })),
      };
      last = { key, rows };
    }
    return last.rows;
  }

  function paymentsOf(ids: number[]): PaymentRow[] {
    return ids.length
      ? ctx.db
          .select()
          .from(payments)
          .where(inArray(payments.invoiceId, ids))
          .orderBy(asc(payments.paidOn), asc(payments.id))
          .all()
      : [];
  }

  /** Invoices with their payments (by default read for these invoices) and revision counts. */
  function toInvoices(
    rows: readonly InvoiceRow[],
    pays: readonly PaymentRow[] = paymentsOf(rows.map((r) => r.id)),
    revs = revisions.counts(
      'invoice',
      rows.map((r) => r.id),
    ),
  ): Invoice[] {
    const today = todayIso(ctx);
    const paysOf = groupBy(pays.map(toPayment), (p) => p.invoiceId);
    return rows.map((r) => {
      const own = paysOf.get(r.id) ?? [];
      return {
        id: r.id,
        clientId: r.clientId,
        number: r.number,
        issuedOn: r.issuedOn,
        dueOn: r.dueOn,
        amountMinor: r.amountMinor,
        listPriceMinor: r.listPriceMinor,
        currency: r.currency,
        description: r.description,
        voidedAt: r.voidedAt,
        isSample: r.isSample,
        payments: own,
        standing: invoiceStanding(
          r,
          own.filter((p) => !p.voidedAt),
          today,
        ),
        revisions: revs.get(r.id) ?? 0,
      };
    });
  }

  function toCosts(
    rows: readonly CostRow[],
    revs = revisions.counts(
      'direct_cost',
      rows.map((r) => r.id),
    ),
  ): DirectCost[] {
    return rows.map((r) => ({
      id: r.id,
      clientId: r.clientId,
      incurredOn: r.incurredOn,
      amountMinor: r.amountMinor,
      currency: r.currency,
      description: r.description,
      voidedAt: r.voidedAt,
      revisions: revs.get(r.id) ?? 0,
    }));
  }

  // Invoice writes are prepared once too: an import writes thousands in one go.
  const one = {
    invoice: ctx.db
      .select()
      .from(invoices)
      .where(eq(invoices.id, sql.placeholder('id')))
      .prepare(),
    numberOwner: ctx.db
      .select({ id: invoices.id })
      .from(invoices)
      .where(eq(invoices.number, sql.placeholder('number')))
      .prepare(),
    insertInvoice: ctx.db
      .insert(invoices)
      .values({
        id: sql.placeholder('id'),
        clientId: sql.placeholder('clientId'),
        number: sql.placeholder('number'),
        issuedOn: sql.placeholder('issuedOn'),
        dueOn: sql.placeholder('dueOn'),
        amountMinor: sql.placeholder('amountMinor'),
        listPriceMinor: sql.placeholder('listPriceMinor'),
        currency: sql.placeholder('currency'),
        description: sql.placeholder('description'),
        createdAt: sql.placeholder('at'),
        updatedAt: sql.placeholder('at'),
      })
      .returning({ id: invoices.id })
      .prepare(),
  };

  function invoiceRow(id: number): InvoiceRow {
    const row = one.invoice.get({ id });
    if (!row) throw new AppError('NOT_FOUND', `No invoice with id ${id}`, { details: { id } });
    return row;
  }
  const getInvoice = (id: number): Invoice => toInvoices([invoiceRow(id)])[0]!;

  function paymentRow(id: number): PaymentRow {
    const row = ctx.db.select().from(payments).where(eq(payments.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', `No payment with id ${id}`, { details: { id } });
    return row;
  }

  function costRow(id: number): CostRow {
    const row = ctx.db.select().from(directCosts).where(eq(directCosts.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', `No direct cost with id ${id}`, { details: { id } });
    return row;
  }

  function checkNumberFree(number: string, exceptId?: number) {
    const clash = one.numberOwner.get({ number });
    if (clash && clash.id !== exceptId) {
      throw new AppError('CONFLICT', `Invoice number ${number} is already used`, { details: { field: 'number' } });
    }
  }

  function invoiceValues(clientId: number, f: InvoiceFields) {
    const client = deps.clients.get(clientId);
    return {
      number: f.number,
      issuedOn: f.issuedOn,
      dueOn: f.dueOn ?? dueDateFromTerms(f.issuedOn, client.paymentTermsKind, client.paymentTermsValue),
      amountMinor: f.amountMinor,
      listPriceMinor: f.listPriceMinor,
      currency: f.currency ?? currency(),
      description: f.description,
    };
  }

  /** Checks the number and writes one invoice; the caller holds the transaction. */
  function insertInvoice(clientId: number, f: InvoiceFields, at: string): number {
    checkNumberFree(f.number);
    const id = newRecordId(ctx.sqlite, 'invoices');
    return one.insertInvoice.get({ id, clientId, ...invoiceValues(clientId, f), at })!.id;
  }

  function createInvoice(clientId: number, f: InvoiceFields): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => getInvoice(insertInvoice(clientId, f, at)))();
  }

  /**
   * Many invoices, all or none, under the same rules as one (the number free, the due date
   * from the client's terms when none is given); `onWritten` hears every `every` invoices.
   */
  function createInvoices(
    items: readonly { clientId: number; fields: InvoiceFields }[],
    opts: { at?: string; onWritten?: (done: number) => void; every?: number } = {},
  ): number {
    const at = opts.at ?? nowIso(ctx);
    const every = opts.every ?? 500;
    return ctx.sqlite.transaction(() => {
      items.forEach(({ clientId, fields }, i) => {
        insertInvoice(clientId, fields, at);
        if (opts.onWritten && (i + 1) % every === 0) opts.onWritten(i + 1);
      });
      return items.length;
    })();
  }

  function correctInvoice(id: number, f: InvoiceFields, reason: string): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = invoiceRow(id);
      checkNumberFree(f.number, id);
      const values = { ...invoiceValues(before.clientId, f), updatedAt: at };
      revisions.change('invoice', before, reason, at, () =>
        ctx.db.update(invoices).set(values).where(eq(invoices.id, id)).returning().get(),
      );
      return getInvoice(id);
    })();
  }

  function voidInvoice(id: number, reason: string): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      revisions.change('invoice', invoiceRow(id), reason, at, () =>
        ctx.db.update(invoices).set({ voidedAt: at, updatedAt: at }).where(eq(invoices.id, id)).returning().get(),
      );
      return getInvoice(id);
    })();
  }

  /**
   * A payment above what is still open on the invoice (every recorded payment counted, whatever
   * its date) is refused unless the owner confirmed it: the excess then stands as the client's
   * credit (derived, see invoiceStanding). 10^8 times the invoice is a typo far more often than a
   * payment. `exceptPaymentId`: the payment being corrected, whose old amount is not counted.
   */
  function checkOverpayment(invoice: InvoiceRow, amountMinor: number, confirmed: boolean, exceptPaymentId?: number) {
    const paid = paymentsOf([invoice.id])
      .filter((p) => !p.voidedAt && p.id !== exceptPaymentId)
      .reduce((sum, p) => sum + p.amountMinor, 0);
    const openMinor = Math.max(0, invoice.amountMinor - paid);
    if (amountMinor <= openMinor || confirmed) return;
    throw new AppError(
      'CONFLICT',
      `The payment is ${amountMinor - openMinor} (minor units) more than the ${openMinor} still open on invoice ${invoice.number}; confirm it to keep the excess as a credit.`,
      {
        details: {
          reason: 'overpayment',
          field: 'amountMinor',
          openMinor,
          creditMinor: amountMinor - openMinor,
          currency: invoice.currency,
        },
      },
    );
  }

  function addPayment(invoiceId: number, f: PaymentFields, opts: { confirmOverpayment?: boolean } = {}): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const invoice = invoiceRow(invoiceId);
      if (invoice.voidedAt) throw new AppError('INVALID_STATE', 'This invoice was voided; it takes no payments.');
      checkOverpayment(invoice, f.amountMinor, opts.confirmOverpayment === true);
      ctx.db
        .insert(payments)
        .values({ id: newRecordId(ctx.sqlite, 'payments') ?? undefined, invoiceId, ...f, createdAt: at, updatedAt: at })
        .run();
      return getInvoice(invoiceId);
    })();
  }

  /** A payment corrected (`fields`) or voided (no fields); the invoice it belongs to is returned. */
  function changePayment(id: number, fields: PaymentFields | null, reason: string, confirmOverpayment = false): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = paymentRow(id);
      if (fields) checkOverpayment(invoiceRow(before.invoiceId), fields.amountMinor, confirmOverpayment, id);
      const values = fields ? { ...fields, updatedAt: at } : { voidedAt: at, updatedAt: at };
      revisions.change('payment', before, reason, at, () =>
        ctx.db.update(payments).set(values).where(eq(payments.id, id)).returning().get(),
      );
      return getInvoice(before.invoiceId);
    })();
  }

  function addDirectCost(clientId: number, f: CostFields): DirectCost {
    deps.clients.get(clientId);
    const at = nowIso(ctx);
    const row = ctx.db
      .insert(directCosts)
      .values({ clientId, ...f, currency: f.currency ?? currency(), createdAt: at, updatedAt: at })
      .returning()
      .get();
    return toCosts([row])[0]!;
  }

  /** A direct cost corrected (`fields`) or voided (no fields). */
  function changeDirectCost(id: number, fields: CostFields | null, reason: string): DirectCost {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = costRow(id);
      const values = fields
        ? { ...fields, currency: fields.currency ?? before.currency, updatedAt: at }
        : { voidedAt: at, updatedAt: at };
      const after = revisions.change('direct_cost', before, reason, at, () =>
        ctx.db.update(directCosts).set(values).where(eq(directCosts.id, id)).returning().get(),
      );
      return toCosts([after])[0]!;
    })();
  }

  const range = `number >= ? AND number < ?`;
  const numbersBetween = ctx.sqlite.prepare<[string, string, string, string], { number: string }>(
    `SELECT number FROM invoices WHERE (${range}) OR (${range})`,
  );
  /** The next free number after the highest numeric suffix of this year's invoices (INV-2026-0007). */
  function suggestNumber(): string {
    const year = todayIso(ctx).slice(0, 4);
    const prefix = `INV-${year}-`;
    // Ranges over the unique index on number (a LIKE would read every invoice ever written on
    // each ledger load: 9 ms at 165,000 invoices); both spellings a person may have typed.
    const upper = (p: string) => `${p.slice(0, -1)}.`; // the first string after every "…-" prefix
    const lower = prefix.toLowerCase();
    const rows = numbersBetween.all(prefix, upper(prefix), lower, upper(lower));
    const max = rows.reduce((m, r) => Math.max(m, Number(r.number.slice(prefix.length)) || 0), 0);
    return `${prefix}${String(max + 1).padStart(4, '0')}`;
  }

  function ledger(clientId: number): Ledger {
    const client = deps.clients.get(clientId);
    const cur = currency();
    const rows = clientRows(clientId);
    const revs = revisions.countsOfClient(clientId);
    const invs = toInvoices(rows.invoices, rows.payments, revs.invoice);
    const costs = toCosts(rows.costs, revs.direct_cost);
    const totals = {
      invoicedMinor: 0,
      paidMinor: 0,
      outstandingMinor: 0,
      creditMinor: 0,
      overdueMinor: 0,
      discountMinor: 0,
      directCostsMinor: 0,
    };
    let otherCurrencyInvoices = 0;
    for (const inv of invs) {
      if (inv.voidedAt) continue;
      if (inv.currency !== cur) {
        otherCurrencyInvoices += 1;
        continue;
      }
      totals.invoicedMinor += inv.amountMinor;
      totals.paidMinor += inv.standing.paidMinor;
      totals.outstandingMinor += inv.standing.outstandingMinor;
      totals.creditMinor += inv.standing.creditMinor;
      if (inv.standing.status === 'overdue') totals.overdueMinor += inv.standing.outstandingMinor;
      totals.discountMinor += Math.max(0, (inv.listPriceMinor ?? inv.amountMinor) - inv.amountMinor);
    }
    for (const c of costs) if (!c.voidedAt && c.currency === cur) totals.directCostsMinor += c.amountMinor;
    return {
      clientId,
      currency: cur,
      invoices: invs,
      directCosts: costs,
      totals,
      otherCurrencyInvoices,
      suggestedNumber: suggestNumber(),
      today: todayIso(ctx),
      defaultDueOn: dueDateFromTerms(todayIso(ctx), client.paymentTermsKind, client.paymentTermsValue),
    };
  }

  return {
    ledger,
    clientRows,
    getInvoice,
    createInvoice,
    createInvoices,
    correctInvoice,
    voidInvoice,
    addPayment,
    correctPayment: (id: number, f: PaymentFields, reason: string, opts: { confirmOverpayment?: boolean } = {}) =>
      changePayment(id, f, reason, opts.confirmOverpayment === true),
    voidPayment: (id: number, reason: string) => changePayment(id, null, reason),
    addDirectCost,
    correctDirectCost: (id: number, f: CostFields, reason: string) => changeDirectCost(id, f, reason),
    voidDirectCost: (id: number, reason: string) => changeDirectCost(id, null, reason),
    listRevisions: revisions.list,
  };
}
export type MoneyService = ReturnType<typeof createMoneyService>;
