import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { fold } from '../../shared/domain/fold';
import type { z } from 'zod';
import { clients, clientStatusChanges } from '../db/schema';
import type { Client, clientInputSchema, clientListQuery } from '../../shared/contract/clients';
import type { ClientStatus, PaymentTermsKind } from '../../shared/domain/client-status';
import { AppError } from '../../shared/errors';
import { nowIso, type ServiceContext } from '../core/context';
import type { Sqlite } from '../db/open';
import { newRecordId } from '../team/sync/local-ids';

type ClientRow = typeof clients.$inferSelect;
type ClientFields = z.output<typeof clientInputSchema>;

export function toClient(row: ClientRow): Client {
  return {
    ...row,
    status: row.status as ClientStatus,
    paymentTermsKind: row.paymentTermsKind as PaymentTermsKind,
  };
}

/** A new client as every path writes one: typed in, imported from a CSV, or sample data. */
export type NewClientRow = ClientFields & { isSample?: boolean };

const insertClientSql = `INSERT INTO clients (id, name, company, email, phone, status, client_since, acquisition_channel,
    acquisition_cost_minor, is_high_profile, payment_terms_kind, payment_terms_value, notes, is_sample, created_at, updated_at)
  VALUES (@id, @name, @company, @email, @phone, @status, @clientSince, @acquisitionChannel, @acquisitionCostMinor, @isHighProfile,
    @paymentTermsKind, @paymentTermsValue, @notes, @isSample, @at, @at)`;

/**
 * The one way a client row is written (statements prepared once, for imports of thousands):
 * the row, then its first status change. The caller holds the transaction. `firstStatus` and
 * `statusAt` let sample data tell a history (a former client first active on the day it began).
 */
export function clientInserter(sqlite: Sqlite) {
  const row = sqlite.prepare(insertClientSql);
  const status = sqlite.prepare(
    'INSERT INTO client_status_changes (client_id, from_status, to_status, changed_at, reason, created_at) VALUES (?, NULL, ?, ?, ?, ?)',
  );
  return (c: NewClientRow, o: { at: string; reason: string; firstStatus?: string; statusAt?: string }): number => {
    const current = c.status ?? 'active';
    const id = Number(
      row.run({
        // null: SQLite's next id; in a team replica, a negative one until the server gives its own
        id: newRecordId(sqlite, 'clients'),
        // the column defaults of db/schema.ts for what a caller leaves out
        name: c.name,
        company: c.company ?? '',
        email: c.email ?? '',
        phone: c.phone ?? '',
        status: current,
        clientSince: c.clientSince ?? null,
        acquisitionChannel: c.acquisitionChannel ?? '',
        acquisitionCostMinor: c.acquisitionCostMinor ?? 0,
        isHighProfile: c.isHighProfile ? 1 : 0,
        paymentTermsKind: c.paymentTermsKind ?? 'days',
        paymentTermsValue: c.paymentTermsValue ?? 30,
        notes: c.notes ?? '',
        isSample: c.isSample ? 1 : 0,
        at: o.at,
      }).lastInsertRowid,
    );
    status.run(id, o.firstStatus ?? current, o.statusAt ?? o.at, o.reason, o.at);
    return id;
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

  const insert = clientInserter(ctx.sqlite);
  function create(input: ClientFields): Client {
    const at = nowIso(ctx);
    return ctx.sqlite.transaction(() => get(insert(input, { at, reason: 'created' })))();
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
