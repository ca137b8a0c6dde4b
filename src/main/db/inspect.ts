// Looking at a database file before trusting it: the header (is it SQLite at all, is it cut
// short?), then SQLite's own quick_check, the schema version and row counts. Used for
// backups after writing, for restore previews and at start-up.
import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { latestSchemaVersion, schemaVersionOf, type Sqlite } from './open';

export type FileProblem = 'missing' | 'empty' | 'not-a-database' | 'truncated' | 'damaged' | 'too-new';

export interface HeaderCheck {
  ok: boolean;
  problem?: FileProblem;
  detail?: string;
  sizeBytes: number;
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Reads the 100-byte header: SQLite magic, a valid page size, and a file as long as it claims. */
export function checkHeader(path: string): HeaderCheck {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { ok: false, problem: 'missing', sizeBytes: -1 };
  }
  if (size === 0) return { ok: false, problem: 'empty', sizeBytes: 0 };
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(MAGIC)) {
    return { ok: false, problem: 'not-a-database', detail: 'the file does not start with the SQLite header', sizeBytes: size };
  }
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65_536 : raw;
  if (pageSize < 512 || pageSize > 65_536 || (pageSize & (pageSize - 1)) !== 0) {
    return { ok: false, problem: 'damaged', detail: `invalid page size ${raw}`, sizeBytes: size };
  }
  if (size % pageSize !== 0) {
    return {
      ok: false,
      problem: 'truncated',
      detail: `size ${size} is not a whole number of ${pageSize}-byte pages`,
      sizeBytes: size,
    };
  }
  const changeCounter = header.readUInt32BE(24);
  const pages = header.readUInt32BE(28);
  const validFor = header.readUInt32BE(92);
  if (validFor === changeCounter && pages > 0 && size < pages * pageSize) {
    return {
      ok: false,
      problem: 'truncated',
      detail: `${size} bytes on disk, the header claims ${pages * pageSize}`,
      sizeBytes: size,
    };
  }
  return { ok: true, sizeBytes: size };
}

export const countedTables = [
  'clients',
  'invoices',
  'payments',
  'direct_costs',
  'journal_entries',
  'journal_attachments',
  'offboarding_cases',
] as const;

/** Row counts of the tables the owner cares about (missing tables count as 0). */
export function countRows(sqlite: Sqlite): Record<string, number> {
  const existing = new Set(
    (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
  );
  const counts: Record<string, number> = {};
  for (const t of countedTables) {
    counts[t] = existing.has(t) ? (sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n : 0;
  }
  return counts;
}

/** 'ok' or SQLite's first complaint. */
export function quickCheck(sqlite: Sqlite): string {
  const rows = sqlite.pragma('quick_check(5)') as { quick_check: string }[];
  const msgs = rows.map((r) => r.quick_check);
  return msgs.length === 1 && msgs[0] === 'ok' ? 'ok' : msgs.join('; ');
}

/** The newest moment recorded in the file: helps the owner pick between copies. */
export function newestRecordAt(sqlite: Sqlite): string | null {
  const parts = ['clients', 'invoices', 'journal_entries', 'settings'];
  let best: string | null = null;
  for (const t of parts) {
    try {
      const r = sqlite.prepare(`SELECT max(created_at) AS m FROM ${t}`).get() as { m: string | null };
      if (r.m && (!best || r.m > best)) best = r.m;
    } catch {
      // table missing in an old schema
    }
  }
  return best;
}

export interface FileInspection {
  ok: boolean;
  problem?: FileProblem;
  detail?: string;
  sizeBytes: number;
  schemaVersion: number;
  quickCheck: string;
  counts: Record<string, number>;
  newestRecordAt: string | null;
}

/**
 * Header, then a read-only open with quick_check. Never writes to the file. The caller adds
 * journal verification (it needs the services).
 */
export function inspectFile(path: string, run?: (sqlite: Sqlite) => void): FileInspection {
  const header = checkHeader(path);
  const empty = { schemaVersion: 0, quickCheck: '', counts: {}, newestRecordAt: null };
  if (!header.ok)
    return { ...empty, ok: false, problem: header.problem!, detail: header.detail ?? '', sizeBytes: header.sizeBytes };
  let sqlite: Sqlite | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    const schemaVersion = schemaVersionOf(sqlite);
    const qc = quickCheck(sqlite);
    const base = { sizeBytes: header.sizeBytes, schemaVersion, quickCheck: qc, counts: {}, newestRecordAt: null };
    if (qc !== 'ok') return { ...base, ok: false, problem: 'damaged', detail: qc };
    if (schemaVersion > latestSchemaVersion) {
      return { ...base, ok: false, problem: 'too-new', detail: `schema ${schemaVersion}, this app knows ${latestSchemaVersion}` };
    }
    run?.(sqlite);
    return { ...base, ok: true, counts: countRows(sqlite), newestRecordAt: newestRecordAt(sqlite) };
  } catch (e) {
    return { ...empty, ok: false, problem: 'damaged', detail: (e as Error).message, sizeBytes: header.sizeBytes };
  } finally {
    sqlite?.close();
  }
}
