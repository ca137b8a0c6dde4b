// The write step of a CSV import, shared by the import service (small files, in this thread)
// and the import worker (large files): neither imports the other.
import type { ImportKind } from '../../shared/domain/csv-import';
import type { ServiceContext } from '../core/context';
import type { MoneyService } from '../money/service';

/**
 * Checked rows written, all or none, in one transaction: clients with their first status, or
 * invoices through the money service (the same rules as one typed in: the number free, the due
 * date from the client's terms when the file has none). The same in this thread and in import-worker.
 */
export function writeImportRows(
  ctx: ServiceContext,
  money: MoneyService,
  kind: ImportKind,
  rows: readonly Record<string, unknown>[],
  at: string,
): void {
  if (kind === 'clients') {
    const ins = ctx.sqlite.prepare(
      `INSERT INTO clients (name, company, email, phone, status, client_since, acquisition_channel, acquisition_cost_minor, is_high_profile,
        payment_terms_kind, payment_terms_value, notes, created_at, updated_at)
       VALUES (@name, @company, @email, @phone, @status, @clientSince, @acquisitionChannel, @acquisitionCostMinor, @isHighProfile,
        @paymentTermsKind, @paymentTermsValue, @notes, @at, @at)`,
    );
    const status = ctx.sqlite.prepare(
      "INSERT INTO client_status_changes (client_id, from_status, to_status, changed_at, reason, created_at) VALUES (?, NULL, ?, ?, 'imported', ?)",
    );
    ctx.sqlite.transaction(() => {
      for (const v of rows) {
        const id = ins.run({ ...v, isHighProfile: v['isHighProfile'] ? 1 : 0, at }).lastInsertRowid;
        status.run(id, v['status'], at, at);
      }
    })();
    return;
  }
  money.createInvoices(
    rows.map(({ clientId, ...fields }) => ({
      clientId: clientId as number,
      fields: fields as Parameters<MoneyService['createInvoice']>[1],
    })),
    { at },
  );
}
