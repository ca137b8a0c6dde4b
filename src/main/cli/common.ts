import type { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDatabase } from '../db/open';
import { createServices } from '../services';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliCommand {
  summary: string;
  usage: string;
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  run: (values: Record<string, string | boolean | (string | boolean)[] | undefined>, io: CliIo) => Promise<number> | number;
}

export class UsageError extends Error {}

export function requireString(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v.length === 0) throw new UsageError(`missing --${name}`);
  return v;
}

/** Opens an existing database for a command; never creates one by accident. */
export function openExisting(path: string, readonly = false) {
  if (!existsSync(path)) throw new UsageError(`no database at ${path}`);
  const database = openDatabase(path, { readonly });
  const services = createServices({ database, dataDir: join(dirname(path), 'data') });
  return { database, services };
}
