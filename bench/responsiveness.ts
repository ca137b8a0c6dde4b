// "The main process keeps answering": long work run through the API as the window asks for it
// (contract validation, services, worker threads on), on a copy of the bench file, while a 1 ms
// timer measures the longest stretch the main thread could not answer. There is no raw side:
// the figure is the longest block itself, against a fixed line.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../src/main/api';
import { openDatabase } from '../src/main/db/open';
import { dispatch } from '../src/main/dispatch';
import { ownPlace } from '../src/main/workers/locate';
import { standInDialogs } from '../tests/helpers/stand-in-dialogs';
import { round, type BenchRow } from './harness';

/** Interaction to Next Paint calls a response slower than this poor (web.dev/inp); a click answered later feels stuck. */
export const blockGoalMs = 500;

/** The longest gap between ticks of a 1 ms timer while `fn` runs: how long nothing else could be answered. */
async function blocked(fn: () => Promise<unknown>): Promise<{ totalMs: number; blockMs: number }> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const t0 = performance.now();
  try {
    await fn();
    const totalMs = performance.now() - t0;
    await new Promise((ok) => setTimeout(ok, 5)); // let the timer see the end of the last stretch
    return { totalMs, blockMs: Math.max(longest, performance.now() - last) };
  } finally {
    clearInterval(tick);
  }
}

export async function benchResponsiveness(source: string, dir: string, invoicesToImport: number): Promise<BenchRow[]> {
  const path = join(dir, 'responsiveness.db');
  copyFileSync(source, path);
  const dataDir = join(dir, 'responsiveness-data');
  mkdirSync(dataDir, { recursive: true });
  const database = openDatabase(path);
  const dialogs = standInDialogs();
  const { api, runtime } = createApi({
    version: 'bench',
    dialogs: dialogs.dialogs,
    timeZone: 'UTC',
    workers: ownPlace(),
    database,
    dataDir,
  });
  const call = async (name: string, input?: unknown) => {
    // each call its own turn of the event loop, as each IPC message from the window is
    await new Promise((ok) => setImmediate(ok));
    const r = await dispatch(api, name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as never;
  };
  const sqlite = database.sqlite;
  const busiest = sqlite
    .prepare('SELECT client_id FROM journal_entries GROUP BY client_id ORDER BY count(*) DESC LIMIT 1')
    .pluck()
    .get() as number;
  const dossierClient =
    (sqlite.prepare("SELECT id FROM clients WHERE name = 'Bench Dossier'").pluck().get() as number | undefined) ?? busiest;
  const note = (entry: string) =>
    call('addJournalEntry', { clientId: busiest, kind: 'call', channel: 'phone', summary: entry, durationMinutes: 5 });
  const names = sqlite.prepare('SELECT name FROM clients WHERE archived_at IS NULL LIMIT 500').pluck().all() as string[];

  const jobs: [string, () => Promise<unknown>][] = [
    ['dashboard (today panel)', () => call('getToday')],
    [
      'portfolio, first after a write',
      async () => {
        await note('before the portfolio');
        await call('portfolio');
      },
    ],
    [
      "a client's value, first after a write",
      async () => {
        await note('before the client value');
        await call('clientValuation', { clientId: busiest });
      },
    ],
    ['back up now', () => call('backupNow', { destination: 'app' })],
    [
      'Verify button: every journal chain',
      async () => {
        const job: { jobId: number } = await call('startJournalVerification', { clientId: null });
        for (;;) {
          const s: { state: string } = await call('getJournalVerification', { jobId: job.jobId });
          if (s.state !== 'running') return;
          await new Promise((ok) => setTimeout(ok, 20));
        }
      },
    ],
    [
      'incident dossier PDF export (1,000 entries)',
      () => {
        dialogs.queue.save.push(join(dir, 'responsiveness-dossier.pdf'));
        return call('exportDossier', { clientId: dossierClient, language: 'tr' });
      },
    ],
    [
      `CSV import of ${invoicesToImport.toLocaleString('en')} invoices (backup first)`,
      async () => {
        const csv = join(dir, 'responsiveness-invoices.csv');
        const lines = ['Client,Invoice number,Issued,Due,Amount,Description'];
        for (let i = 0; i < invoicesToImport; i++)
          lines.push(`"${names[i % names.length]!.replaceAll('"', '""')}",RESP-${i},2026-10-01,2026-10-31,${100 + i},Work ${i}`);
        writeFileSync(csv, `${lines.join('\n')}\n`);
        dialogs.queue.open.push([csv]);
        const preview: { token: string; suggestedMapping: unknown } = await call('previewImport', { kind: 'invoices' });
        await call('checkImport', { token: preview.token, mapping: preview.suggestedMapping });
        await call('commitImport', { token: preview.token, mapping: preview.suggestedMapping, skipDuplicates: false });
      },
    ],
    [
      'full export (JSON, CSV, attachments, journal check)',
      () => {
        dialogs.queue.folder.push(dir);
        return call('exportAll');
      },
    ],
  ];
  const rows: BenchRow[] = [];
  try {
    for (const [name, job] of jobs) {
      const { totalMs, blockMs } = await blocked(job);
      rows.push({
        operation: `main process answering during: ${name}`,
        ours_ms: round(blockMs),
        raw_ms: null,
        ratio: null,
        goal: `longest block ≤ ${blockGoalMs} ms`,
        pass: blockMs <= blockGoalMs,
        note: `longest block ${Math.round(blockMs)} ms in ${(totalMs / 1000).toFixed(1)} s`,
      });
    }
  } finally {
    database.close();
    runtime.close();
  }
  return rows;
}
