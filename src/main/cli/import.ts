import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { delimiterNames, importKinds, type CsvDelimiter, type ImportKind } from '../../shared/domain/csv-import';
import type { ImportIssue } from '../../shared/contract/transfer';
import { AppError } from '../../shared/errors';
import { translatorFor } from '../pdf/translate';
import { ownerLanguage } from '../dialog-text';
import { languages, type Language } from '../../shared/domain/format';
import { decodeProblemText, encodingNamed } from '../transfer/csv-decode';
import { openExisting, requireString, UsageError, type CliCommand } from './common';

/** A 0-based column index as the spreadsheet's letters: 0 → A, 26 → AA. */
const columnLetters = (i: number): string =>
  (i >= 26 ? columnLetters(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

const delimiterOf = (s: string): CsvDelimiter | null => {
  const byName = Object.entries(delimiterNames).find(([, n]) => n === s.toLowerCase())?.[0];
  const d = s === '\\t' ? '\t' : (byName ?? s);
  return d in delimiterNames ? (d as CsvDelimiter) : null;
};

/**
 * The import service the app uses, from a file path: the encoding and delimiter detected unless
 * given, the columns mapped as the app suggests, every row checked, then all rows or none
 * written after a backup. 0 imported (or, with --dry-run, importable); 1 refused, with row numbers.
 */
export const importCommand: CliCommand = {
  summary:
    'import clients or invoices from a CSV file or an Excel workbook (.xlsx: its first sheet), all rows or none after a backup (encodings: utf-8, utf-16le, utf-16be, windows-1254, iso-8859-9)',
  usage:
    'import <clients|invoices> --db <path> --file <csv|xlsx> [--encoding X] [--delimiter comma|semicolon|tab] [--skip-duplicates] [--dry-run] [--lang en|tr|az]',
  positionals: true,
  options: {
    db: { type: 'string' },
    file: { type: 'string' },
    encoding: { type: 'string' },
    delimiter: { type: 'string' },
    'skip-duplicates': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    lang: { type: 'string' },
  },
  async run(values, io, positionals) {
    const [kind, ...extra] = positionals;
    if (!kind || !(importKinds as readonly string[]).includes(kind) || extra.length)
      throw new UsageError('say what to import: clients or invoices');
    const file = resolve(requireString(values, 'file'));
    if (!existsSync(file)) throw new UsageError(`no file at ${file}`);
    const encoding = typeof values['encoding'] === 'string' ? encodingNamed(values['encoding']) : undefined;
    if (encoding === null) throw new UsageError(`unknown encoding: ${String(values['encoding'])}`);
    const delimiter = typeof values['delimiter'] === 'string' ? delimiterOf(values['delimiter']) : undefined;
    if (delimiter === null) throw new UsageError(`unknown delimiter: ${String(values['delimiter'])}`);
    const langGiven = values['lang'];
    if (langGiven !== undefined && !(languages as readonly string[]).includes(String(langGiven)))
      throw new UsageError('--lang must be en, tr or az');
    const { database, services } = openExisting(requireString(values, 'db'));
    // the problems in the owner's words (or --lang's), as the app lists them
    const en = translatorFor((langGiven as Language | undefined) ?? ownerLanguage(services.settings));
    try {
      const p = services.importer.previewFile(kind as ImportKind, file, { encoding, delimiter });
      /** the spreadsheet column a problem is in: its letter and its header, as the owner sees them */
      const column = (field: string) => {
        const index = p.suggestedMapping[field.replace(/Minor$/, '')];
        return index === null || index === undefined ? '' : ` — column ${columnLetters(index)} “${p.headers[index] ?? ''}”`;
      };
      const line = (i: ImportIssue) =>
        `row ${i.row}${i.field ? ` (${i.field})` : ''}: ${en(i.message, i.values)}${i.field ? column(i.field) : ''}`;
      io.out(`file: ${p.fileName}, ${p.rowCount} rows`);
      if (p.format === 'xlsx') io.out(`format: Excel workbook (.xlsx), sheet "${p.sheetName ?? ''}"`);
      else {
        io.out(`encoding: ${p.encoding}${p.bom ? ' (with BOM)' : ''}${encoding ? '' : ' (detected)'}`);
        io.out(`delimiter: ${delimiterNames[p.delimiter]}${delimiter ? '' : ' (detected)'}`);
      }
      if (p.problem) {
        io.out(`refused: ${decodeProblemText(p.problem, p.encoding)}`);
        return 1;
      }
      const report = services.importer.check(p.token, p.suggestedMapping);
      io.out(`rows: ${report.valid} valid, ${report.errorCount} with problems, ${report.duplicateCount} duplicates`);
      for (const e of report.errors) io.out(line(e));
      for (const d of report.duplicates) io.out(line(d));
      const skip = values['skip-duplicates'] === true;
      if (report.errorCount > 0 || (report.duplicateCount > 0 && !skip)) {
        io.out(
          report.errorCount > 0
            ? `refused: ${report.errorCount} rows are not valid; nothing was imported`
            : `refused: ${report.duplicateCount} rows are duplicates; nothing was imported (--skip-duplicates imports the others)`,
        );
        return 1;
      }
      if (values['dry-run'] === true) {
        io.out(`dry run: ${report.valid - (skip ? report.duplicateCount : 0)} rows would be imported; nothing was written`);
        return 0;
      }
      const r = await services.importer.commit(p.token, p.suggestedMapping, skip);
      io.out(`imported: ${r.imported} rows (${r.skippedDuplicates} duplicates skipped)`);
      return 0;
    } catch (e) {
      // the file or its columns refused: a refusal (1), not bad usage
      if (e instanceof AppError && e.code === 'VALIDATION') {
        io.out(`refused: ${e.message}`);
        for (const i of e.issues ?? []) io.out(`  ${i.path}: ${en(i.message)}`);
        return 1;
      }
      throw e;
    } finally {
      database.close();
    }
  },
};
