// The backup timer, started by the Electron shell (plain module: no electron import). Runs
// the scheduled backup a few minutes after start and then every hour; a run never overlaps
// the previous one, and a failure is logged (without any data) and retried next time.

export interface ScheduleOptions {
  firstAfterMs?: number;
  everyMs?: number;
  log?: (line: string) => void;
}

export function startBackupSchedule(run: () => Promise<unknown>, opts: ScheduleOptions = {}): () => void {
  const log = opts.log ?? ((l: string) => console.warn(l));
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (e) {
      log(`[backup] scheduled backup failed: ${(e as { code?: string }).code ?? ''} ${(e as Error).message}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), opts.firstAfterMs ?? 5 * 60_000);
  const every = setInterval(() => void tick(), opts.everyMs ?? 60 * 60_000);
  first.unref?.();
  every.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
