// The write step of a CSV import, shared by the import service (small files, in this thread)
// and the import worker (large files): neither imports the other.
import type { ImportKind } from '../../shared/domain/csv-import';
import type { ServiceContext } from '../core/context';
import type { MoneyService } from '../money/service';
import { clientInserter, type NewClientRow } from '../clients/service';

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
    const insert = clientInserter(ctx.sqlite);
    ctx.sqlite.transaction(() => {
      for (const v of rows) insert(v as NewClientRow, { at, reason: 'imported' });
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
