// CSV and Excel (.xlsx, xlsx-read.ts) import of clients and invoices: decode (csv-decode: the encoding detected or chosen),
// parse (papaparse: the delimiter guessed or chosen, CRLF, quoted newlines), map
// columns, validate every row with the contract's schemas (errors carry spreadsheet row
// numbers), detect duplicates, and write all rows or none in one transaction — after a backup.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { clientInputSchema } from '../../shared/contract/clients';
import { invoiceFieldsSchema } from '../../shared/contract/money';
import type { ImportIssue, ImportPreview, ImportReport, ImportResult } from '../../shared/contract/transfer';
import {
  amountCell,
  cellText,
  importFields,
  monthFirstDate,
  normaliseDate,
  suggestMapping,
  type ColumnMapping,
  type CsvDelimiter,
  type CsvEncoding,
  type ImportKind,
} from '../../shared/domain/csv-import';
import { decodeCsv, decodeProblemText, parseCsv, type DecodeProblem, type ReadOptions } from './csv-decode';
import { fold } from '../../shared/domain/fold';
import { AppError } from '../../shared/errors';
import type { BackupService } from '../safety/backup';
import { nowIso, type ServiceContext } from '../core/context';
import type { Dialogs } from '../core/dialogs';
import type { SettingsService } from '../settings/service';
import type { MoneyService } from '../money/service';
import type { ImportMessage, ImportWorkerData } from './import.worker';
import { writeImportRows } from './import-rows';
import { clientStatuses } from '../../shared/domain/client-status';
import { languages } from '../../shared/domain/format';
import { translatorFor } from '../pdf/translate';
import { isOldExcel, isZip, readXlsx } from './xlsx-read';
import { dialogText, fileFilter, ownerLanguage } from '../dialog-text';
import { workerScript, type WorkerPlace } from '../workers/locate';
import { runWorker, type Reply } from '../workers/run';

const MAX_BYTES = 100 * 1024 * 1024;
const MAX_LISTED = 500;

interface Parsed {
  kind: ImportKind;
  fileName: string;
  /** the file as read, so the owner can read it again in another encoding or delimiter */
  bytes: Buffer;
  /** a CSV text file, or an Excel workbook's first sheet */
  format: 'csv' | 'xlsx';
  sheetName: string | null;
  encoding: CsvEncoding;
  bom: boolean;
  delimiter: CsvDelimiter;
  problem: DecodeProblem | null;
  headers: string[];
  rows: string[][];
  /** each row's number in the spreadsheet (blank rows counted), for every problem listed */
  rowNumbers: number[];
  /** index in `rows` of each row with a parse error */
  malformed: Map<number, string>;
}
// Parsed files outlive one set of services (a restore rebuilds them), and stay small in number.
const pending = new Map<string, Parsed>();

/**
 * A status cell as the owner's spreadsheet writes it: the app's word (`at_risk`, `at risk`) or its
 * label in any language we ship ("Aktif", "Risk altında", "Keçmiş müştəri"), folded; else as
 * written, for the schema to refuse with its row.
 */
const statusWords = new Map<string, string>(
  clientStatuses.flatMap((st) => [
    [fold(st), st],
    [fold(st.replace(/_/g, ' ')), st],
    ...languages.map((l) => [fold(translatorFor(l)(`clients.status.${st}`)), st] as [string, string]),
  ]),
);
const statusOf = (text: string) =>
  statusWords.get(fold(text.trim()).replace(/\s+/g, ' ')) ?? text.toLowerCase().replace(/\s+/g, '_');

type RowCheck = { ok: true; value: Record<string, unknown>; key: string } | { ok: false; issues: ImportIssue[] };

