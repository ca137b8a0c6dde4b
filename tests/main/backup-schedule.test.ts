import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackupSchedule } from '../../src/main/safety/backup-schedule';

afterEach(() => {
  vi.useRealTimers();
});

describe('backup schedule', () => {
  it('runs after the first delay, then on every interval, never two at once, and logs failures without data', async () => {
    vi.useFakeTimers();
    const logged: string[] = [];
    let runs = 0;
    let running = 0;
    let maxParallel = 0;
    let fail = false;
    const stop = startBackupSchedule(
      async () => {
        runs++;
        running++;
        maxParallel = Math.max(maxParallel, running);
        await new Promise((r) => setTimeout(r, 90_000)); // a slow backup: longer than the interval
        running--;
        if (fail) throw Object.assign(new Error('disk full'), { code: 'IO' });
      },
      { firstAfterMs: 1_000, everyMs: 60_000, log: (l) => logged.push(l) },
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000); // interval fires while the first still runs: skipped
    expect(runs).toBe(1);
    fail = true;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toBe(2);
    await vi.advanceTimersByTimeAsync(90_000);
    expect(maxParallel).toBe(1);
    expect(logged.some((l) => l.includes('scheduled backup failed') && l.includes('IO'))).toBe(true);
    stop();
    const before = runs;
    await vi.advanceTimersByTimeAsync(600_000);
    expect(runs).toBe(before);
  });
});
