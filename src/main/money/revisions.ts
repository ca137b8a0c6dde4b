// Corrections keep history: every change to a money record stores its before and after,
// with the owner's reason, in record_revisions. Voided records never change again.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { recordRevisions } from '../db/schema';
import type { MoneyEntity, Revision } from '../../shared/contract/money';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../core/context';

export function createRevisionLog(ctx: ServiceContext) {
  /** Applies `write` to a record that is not voided and logs the before and after. */
  function change<T extends { voidedAt: string | null }>(
    entity: MoneyEntity,
    before: T,
    reason: string,
    at: string,
    write: () => T & { id: number },
  ): T {
    if (before.voidedAt)
      throw new AppError('INVALID_STATE', `This ${entity.replace('_', ' ')} was voided; voided records cannot change.`);
    const after = write();
    ctx.db
      .insert(recordRevisions)
      .values({
        entity,
        entityId: after.id,
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        reason,
        changedAt: at,
        createdAt: at,
      })
      .run();
    return after;
  }

  function counts(entity: MoneyEntity, ids: number[]): Map<number, number> {
    if (ids.length === 0) return new Map();
    const rows = ctx.db
      .select({ entityId: recordRevisions.entityId, n: sql<number>`count(*)` })
      .from(recordRevisions)
      .where(and(eq(recordRevisions.entity, entity), inArray(recordRevisions.entityId, ids)))
      .groupBy(recordRevisions.entityId)
      .all();
    return new Map(rows.map((r) => [r.entityId, r.n]));
  }

  // every revision count of one client's invoices and costs, for the ledger (prepared once)
  const ofClient = ctx.sqlite.prepare<{ clientId: number }, { entity: MoneyEntity; entityId: number; n: number }>(
    `SELECT entity, entity_id AS entityId, count(*) AS n FROM record_revisions
     WHERE (entity = 'invoice' AND entity_id IN (SELECT id FROM invoices WHERE client_id = @clientId))
        OR (entity = 'direct_cost' AND entity_id IN (SELECT id FROM direct_costs WHERE client_id = @clientId))
     GROUP BY entity, entity_id`,
  );
  function countsOfClient(clientId: number): Record<'invoice' | 'direct_cost', Map<number, number>> {
    const out = { invoice: new Map<number, number>(), direct_cost: new Map<number, number>() };
    for (const r of ofClient.all({ clientId })) if (r.entity !== 'payment') out[r.entity].set(r.entityId, r.n);
    return out;
  }

  function list(entity: MoneyEntity, entityId: number): Revision[] {
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

  return { change, counts, countsOfClient, list };
}
