import { tableDifferenceAt } from '../db/schema-check';
import { AppError } from '../../shared/errors';
import type { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDatabase } from '../db/open';
import { createServices, type AppDeps } from '../core/services';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliCommand {
  summary: string;
  usage: string;
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  /** words after the command name (e.g. `report dossier`); refused unless set */
  positionals?: boolean;
  run: (
    values: Record<string, string | boolean | (string | boolean)[] | undefined>,
    io: CliIo,
    positionals: string[],
  ) => Promise<number> | number;
}

/** The app's version (package.json), as the packaged app reports it with app.getVersion(). */
export function appVersion(): string {
  return (JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string }).version;
}

export class UsageError extends Error {}

export function requireString(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v.length === 0) throw new UsageError(`missing --${name}`);
  return v;
}

/** Opens an existing database for a command; never creates one by accident. */
export function openExisting(path: string, readonly = false, extra: Partial<Pick<AppDeps, 'now' | 'timeZone'>> = {}) {
  if (!existsSync(path)) throw new UsageError(`no database at ${path}`);
  const database = openDatabase(path, { readonly });
  // a file must have exactly the tables of its schema version (another id or a newer schema is
  // refused by openDatabase already): a crafted file with our id is not one of ours
  const v = database.schemaVersion;
  const difference = v > 0 ? tableDifferenceAt(database.sqlite, v) : null;
  if (difference) {
    database.close();
    throw new AppError('DB_FOREIGN', `${path} is not a Client Dossier database this version knows: ${difference}`);
  }
  const services = createServices({ ...extra, database, dataDir: join(dirname(path), 'data'), version: appVersion() });
  return { database, services };
}
