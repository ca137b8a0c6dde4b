import { z } from 'zod';
import { method } from './define';

// Full export to a folder the owner picks, and CSV exports of single tables. Folders are
// picked in main; nothing here carries a path from the renderer.

export interface ExportResult {
  folder: string;
  files: number;
  missingAttachments: number;
  journalOk: boolean;
}

export const csvTables = ['clients', 'invoices', 'journal'] as const;

export const transferContract = {
  /** null when the owner cancels the folder picker */
  exportAll: method<ExportResult | null>()(z.undefined()),
  exportCsv: method<{ path: string; rows: number } | null>()(z.strictObject({ table: z.enum(csvTables) })),
};
