// Full export (documented in docs/export-format.md) and CSV exports. Read from a read-only
// connection of its own inside one read transaction — a consistent snapshot, and the app's
// own connection stays free while the export yields between batches.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { setImmediate as yieldNow } from 'node:timers/promises';
import { csvCell, type CsvValue } from '../../shared/domain/csv';
import { AppError } from '../../shared/errors';
import type { ExportResult } from '../../shared/contract/transfer';
import { sha256File } from '../db/backup-file';
import { schemaVersionOf } from '../db/open';
import { chainCheckOf } from '../journal/verify';
import { verifyInWorker } from '../journal/verify-host';
import type { ServiceContext } from '../core/context';
import { attachmentPath } from '../journal/chain';
import { csvExports, type CsvTable } from './export-csv';
import { exportFormatDoc } from './export-format';
import { accessDetail, recordAccess } from '../team/access-log';

export const exportTables = [
  'settings',
  'clients',
  'client_status_changes',
  'record_revisions',
  'invoices',
  'payments',
  'direct_costs',
  'prospect_screenings',
  'journal_entries',
  'journal_attachments',
  'journal_heads',
  'offboarding_cases',
] as const;

/** A file written in chunks and fsynced; throws AppError('IO') with diskFull on ENOSPC. */
function chunkedFile(path: string) {
  const fd = openSync(path, 'wx');
  const hash = createHash('sha256');
  let bytes = 0;
  return {
    write(s: string) {
      const buf = Buffer.from(s, 'utf8');
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off);
      hash.update(buf);
      bytes += buf.length;
    },
    /** flushed on the thread pool: a large file's fsync takes a noticeable moment */
    async close() {
      await new Promise<void>((ok, fail) => fsync(fd, (e) => (e ? fail(e) : ok())));
      closeSync(fd);
      return { bytes, sha256: hash.digest('hex') };
    },
    abort: () => closeSync(fd),
  };
}

function ioError(e: unknown, where: string): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code ?? '';
  const full = code === 'ENOSPC';
  return new AppError(
    'IO',
    full
      ? `Not enough disk space for the export in ${where}. Nothing was left behind; free some space and try again.`
      : `The export could not be written to ${where}: ${(e as Error).message}`,
    { details: { diskFull: full } },
  );
}

function uniqueFolder(parent: string, base: string): string {
  let p = join(parent, base);
  for (let i = 2; existsSync(p) || existsSync(`${p}.partial`); i++) p = join(parent, `${base}-${i}`);
  return p;
}

interface FileEntry {
  path: string;
  bytes: number;
  sha256: string;
  rows?: number;
}

