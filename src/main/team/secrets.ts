// Where a team login's password is kept: never in the SQLite file (the file may be handed to a
// lawyer or an accountant). The electron shell stores it encrypted with the OS keychain
// (safeStorage, src/main/secrets.ts); the CLI and the tests use a file readable by this user
// alone (0600) beside the data. Where neither is possible the password is held in memory only
// and asked for at each start (`persistent: false`).
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Secrets {
  /** false: nothing outlives the process, the person is asked again at the next start */
  readonly persistent: boolean;
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

/** Kept in this process only. */
export function memorySecrets(): Secrets {
  const m = new Map<string, string>();
  return {
    persistent: false,
    get: (k) => m.get(k) ?? null,
    set: (k, v) => void m.set(k, v),
    delete: (k) => void m.delete(k),
  };
}

/**
 * A JSON file of values, each passed through `seal`/`open` (the shell encrypts there), written
 * atomically with mode 0600.
 */
export function fileSecrets(
  path: string,
  codec: { seal: (v: string) => string; open: (v: string) => string } = { seal: (v) => v, open: (v) => v },
): Secrets {
  const readAll = (): Record<string, string> => {
    if (!existsSync(path)) return {};
    try {
      const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      return v && typeof v === 'object' ? (v as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const writeAll = (all: Record<string, string>) => {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.partial`;
    writeFileSync(tmp, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, path);
  };
  return {
    persistent: true,
    get(key) {
      const v = readAll()[key];
      if (typeof v !== 'string') return null;
      try {
        return codec.open(v);
      } catch {
        return null;
      }
    },
    set(key, value) {
      writeAll({ ...readAll(), [key]: codec.seal(value) });
    },
    delete(key) {
      const all = readAll();
      if (!(key in all)) return;
      delete all[key];
      writeAll(all);
    },
  };
}

/** The key one login's password is kept under: the server, the database and the role. */
export const teamSecretKey = (r: { host: string; port: number; database: string; roleName: string }) =>
  `team:${r.roleName}@${r.host}:${r.port}/${r.database}`;
