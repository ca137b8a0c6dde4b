import { clientInputSchema, type ClientInput } from '../../src/shared/contract/clients';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../src/main/db/open';
import { createApi } from '../../src/main/api';
import type { ApiImpl } from '../../src/shared/contract';
import type { AppDeps, Services } from '../../src/main/core/services';
import type { Runtime } from '../../src/main/runtime';
import { standInDialogs } from './stand-in-dialogs';

export interface TempApp {
  dir: string;
  database: OpenedDatabase;
  api: ApiImpl;
  services: Services;
  /** swaps the database on restore; `runtime.services()` are the current services */
  runtime: Runtime;
  /** the frozen clock: tests move it with `clock.set(...)` */
  clock: { now: Date; set(iso: string): void; advance(ms: number): void };
  /** the OS dialogs stand-in: queue answers with `dialogs.queue.save.push(path)` */
  dialogs: ReturnType<typeof standInDialogs>;
  close(): void;
}

/** A real SQLite file in a fresh temp folder, with the whole API on it and a frozen clock. */
export function createTempApp(opts: { now?: string; dbFile?: string; deps?: Partial<AppDeps> } = {}): TempApp {
  const dir = mkdtempSync(join(tmpdir(), 'client-dossier-'));
  const clock = {
    now: new Date(opts.now ?? '2026-11-23T10:00:00.000Z'),
    set(iso: string) {
      clock.now = new Date(iso);
    },
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const dbPath = join(dir, opts.dbFile ?? 'client-dossier.db');
  mkdirSync(dirname(dbPath), { recursive: true });
  const database = openDatabase(dbPath);
  const dialogs = standInDialogs();
  const { api, services, runtime } = createApi({
    version: '0.1.0-test',
    dialogs: dialogs.dialogs,
    timeZone: 'UTC',
    ...opts.deps,
    database,
    dataDir: join(dir, 'data'),
    now: () => clock.now,
  });
  return {
    dir,
    database,
    api,
    services,
    clock,
    runtime,
    dialogs,
    close() {
      database.close();
      runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sampleProfile = {
  businessName: 'Atölye Studio',
  ownerName: 'Ayşe Yılmaz',
  ownerTitle: 'Kurucu',
  currency: 'TRY',
  language: 'en' as const,
  monthlyCapacityCostMinor: 12_000_000,
  paidHoursPerMonth: 160,
  practicalCapacityPct: 80,
};

/** A client's fields with the contract's defaults (active, net 30…): `services.clients.create(newClient('Ayşe'))`. */
export function newClient(name: string, extra: Partial<ClientInput> = {}) {
  return clientInputSchema.parse({ name, ...extra });
}