export function createImportService(
  ctx: ServiceContext,
  deps: {
    dialogs: Dialogs;
    backup: BackupService;
    settings: SettingsService;
    money: MoneyService;
    /** where the worker threads are (the app); without it rows are written in this thread */
    workers?: WorkerPlace;
    /** from how many rows on they are written on a worker */
    workerMinRows?: number;
  },
) {
  function read(kind: ImportKind, fileName: string, bytes: Buffer, options: ReadOptions): Parsed {
    if (isOldExcel(bytes))
      throw new AppError('VALIDATION', 'This is an Excel 97–2003 workbook (.xls); save it as .xlsx or "CSV UTF-8".', {
        details: { reason: 'xls' },
      });
    if (isZip(bytes)) {
      // numbers come out as the owner types them, so amounts go through the same money parser
      const x = readXlsx(bytes, ownerLanguage(deps.settings) === 'en' ? '.' : ',');
      return {
        kind,
        fileName,
        bytes,
        format: 'xlsx',
        sheetName: x.sheetName,
        encoding: 'utf-8',
        bom: false,
        delimiter: ',',
        problem: null,
        headers: x.headers,
        rows: x.rows,
        rowNumbers: x.rowNumbers,
        malformed: new Map(),
      };
    }
    const decoded = decodeCsv(bytes, options.encoding);
    if (decoded.text.includes('\u0000'))
      throw new AppError('VALIDATION', 'This is not a text (CSV) file.', { details: { reason: 'binary' } });
    // a file that does not decode is still shown (the owner picks its encoding), never imported
    const parsed = parseCsv(decoded.text, options.delimiter);
    return {
      kind,
      fileName,
      bytes,
      format: 'csv',
      sheetName: null,
      encoding: decoded.encoding,
      bom: decoded.bom,
      problem: decoded.problem,
      ...parsed,
    };
  }

  function load(kind: ImportKind, path: string, options: ReadOptions = {}): Parsed {
    const size = statSync(path).size;
    if (size > MAX_BYTES) throw new AppError('VALIDATION', `The file is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
    return read(kind, basename(path), readFileSync(path), options);
  }

  function previewOf(token: string, parsed: Parsed): ImportPreview {
    const { kind } = parsed;
    return {
      token,
      kind,
      fileName: parsed.fileName,
      format: parsed.format,
      sheetName: parsed.sheetName,
      encoding: parsed.encoding,
      bom: parsed.bom,
      delimiter: parsed.delimiter,
      problem: parsed.problem,
      headers: parsed.headers,
      rowCount: parsed.rows.length,
      sample: parsed.rows.slice(0, 10),
      fields: importFields[kind].map(({ key, required }) => ({ key, required })),
      suggestedMapping: suggestMapping(kind, parsed.headers),
    };
  }

  /** A file read from a path (the CLI; the app's dialog) and kept for the check and the import. */
  function previewFile(kind: ImportKind, path: string, options: ReadOptions = {}): ImportPreview {
    const parsed = load(kind, path, options);
    const token = randomBytes(16).toString('hex');
    pending.set(token, parsed);
    return previewOf(token, parsed);
  }

  async function preview(kind: ImportKind): Promise<ImportPreview | null> {
    const lang = ownerLanguage(deps.settings);
    const [path] = await deps.dialogs.chooseOpenFiles({
      ...dialogText(lang, 'importCsv'),
      filters: [fileFilter(lang, 'spreadsheet', ['csv', 'txt', 'xlsx'])],
    });
    if (!path) return null;
    return previewFile(kind, path);
  }

  /** The same file read again with the encoding or delimiter the owner chose (either kept when not given). */
  function reread(token: string, options: ReadOptions): ImportPreview {
    const p = parsedFor(token);
    const parsed = read(p.kind, p.fileName, p.bytes, {
      encoding: options.encoding ?? p.encoding,
      delimiter: options.delimiter ?? (options.encoding ? undefined : p.delimiter),
    });
    pending.set(token, parsed);
    return previewOf(token, parsed);
  }

  function parsedFor(token: string): Parsed {
    const p = pending.get(token);
    if (!p) throw new AppError('NOT_FOUND', 'That import has expired; choose the file again.');
    return p;
  }

  function checkMapping(kind: ImportKind, mapping: ColumnMapping, headers: string[]): void {
    const known = new Set(importFields[kind].map((f) => f.key));
    const issues = [];
    for (const [k, v] of Object.entries(mapping)) {
      if (!known.has(k)) issues.push({ path: k, message: 'validation.invalid' });
      else if (v !== null && v >= headers.length) issues.push({ path: k, message: 'validation.invalid' });
    }
    for (const f of importFields[kind]) {
      if (f.required && (mapping[f.key] === null || mapping[f.key] === undefined))
        issues.push({ path: f.key, message: 'validation.required' });
    }
    if (issues.length) throw new AppError('VALIDATION', 'The column mapping is not complete.', { issues });
  }

  function clientIndex() {
    const byName = new Map<string, number[]>();
    const byEmail = new Map<string, number[]>();
    const keys = new Set<string>();
    for (const c of ctx.sqlite.prepare('SELECT id, name, email FROM clients').all() as {
      id: number;
      name: string;
      email: string;
    }[]) {
      const n = fold(c.name.trim());
      byName.set(n, [...(byName.get(n) ?? []), c.id]);
      if (c.email) byEmail.set(c.email.toLowerCase(), [...(byEmail.get(c.email.toLowerCase()) ?? []), c.id]);
      keys.add(`${n}|${c.email.toLowerCase()}`);
    }
    return { byName, byEmail, keys };
  }

  function checkRows(p: Parsed, mapping: ColumnMapping) {
    if (p.problem)
      throw new AppError('VALIDATION', decodeProblemText(p.problem, p.encoding), {
        details: {
          reason: p.problem.reason,
          encoding: p.encoding,
          likely: p.problem.likely,
          row: p.problem.row,
          count: p.problem.count,
        },
      });
    checkMapping(p.kind, mapping, p.headers);
    const clients = clientIndex();
    const currency = deps.settings.profile()?.currency ?? '';
    const seen = new Set<string>();
    const errors: ImportIssue[] = [];
    const duplicates: ImportIssue[] = [];
    const good: { row: number; value: Record<string, unknown>; duplicate: boolean }[] = [];
    // a line break typed in a one-line cell (Alt+Enter in Excel: "Öz İnşaat⏎Ltd") is a space
    // there, as the spreadsheet shows it; notes and descriptions keep their lines
    const cell = (r: string[], k: string) => {
      const t = cellText(r, mapping[k]);
      return k === 'notes' || k === 'description' ? t : t.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
    };
    const lang = deps.settings.profile()?.language ?? 'en';
    /**
     * An amount column read as the owner types in their language (the money fields' parser); a
     * cell it cannot read is an issue of its own, and the schema's word on that field is dropped.
     */
    const amount = (r: string[], row: number, key: string, field: string, cur: string, unread: ImportIssue[]) => {
      const a = amountCell(cell(r, key), cur, lang);
      if (a.ok) return a.minor;
      unread.push({ row, field, message: a.message, values: a.values });
      return undefined;
    };
    /** A date cell as the schema reads it; one written month first is an issue of its own. */
    const dateOf = (r: string[], row: number, key: string, unread: ImportIssue[]) => {
      const text = cell(r, key);
      const monthFirst = monthFirstDate(text);
      if (monthFirst) unread.push({ row, field: key, ...monthFirst });
      return text ? normaliseDate(text) : null;
    };
    const schemaIssues = (row: number, found: readonly { path: PropertyKey[]; message: string }[], unread: ImportIssue[]) =>
      found
        .map((i) => ({
          row,
          field: String(i.path[0] ?? ''),
          message: i.message.startsWith('validation.') ? i.message : 'validation.invalid',
        }))
        .filter((i) => !unread.some((u) => u.field === i.field));

    const checkClient = (r: string[], row: number): RowCheck => {
      const unread: ImportIssue[] = [];
      const cost = amount(r, row, 'acquisitionCost', 'acquisitionCostMinor', currency, unread);
      const input: Record<string, unknown> = { name: cell(r, 'name') };
      for (const k of ['company', 'email', 'phone', 'acquisitionChannel', 'notes']) if (cell(r, k)) input[k] = cell(r, k);
      if (cell(r, 'status')) input['status'] = statusOf(cell(r, 'status'));
      const since = dateOf(r, row, 'clientSince', unread);
      if (since) input['clientSince'] = since;
      if (cost !== undefined) input['acquisitionCostMinor'] = cost;
      const parsed = clientInputSchema.safeParse(input);
      if (!parsed.success || unread.length)
        return { ok: false, issues: [...schemaIssues(row, parsed.error?.issues ?? [], unread), ...unread] };
      return { ok: true, value: parsed.data, key: `${fold(parsed.data.name)}|${parsed.data.email.toLowerCase()}` };
    };

    const checkInvoice = (r: string[], row: number): RowCheck => {
      const who = cell(r, 'client');
      const ids = clients.byEmail.get(who.toLowerCase()) ?? clients.byName.get(fold(who)) ?? [];
      const issues: ImportIssue[] = [];
      if (ids.length === 0) issues.push({ row, field: 'client', message: 'validation.unknownClient' });
      if (ids.length > 1) issues.push({ row, field: 'client', message: 'validation.ambiguousClient' });
      const rowCurrency = (cell(r, 'currency') || currency).toUpperCase();
      const unread: ImportIssue[] = [];
      const amountMinor = amount(r, row, 'amount', 'amountMinor', rowCurrency, unread);
      const listPriceMinor = amount(r, row, 'listPrice', 'listPriceMinor', rowCurrency, unread) ?? null;
      const parsed = invoiceFieldsSchema.safeParse({
        number: cell(r, 'number'),
        issuedOn: dateOf(r, row, 'issuedOn', unread) ?? '',
        dueOn: dateOf(r, row, 'dueOn', unread),
        amountMinor,
        listPriceMinor,
        currency: rowCurrency || null,
        description: cell(r, 'description'),
      });
      if (!parsed.success) issues.push(...schemaIssues(row, parsed.error.issues, unread));
      issues.push(...unread);
      if (issues.length) return { ok: false, issues };
      return { ok: true, value: { ...parsed.data!, clientId: ids[0] }, key: parsed.data!.number };
    };

    const valid: { row: number; value: Record<string, unknown>; key: string }[] = [];
    p.rows.forEach((r, i) => {
      const row = p.rowNumbers[i] ?? i + 2;
      if (p.malformed.has(i)) {
        errors.push({ row, field: '', message: 'validation.csvMalformed' });
        return;
      }
      const res = p.kind === 'clients' ? checkClient(r, row) : checkInvoice(r, row);
      if (!res.ok) {
        for (const issue of res.issues) errors.push(issue);
        return;
      }
      valid.push({ row, value: res.value, key: res.key });
    });
    // Only the file's own numbers are looked up (the unique index), not every invoice there is.
    const invoiceNumbers = new Set(
      p.kind === 'invoices' && valid.length
        ? (ctx.sqlite
            .prepare('SELECT number FROM invoices WHERE number IN (SELECT value FROM json_each(?))')
            .pluck()
            .all(JSON.stringify(valid.map((v) => v.key))) as string[])
        : [],
    );
    for (const res of valid) {
      const row = res.row;
      const existing = p.kind === 'clients' ? clients.keys.has(res.key) : invoiceNumbers.has(res.key);
      const duplicate = existing || seen.has(res.key);
      seen.add(res.key);
      if (duplicate)
        duplicates.push({
          row,
          field: p.kind === 'clients' ? 'name' : 'number',
          message: existing ? 'validation.duplicateExisting' : 'validation.duplicateInFile',
        });
      good.push({ row, value: res.value, duplicate });
    }
    const errorRows = new Set(errors.map((e) => e.row));
    const report: ImportReport = {
      total: p.rows.length,
      valid: good.length,
      errorCount: errorRows.size,
      errors: errors.slice(0, MAX_LISTED),
      duplicateCount: duplicates.length,
      duplicates: duplicates.slice(0, MAX_LISTED),
    };
    return { report, good };
  }

  function check(token: string, mapping: ColumnMapping): ImportReport {
    return checkRows(parsedFor(token), mapping).report;
  }

  /**
   * A large file's rows are written on a worker thread with a connection of its own (10,000
   * invoices hold the write for ~0.5 s at 10,000 clients), so the main process keeps answering.
   */
  async function writeRows(kind: ImportKind, rows: Record<string, unknown>[], at: string): Promise<void> {
    const here = async () => writeImportRows(ctx, deps.money, kind, rows, at);
    if (!deps.workers || rows.length < (deps.workerMinRows ?? 2_000)) return here();
    // a `failed` message (a rule the money service refused) rejects with its code and details
    await runWorker(
      {
        script: workerScript('import-worker', deps.workers),
        workerData: { databasePath: ctx.databasePath, dataDir: ctx.dataDir, kind, rows, at } satisfies ImportWorkerData,
        label: 'import',
      },
      (m: Reply<ImportMessage>) => m,
      async () => {
        await here();
        return { type: 'done' as const };
      },
    );
  }

  async function commit(token: string, mapping: ColumnMapping, skipDuplicates: boolean): Promise<ImportResult> {
    const p = parsedFor(token);
    const { report, good } = checkRows(p, mapping);
    if (report.errorCount > 0) {
      throw new AppError('VALIDATION', `${report.errorCount} rows are not valid; nothing was imported.`, {
        details: { errorRows: report.errorCount },
      });
    }
    if (report.duplicateCount > 0 && !skipDuplicates) {
      throw new AppError('CONFLICT', `${report.duplicateCount} rows are duplicates; nothing was imported.`, {
        details: { duplicates: report.duplicateCount },
      });
    }
    if (good.some((g) => !g.duplicate)) await deps.backup.create('before-import');
    const at = nowIso(ctx);
    const rows = good.filter((g) => !g.duplicate).map((g) => g.value);
    await writeRows(p.kind, rows, at);
    pending.delete(token);
    return { imported: rows.length, skippedDuplicates: good.length - rows.length };
  }

  return { preview, previewFile, reread, check, commit };
}
export type ImportService = ReturnType<typeof createImportService>;
