import type { ApiImpl } from '../../shared/contract';
import type { transferContract } from '../../shared/contract/transfer';
import { AppError } from '../../shared/errors';
import type { Services } from '../core/services';
import { writeCsvExport, writeFullExport } from './export';
import { dialogText, ownerLanguage } from '../dialog-text';

export function transferHandlers(s: Services) {
  const guard = () => {
    if (s.deps.runtime?.inRecovery()) throw new AppError('DB_DAMAGED', 'No usable database is open.');
  };
  return {
    previewImport: ({ kind }) => {
      guard();
      return s.importer.preview(kind);
    },
    rereadImport: ({ token, encoding, delimiter }) => s.importer.reread(token, { encoding, delimiter }),
    checkImport: ({ token, mapping }) => s.importer.check(token, mapping),
    commitImport: ({ token, mapping, skipDuplicates }) => {
      guard();
      return s.importer.commit(token, mapping, skipDuplicates);
    },
    exportAll: async () => {
      guard();
      const folder = await s.dialogs.chooseFolder(dialogText(ownerLanguage(s.settings), 'exportAll'));
      return folder ? writeFullExport(s.ctx, folder, s.version) : null;
    },
    exportCsv: async ({ table }) => {
      guard();
      const folder = await s.dialogs.chooseFolder(dialogText(ownerLanguage(s.settings), 'exportCsv'));
      return folder ? writeCsvExport(s.ctx, folder, table) : null;
    },
  } satisfies Pick<ApiImpl, keyof typeof transferContract>;
}
