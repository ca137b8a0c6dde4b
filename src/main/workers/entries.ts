// Every worker-thread entry the app ships, by the name of its built file (out/main/<name>.js)
// and its source. electron.vite.config.ts builds exactly these; workers/locate.ts finds them.
// Plain data, no imports: the build config reads it too.
export const workerEntries = {
  /** journal chain verification: the Verify button, the start-up check, backups (journal/verify-host.ts) */
  'verify-worker': 'src/main/journal/verify.worker.ts',
  /** PDF rendering (pdf/worker-host.ts) */
  'pdf-worker': 'src/main/pdf/pdf.worker.ts',
  /** copying a large database for a backup (db/backup-file.ts: backupTo) */
  'backup-worker': 'src/main/db/backup.worker.ts',
  /** a large CSV import's rows written (transfer/import.ts) */
  'import-worker': 'src/main/transfer/import.worker.ts',
  /** the whole portfolio valued, for a large one (valuation/service.ts: ready) */
  'portfolio-worker': 'src/main/valuation/portfolio.worker.ts',
} as const;

export type WorkerName = keyof typeof workerEntries;
