import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { AppError } from '../../shared/errors';
import { migrations } from './migrations.gen';
import { fold } from '../../shared/domain/fold';

// No relational queries (db.query.*) are used, so drizzle gets no schema: building its
// relational config on every open cost more than opening the file.
export type Db = BetterSQLite3Database;
export type Sqlite = Database.Database;

export interface OpenedDatabase {
  path: string;
  sqlite: Sqlite;
  db: Db;
  schemaVersion: number;
  close(): void;
}

export const latestSchemaVersion = migrations.length;

export interface OpenOptions {
  /** open without writing: no migrations, no pragmas that write */
  readonly?: boolean;
  /** called before the first pending migration is applied (e.g. to take a backup) */
  beforeMigrate?: (fromVersion: number, toVersion: number, sqlite: Sqlite) => void;
}

/** Pragmas every connection gets: WAL, full fsync on commit, foreign keys enforced. */
export function applyPragmas(sqlite: Sqlite, readonly = false): void {
  if (!readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.function('fold', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? fold(v) : v));
}

export function schemaVersionOf(sqlite: Sqlite): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies pending migrations, each in its own transaction, recording progress in
 * `PRAGMA user_version`. A database newer than this app is refused, never touched.
 */
function refuseNewer(found: number): void {
  if (found <= migrations.length) return;
  throw new AppError(
    'DB_TOO_NEW',
    `The database was written by a newer version of Client Dossier (schema ${found}, this app knows ${migrations.length}). Update the app to open it.`,
    { details: { schemaVersion: found, appSchemaVersion: migrations.length } },
  );
}

/**
 * `PRAGMA application_id` of every Client Dossier database: 0x43444F53, "CDOS" in ASCII.
 * A file with another non-zero id belongs to another program and is refused untouched;
 * 0 (files written before this id existed) is stamped on the first writable open.
 */
export const APPLICATION_ID = 0x43444f53;

export function refuseForeign(sqlite: Sqlite): void {
  const id = sqlite.pragma('application_id', { simple: true }) as number;
  if (id === 0 || id === APPLICATION_ID) return;
  throw new AppError('DB_FOREIGN', `This file is not a Client Dossier database (application_id ${id}).`, {
    details: { applicationId: id },
  });
}

export function migrate(sqlite: Sqlite, beforeMigrate?: OpenOptions['beforeMigrate']): number {
  const current = schemaVersionOf(sqlite);
  refuseNewer(current);
  if (current === migrations.length) return current;
  beforeMigrate?.(current, migrations.length, sqlite);
  return migrateTo(sqlite, migrations.length);
}

/**
 * Applies the migrations from the file's version up to `version`, each in its own transaction
 * with its `user_version`. migrate() takes a file to the latest; the schema check and the
 * upgrade tests build a database as an older version left it.
 */
export function migrateTo(sqlite: Sqlite, version: number): number {
  for (let i = schemaVersionOf(sqlite); i < version; i++) {
    const statements = migrations[i]!.sql
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    sqlite.transaction(() => {
      for (const stmt of statements) sqlite.exec(stmt);
      sqlite.pragma(`user_version = ${i + 1}`);
    })();
  }
  return version;
}

export function openDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  const sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    // Check the version before anything writes (switching to WAL rewrites the header).
    refuseForeign(sqlite);
    refuseNewer(schemaVersionOf(sqlite));
    applyPragmas(sqlite, options.readonly);
    const schemaVersion = options.readonly ? schemaVersionOf(sqlite) : migrate(sqlite, options.beforeMigrate);
    // A header field, set outside drizzle's migration transactions (0007_application_id).
    if (!options.readonly && sqlite.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    }
    const db = drizzle(sqlite);
    return { path, sqlite, db, schemaVersion, close: () => sqlite.close() };
  } catch (e) {
    sqlite.close();
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('DB_DAMAGED', `The database file is damaged or not a Client Dossier database: ${(e as Error).message}`);
    }
    throw e;
  }
}
