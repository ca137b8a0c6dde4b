import { z } from 'zod';
import { method } from './define';
import { csvDelimiters, csvEncodings, importKinds, type CsvDelimiter, type CsvEncoding } from '../domain/csv-import';

// Full export to a folder the owner picks, and CSV exports of single tables. Folders are
// picked in main; nothing here carries a path from the renderer.

export interface ExportResult {
  folder: string;
  files: number;
  missingAttachments: number;
  journalOk: boolean;
}

export const csvTables = ['clients', 'invoices', 'journal'] as const;

export interface ImportPreview {
  token: string;
  kind: (typeof importKinds)[number];
  fileName: string;
  /** a CSV text file, or an Excel workbook (.xlsx) read from its first sheet (encoding and delimiter then do not apply) */
  format: 'csv' | 'xlsx';
  /** the worksheet read, for an Excel workbook */
  sheetName: string | null;
  /** as detected, or as the owner chose it */
  encoding: CsvEncoding;
  /** the file starts with a byte order mark */
  bom: boolean;
  delimiter: CsvDelimiter;
  /** why the file cannot be imported as read (characters that do not decode): shown, and the check refuses */
  problem: ImportDecodeProblem | null;
  headers: string[];
  rowCount: number;
  /** the first rows, as parsed */
  sample: string[][];
  fields: { key: string; required: boolean }[];
  suggestedMapping: Record<string, number | null>;
}

export interface ImportDecodeProblem {
  reason: 'replacement' | 'unsupported';
  count: number;
  /** the spreadsheet row of the first character that could not be read */
  row: number;
  /** the encoding the file most likely is in */
  likely: string | null;
}

export interface ImportIssue {
  /** the spreadsheet row: the header is row 1, the first data row is row 2 */
  row: number;
  field: string;
  /** an i18n key (validation.…, or money.input.… for an amount that cannot be read) */
  message: string;
  /** the key's values, already formatted in the owner's language (how an ambiguous amount reads) */
  values?: Record<string, string>;
}

export interface ImportReport {
  total: number;
  valid: number;
  errorCount: number;
  /** the first 500 */
  errors: ImportIssue[];
  duplicateCount: number;
  duplicates: ImportIssue[];
}

export interface ImportResult {
  imported: number;
  skippedDuplicates: number;
}

const token = z.string().regex(/^[a-f0-9]{32}$/, { message: 'validation.invalid' });
const mapping = z.record(z.string().regex(/^[A-Za-z]{1,40}$/), z.number().int().min(0).max(1_000).nullable());

export const importContract = {
  /** asks for a CSV file; null when cancelled */
  previewImport: method<ImportPreview | null>()(z.strictObject({ kind: z.enum(importKinds) })),
  /** the chosen file read again in another encoding or with another delimiter */
  rereadImport: method<ImportPreview>()(
    z.strictObject({ token, encoding: z.enum(csvEncodings).optional(), delimiter: z.enum(csvDelimiters).optional() }),
  ),
  checkImport: method<ImportReport>()(z.strictObject({ token, mapping })),
  /** all rows or none, in one transaction, after a backup */
  commitImport: method<ImportResult>()(z.strictObject({ token, mapping, skipDuplicates: z.boolean() })),
};

export const transferContract = {
  ...importContract,
  /** null when the owner cancels the folder picker */
  exportAll: method<ExportResult | null>()(z.undefined()),
  exportCsv: method<{ path: string; rows: number } | null>()(z.strictObject({ table: z.enum(csvTables) })),
};
