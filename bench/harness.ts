// Measures our code against the same work done raw, side by side, in one run.
export interface BenchRow {
  operation: string;
  ours_ms: number;
  raw_ms: number;
  ratio: number;
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
 * Ours and raw timed in turns (ours, raw, ours, raw, …) after one warm-up each, so a busy
 * moment on a shared machine falls on both sides alike; medians of each.
 */
export async function measurePair(
  ours: () => unknown | Promise<unknown>,
  raw: () => unknown | Promise<unknown>,
  runs = 5,
): Promise<{ ours: number; raw: number }> {
  await ours();
  await raw();
  const o: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    o.push(await time(ours));
    r.push(await time(raw));
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
  const body = rows.map((r) => [r.operation, String(r.ours_ms), String(r.raw_ms), `${r.ratio}×`, r.goal, r.pass ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.operation}: ${r.note}`);
  if (notes.length) out.push('', 'notes:', ...notes);
  return out.join('\n');
}

/** Samples the process's resident memory while the bench runs. */
export function memorySampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  timer.unref();
  return {
    peakMb: () => Math.round((Math.max(peak, process.memoryUsage().rss) / 1024 / 1024) * 10) / 10,
    stop: () => clearInterval(timer),
  };
}
