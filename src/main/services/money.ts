// The money ledger: invoices, payments and direct costs per client. Corrections never
// overwrite silently: each writes the before and after to record_revisions. Nothing is
// deleted — a wrong record is voided, and stays visible.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { directCosts, invoices, payments, recordRevisions } from '../db/schema';
import type {
  DirectCost,
  Invoice,
  Ledger,
  MoneyEntity,
  Payment,
  Revision,
  directCostFieldsSchema,
  invoiceFieldsSchema,
  paymentFieldsSchema,
} from '../../shared/contract/money';
import { dueDateFromTerms, invoiceStanding } from '../../shared/domain/invoice-standing';
import { AppError } from '../../shared/errors';
import { nowIso, todayIso, type ServiceContext } from './context';
import type { ClientsService } from './clients';
import type { SettingsService } from './settings';

type InvoiceRow = typeof invoices.$inferSelect;
type PaymentRow = typeof payments.$inferSelect;
type CostRow = typeof directCosts.$inferSelect;
type InvoiceFields = z.output<typeof invoiceFieldsSchema>;
type PaymentFields = z.output<typeof paymentFieldsSchema>;
type CostFields = z.output<typeof directCostFieldsSchema>;

function toPayment(p: PaymentRow): Payment {
  return { id: p.id, invoiceId: p.invoiceId, paidOn: p.paidOn, amountMinor: p.amountMinor, note: p.note, voidedAt: p.voidedAt };
}

