import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { fold } from '../../shared/domain/fold';
import type { z } from 'zod';
import { clients, clientStatusChanges } from '../db/schema';
import type { Client, clientInputSchema, clientListQuery } from '../../shared/contract/clients';
import type { ClientStatus, PaymentTermsKind } from '../../shared/domain/client-status';
import { AppError } from '../../shared/errors';
import { nowIso, type ServiceContext } from '../core/context';

type ClientRow = typeof clients.$inferSelect;
type ClientFields = z.output<typeof clientInputSchema>;

export function toClient(row: ClientRow): Client {
  return {
    ...row,
    status: row.status as ClientStatus,
    paymentTermsKind: row.paymentTermsKind as PaymentTermsKind,
  };
}

/** LIKE pattern matching `s` literally anywhere. */
function containsPattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function createClientsService(ctx: ServiceContext) {
  const byId = ctx.db
    .select()
    .from(clients)
    .where(eq(clients.id, sql.placeholder('id')))
    .prepare();
  function get(id: number): Client {
    const row = byId.get({ id });
    if (!row) throw new AppError('NOT_FOUND', `No client with id ${id}`, { details: { id } });
    return toClient(row);
  }

  function list(q: z.output<typeof clientListQuery>): Client[] {
    const conds: SQL[] = [];
    if (!q.includeArchived) conds.push(isNull(clients.archivedAt));
    if (q.status) conds.push(eq(clients.status, q.status));
    if (q.search) {
      const p = containsPattern(fold(q.search));
      conds.push(
        or(
          sql`fold(${clients.name}) LIKE ${p} ESCAPE '\\'`,
          sql`fold(${clients.company}) LIKE ${p} ESCAPE '\\'`,
          sql`fold(${clients.email}) LIKE ${p} ESCAPE '\\'`,
          sql`${clients.phone} LIKE ${p} ESCAPE '\\'`,
        )!,
      );
    }
    return ctx.db
      .select()
      .from(clients)
      .where(conds.length ? and(...conds) : undefined)
      .orderBy(asc(sql`${clients.name} COLLATE NOCASE`), asc(clients.id))
      .all()
      .map(toClient);
  }

  function recordStatusChange(clientId: number, from: string | null, to: string, reason: string, at: string) {
    ctx.db
      .insert(clientStatusChanges)
      .values({ clientId, fromStatus: from, toStatus: to, changedAt: at, reason, createdAt: at })
      .run();
  }

  function create(input: ClientFields): Client {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const row = ctx.db
        .insert(clients)
        .values({ ...input, createdAt: at, updatedAt: at })
        .returning()
        .get();
      recordStatusChange(row.id, null, row.status, 'created', at);
      return toClient(row);
    })();
  }

  function update(id: number, input: ClientFields): Client {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = get(id);
      const row = ctx.db
        .update(clients)
        .set({ ...input, updatedAt: at })
        .where(eq(clients.id, id))
        .returning()
        .get();
      if (before.status !== row.status) recordStatusChange(id, before.status, row.status, 'edited', at);
      return toClient(row);
    })();
  }

  /** Explicit, dated status move (used by the offboarding wizards). */
  function setStatus(id: number, status: ClientStatus, reason: string): Client {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => {
      const before = get(id);
      if (before.status === status) return before;
      const row = ctx.db.update(clients).set({ status, updatedAt: at }).where(eq(clients.id, id)).returning().get();
      recordStatusChange(id, before.status, status, reason, at);
      return toClient(row);
    })();
  }

  function setArchived(id: number, archived: boolean): Client {
    get(id);
    const at = nowIso(ctx);
    const row = ctx.db
      .update(clients)
      .set({ archivedAt: archived ? at : null, updatedAt: at })
      .where(eq(clients.id, id))
      .returning()
      .get();
    return toClient(row);
  }

  return {
    get,
    list,
    create,
    update,
    setStatus,
    archive: (id: number) => setArchived(id, true),
    restore: (id: number) => setArchived(id, false),
  };
}
export type ClientsService = ReturnType<typeof createClientsService>;