export async function writeFullExport(ctx: ServiceContext, parent: string, appVersion: string): Promise<ExportResult> {
  const at = ctx.now();
  const final = uniqueFolder(parent, `client-dossier-export-${at.toISOString().replace(/[:.]/g, '-')}`);
  const tmp = `${final}.partial`;
  const ro = new Database(ctx.databasePath, { readonly: true, fileMustExist: true });
  const files: FileEntry[] = [];
  const rel = (p: string) => relative(tmp, p).split(sep).join('/');
  try {
    mkdirSync(join(tmp, 'data'), { recursive: true });
    mkdirSync(join(tmp, 'attachments'));
    mkdirSync(join(tmp, 'csv'));
    ro.exec('BEGIN'); // one snapshot for every table
    for (const table of exportTables) {
      const path = join(tmp, 'data', `${table}.json`);
      const out = chunkedFile(path);
      let rows = 0;
      out.write('[');
      const where = table === 'settings' ? " WHERE key <> 'appLock'" : '';
      for (const row of ro.prepare(`SELECT * FROM ${table}${where} ORDER BY rowid`).iterate()) {
        out.write(`${rows === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`);
        if (++rows % 5_000 === 0) await yieldNow();
      }
      out.write(rows ? '\n]\n' : ']\n');
      files.push({ path: rel(path), ...(await out.close()), rows });
    }
    for (const t of Object.keys(csvExports) as CsvTable[]) {
      const path = join(tmp, 'csv', `${t}.csv`);
      files.push({ path: rel(path), ...(await writeCsv(ro, t, path)) });
    }
    const missing: string[] = [];
    for (const { sha256 } of ro.prepare('SELECT DISTINCT sha256 FROM journal_attachments').all() as { sha256: string }[]) {
      const src = attachmentPath(ctx.dataDir, sha256);
      const dest = join(tmp, 'attachments', sha256);
      if (!existsSync(src)) {
        missing.push(sha256);
        continue;
      }
      copyFileSync(src, dest);
      files.push({ path: rel(dest), bytes: statSync(dest).size, sha256: await sha256File(dest) });
    }
    const schemaVersion = schemaVersionOf(ro);
    ro.exec('COMMIT');
    // re-hashing a large journal takes seconds: on the verification worker, not this thread
    const journal = chainCheckOf(await verifyInWorker({ databasePath: ctx.databasePath, dataDir: ctx.dataDir, clientId: null }));
    const doc = chunkedFile(join(tmp, 'FORMAT.md'));
    doc.write(exportFormatDoc);
    files.push({ path: 'FORMAT.md', ...(await doc.close()) });
    const manifest = chunkedFile(join(tmp, 'manifest.json'));
    manifest.write(
      `${JSON.stringify(
        {
          format: 'client-dossier-export',
          formatVersion: 1,
          createdAt: at.toISOString(),
          appVersion,
          schemaVersion,
          journal,
          files,
          missingAttachments: missing,
        },
        null,
        2,
      )}\n`,
    );
    await manifest.close();
    renameSync(tmp, final);
    const entries = files.find((f) => f.path === 'data/journal_entries.json')?.rows ?? 0;
    recordAccess(ctx, { action: 'export.all', detail: accessDetail(final, `${files.length} files, ${entries} entries`) });
    return { folder: final, files: files.length, missingAttachments: missing.length, journalOk: journal?.ok ?? true };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw ioError(e, parent);
  } finally {
    if (ro.inTransaction) ro.exec('ROLLBACK');
    ro.close();
  }
}

async function writeCsv(
  ro: Database.Database,
  table: CsvTable,
  path: string,
): Promise<{ bytes: number; sha256: string; rows: number }> {
  const spec = csvExports[table];
  const out = chunkedFile(path);
  let rows = 0;
  try {
    out.write(`\uFEFF${spec.header.map(csvCell).join(',')}\r\n`);
    for (const r of ro.prepare(spec.sql).iterate() as Iterable<Record<string, unknown>>) {
      out.write(
        `${spec
          .row(r)
          .map((v: CsvValue) => csvCell(v))
          .join(',')}\r\n`,
      );
      if (++rows % 5_000 === 0) await yieldNow();
    }
    return { ...(await out.close()), rows };
  } catch (e) {
    out.abort();
    throw e;
  }
}

/** One CSV into a folder the owner picked, under a new name (never overwriting). */
export async function writeCsvExport(
  ctx: ServiceContext,
  folder: string,
  table: CsvTable,
): Promise<{ path: string; rows: number }> {
  const day = ctx.now().toISOString().slice(0, 10);
  let path = join(folder, `${table}-${day}.csv`);
  for (let i = 2; existsSync(path); i++) path = join(folder, `${table}-${day}-${i}.csv`);
  const tmp = `${path}.partial`;
  const ro = new Database(ctx.databasePath, { readonly: true, fileMustExist: true });
  try {
    ro.exec('BEGIN');
    const r = await writeCsv(ro, table, tmp);
    renameSync(tmp, path);
    recordAccess(ctx, { action: 'export.csv', detail: accessDetail(path, `${r.rows} rows`) });
    return { path, rows: r.rows };
  } catch (e) {
    rmSync(tmp, { force: true });
    throw ioError(e, folder);
  } finally {
    if (ro.inTransaction) ro.exec('ROLLBACK');
    ro.close();
  }
}
