// Every worker-thread entry the app ships, by the name of its built file (out/main/<name>.js)
// and its source. electron.vite.config.ts builds exactly these; workers/locate.ts finds them.
// Plain data, no imports: the build config reads it too.
export const workerEntries = {
  /** journal chain verification: the Verify button, the start-up check, backups (verify/host.ts) */
  'verify-worker': 'src/main/verify/worker.ts',
  /** PDF rendering (pdf/worker-host.ts) */
  'pdf-worker': 'src/main/pdf/worker.ts',
  /** copying a large database for a backup (db/backup-file.ts: backupTo) */
  'backup-worker': 'src/main/db/backup-worker.ts',
  /** a large CSV import's rows written (services/import.ts) */
  'import-worker': 'src/main/services/import-worker.ts',
  /** the whole portfolio valued, for a large one (services/valuation.ts: ready) */
  'portfolio-worker': 'src/main/services/portfolio-worker.ts',
} as const;

export type WorkerName = keyof typeof workerEntries;
