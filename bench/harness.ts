import { Worker } from 'node:worker_threads';
export { groupBy } from '../src/shared/domain/group-by';
// Measures our code against the same work done raw, side by side, in one run.
export interface BenchRow {
  operation: string;
  ours_ms: number;
  /** null where there is no raw side (the main process's longest block: a fixed line instead) */
  raw_ms: number | null;
  ratio: number | null;
  goal: string;
  pass: boolean;
  /** extra figures (entries/s, p50, counts) shown after the table */
  note?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * `npm run bench` runs with --expose-gc. Operations that make hundreds of MB of garbage (a
 * dossier, the portfolio) start each timing from a collected heap, so one side does not pay for
 * the other's garbage. Not for millisecond operations: a full collection also drops compiled
 * code and caches, and they would then measure a cold start.
 */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Median of `runs` timings after one warm-up run. */
export async function measure(fn: () => unknown | Promise<unknown>, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await time(fn));
  return median(out);
}

/**
 * Ours and raw timed in turns (ours, raw, raw, ours, …) after one warm-up each, so a busy
 * moment on a shared machine falls on both sides alike; medians of each.
 */
export async function measurePair(
  ours: () => unknown | Promise<unknown>,
  raw: () => unknown | Promise<unknown>,
  runs = 5,
  warmup = true,
  collectFirst = false,
): Promise<{ ours: number; raw: number }> {
  const timed = (fn: () => unknown | Promise<unknown>) => {
    if (collectFirst) collect();
    return time(fn);
  };
  if (warmup) {
    await ours();
    await raw();
  }
  const o: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    // who goes first alternates too: the second of a pair may find the same pages in cache
    if (i % 2) r.push(await timed(raw));
    o.push(await timed(ours));
    if (!(i % 2)) r.push(await timed(raw));
  }
  return { ours: median(o), raw: median(r) };
}

export function row(
  operation: string,
  ours: number,
  raw: number,
  maxRatio = 1.5,
  extra: { goal?: string; pass?: boolean; note?: string } = {},
): BenchRow {
  const ratio = raw > 0 ? ours / raw : 1;
  return {
    operation,
    ours_ms: round(ours),
    raw_ms: round(raw),
    ratio: round(ratio),
    goal: extra.goal ?? `≤ ${maxRatio}× raw`,
    pass: extra.pass ?? ratio <= maxRatio,
    ...(extra.note ? { note: extra.note } : {}),
  };
}

export const round = (n: number) => Math.round(n * 100) / 100;

export function printTable(rows: BenchRow[]): string {
  const head = ['operation', 'ours ms', 'raw ms', 'ratio', 'goal', 'pass'];
  const body = rows.map((r) => [
    r.operation,
    String(r.ours_ms),
    r.raw_ms === null ? '—' : String(r.raw_ms),
    r.ratio === null ? '—' : `${r.ratio}×`,
    r.goal,
    r.pass ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.operation}: ${r.note}`);
  if (notes.length) out.push('', 'notes:', ...notes);
  return out.join('\n');
}

/**
 * The process's resident memory, sampled every 5 ms from a worker thread — so it keeps
 * sampling while the main thread is busy in a long synchronous operation. `during(label, fn)`
 * records the peak above the starting figure for one operation.
 */
export function memorySampler() {
  const shared = new Float64Array(new SharedArrayBuffer(16)); // [peak since mark, overall peak]
  const sampler = new Worker(
    `const { workerData } = require('node:worker_threads');
     const a = new Float64Array(workerData);
     setInterval(() => { const r = process.memoryUsage.rss(); if (r > a[0]) a[0] = r; if (r > a[1]) a[1] = r; }, 5);`,
    { eval: true, workerData: shared.buffer },
  );
  sampler.unref();
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const figures: { label: string; startMb: number; peakMb: number }[] = [];
  return {
    async during<T>(label: string, fn: () => Promise<T>): Promise<T> {
      const start = process.memoryUsage.rss();
      shared[0] = start;
      try {
        return await fn();
      } finally {
        figures.push({ label, startMb: mb(start), peakMb: mb(Math.max(shared[0]!, process.memoryUsage.rss())) });
      }
    },
    peakMb: () => mb(Math.max(shared[1]!, process.memoryUsage.rss())),
    report: () =>
      figures.map(
        (f) =>
          `  ${f.label}: peak ${f.peakMb} MB (+${Math.round((f.peakMb - f.startMb) * 10) / 10} MB over ${f.startMb} MB at its start)`,
      ),
    stop: () => void sampler.terminate(),
  };
}