export function createMoneyService(ctx: ServiceContext, deps: { clients: ClientsService; settings: SettingsService }) {
  const currency = () => deps.settings.profile()?.currency ?? 'TRY';

  function revisionCounts(entity: MoneyEntity, ids: number[]): Map<number, number> {
    if (ids.length === 0) return new Map();
    const rows = ctx.db
      .select({ entityId: recordRevisions.entityId, n: sql<number>`count(*)` })
      .from(recordRevisions)
      .where(and(eq(recordRevisions.entity, entity), inArray(recordRevisions.entityId, ids)))
      .groupBy(recordRevisions.entityId)
      .all();
    return new Map(rows.map((r) => [r.entityId, r.n]));
  }

  function toInvoices(rows: InvoiceRow[]): Invoice[] {
    const ids = rows.map((r) => r.id);
    const pays = ids.length
      ? ctx.db.select().from(payments).where(inArray(payments.invoiceId, ids)).orderBy(asc(payments.paidOn), asc(payments.id)).all()
      : [];
    const revs = revisionCounts('invoice', ids);
    const today = todayIso(ctx);
    return rows.map((r) => {
      const own = pays.filter((p) => p.invoiceId === r.id).map(toPayment);
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
        standing: invoiceStanding(r, own.filter((p) => !p.voidedAt), today),
        revisions: revs.get(r.id) ?? 0,
      };
    });
  }

  function toCosts(rows: CostRow[]): DirectCost[] {
    const revs = revisionCounts('direct_cost', rows.map((r) => r.id));
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

  function invoiceRow(id: number): InvoiceRow {
    const row = ctx.db.select().from(invoices).where(eq(invoices.id, id)).get();
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

  function revise(entity: MoneyEntity, entityId: number, before: object | null, after: object | null, reason: string, at: string) {
    ctx.db
      .insert(recordRevisions)
      .values({
        entity,
        entityId,
        before: before ? JSON.stringify(before) : null,
        after: after ? JSON.stringify(after) : null,
        reason,
        changedAt: at,
        createdAt: at,
      })
      .run();
  }

  function refuseVoided(row: { voidedAt: string | null }, what: string) {
    if (row.voidedAt) throw new AppError('INVALID_STATE', `This ${what} was voided; voided records cannot change.`);
  }

  function checkNumberFree(number: string, exceptId?: number) {
    const clash = ctx.db.select({ id: invoices.id }).from(invoices).where(eq(invoices.number, number)).get();
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

  function createInvoice(clientId: number, f: InvoiceFields): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      checkNumberFree(f.number);
      const row = ctx.db
        .insert(invoices)
        .values({ clientId, ...invoiceValues(clientId, f), createdAt: at, updatedAt: at })
        .returning()
        .get();
      return getInvoice(row.id);
    })();
  }

  function correctInvoice(id: number, f: InvoiceFields, reason: string): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = invoiceRow(id);
      refuseVoided(before, 'invoice');
      checkNumberFree(f.number, id);
      const after = ctx.db
        .update(invoices)
        .set({ ...invoiceValues(before.clientId, f), updatedAt: at })
        .where(eq(invoices.id, id))
        .returning()
        .get();
      revise('invoice', id, before, after, reason, at);
      return getInvoice(id);
    })();
  }

  function voidInvoice(id: number, reason: string): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = invoiceRow(id);
      refuseVoided(before, 'invoice');
      const after = ctx.db.update(invoices).set({ voidedAt: at, updatedAt: at }).where(eq(invoices.id, id)).returning().get();
      revise('invoice', id, before, after, reason, at);
      return getInvoice(id);
    })();
  }

  function addPayment(invoiceId: number, f: PaymentFields): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      refuseVoided(invoiceRow(invoiceId), 'invoice');
      ctx.db
        .insert(payments)
        .values({ invoiceId, ...f, createdAt: at, updatedAt: at })
        .run();
      return getInvoice(invoiceId);
    })();
  }

  function correctPayment(id: number, f: PaymentFields, reason: string): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = paymentRow(id);
      refuseVoided(before, 'payment');
      const after = ctx.db
        .update(payments)
        .set({ ...f, updatedAt: at })
        .where(eq(payments.id, id))
        .returning()
        .get();
      revise('payment', id, before, after, reason, at);
      return getInvoice(before.invoiceId);
    })();
  }

  function voidPayment(id: number, reason: string): Invoice {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = paymentRow(id);
      refuseVoided(before, 'payment');
      const after = ctx.db.update(payments).set({ voidedAt: at, updatedAt: at }).where(eq(payments.id, id)).returning().get();
      revise('payment', id, before, after, reason, at);
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

  function correctDirectCost(id: number, f: CostFields, reason: string): DirectCost {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = costRow(id);
      refuseVoided(before, 'cost');
      const after = ctx.db
        .update(directCosts)
        .set({ ...f, currency: f.currency ?? before.currency, updatedAt: at })
        .where(eq(directCosts.id, id))
        .returning()
        .get();
      revise('direct_cost', id, before, after, reason, at);
      return toCosts([after])[0]!;
    })();
  }

  function voidDirectCost(id: number, reason: string): DirectCost {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = costRow(id);
      refuseVoided(before, 'cost');
      const after = ctx.db.update(directCosts).set({ voidedAt: at, updatedAt: at }).where(eq(directCosts.id, id)).returning().get();
      revise('direct_cost', id, before, after, reason, at);
      return toCosts([after])[0]!;
    })();
  }

  function listRevisions(entity: MoneyEntity, entityId: number): Revision[] {
    return ctx.db
      .select()
      .from(recordRevisions)
      .where(and(eq(recordRevisions.entity, entity), eq(recordRevisions.entityId, entityId)))
      .orderBy(asc(recordRevisions.id))
      .all()
      .map((r) => ({
        id: r.id,
        entity,
        entityId: r.entityId,
        before: r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null,
        after: r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null,
        reason: r.reason,
        changedAt: r.changedAt,
      }));
  }

  /** The next free number after the highest numeric suffix of this year's invoices (INV-2026-0007). */
  function suggestNumber(): string {
    const year = todayIso(ctx).slice(0, 4);
    const prefix = `INV-${year}-`;
    const rows = ctx.sqlite
      .prepare(`SELECT number FROM invoices WHERE number LIKE ? ESCAPE '\\'`)
      .all(`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as { number: string }[];
    const max = rows.reduce((m, r) => Math.max(m, Number(r.number.slice(prefix.length)) || 0), 0);
    return `${prefix}${String(max + 1).padStart(4, '0')}`;
  }

  function ledger(clientId: number): Ledger {
    const client = deps.clients.get(clientId);
    const cur = currency();
    const invs = toInvoices(
      ctx.db.select().from(invoices).where(eq(invoices.clientId, clientId)).orderBy(asc(invoices.issuedOn), asc(invoices.id)).all(),
    );
    const costs = toCosts(
      ctx.db
        .select()
        .from(directCosts)
        .where(eq(directCosts.clientId, clientId))
        .orderBy(asc(directCosts.incurredOn), asc(directCosts.id))
        .all(),
    );
    const totals = { invoicedMinor: 0, paidMinor: 0, outstandingMinor: 0, overdueMinor: 0, discountMinor: 0, directCostsMinor: 0 };
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
    getInvoice,
    createInvoice,
    correctInvoice,
    voidInvoice,
    addPayment,
    correctPayment,
    voidPayment,
    addDirectCost,
    correctDirectCost,
    voidDirectCost,
    listRevisions,
  };
}
export type MoneyService = ReturnType<typeof createMoneyService>;
