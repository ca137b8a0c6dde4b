// `npm run bench [-- --scale small|full] [--json]`: our code against the raw-library limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openDatabase } from '../src/main/db/open';
import { createServices } from '../src/main/services';
import { benchAppend, benchVerify } from './journal';
import { benchSearch, benchTimeline } from './journal-read';
import { benchClientList } from './ui';
import { benchClientPage, benchPortfolio } from './value';
import { measure, memorySampler, printTable, row, round, time, type BenchRow } from './harness';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'small' }, json: { type: 'boolean', default: false } },
});
const scale = values.scale === 'full' ? 'full' : 'small';
const sizes =
  scale === 'full' ? { clients: 10_000, append: 50_000, uiClients: 10_000 } : { clients: 300, append: 10_000, uiClients: 2_000 };
const log = (s: string) => {
  if (!values.json) process.stderr.write(`${s}\n`);
};

async function main() {
  const mem = memorySampler();
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-'));
  const path = join(dir, 'bench.db');
  const dataDir = join(dir, 'data');
  const rows: BenchRow[] = [];
  const info: string[] = [];
  try {
    log(`scale ${scale}: generating ${sizes.clients.toLocaleString('en')} clients with the sample generator (seed 1)…`);
    let database = openDatabase(path);
    let s = createServices({ database, dataDir });
    let generated = { clients: 0, invoices: 0, journalEntries: 0 };
    const genMs = await time(() => {
      generated = s.sampleData.load('en', {
        clients: sizes.clients,
        seed: 1,
        onProgress: (p) =>
          log(`  ${p.clientsDone}/${p.clientsTotal} clients, ${p.journalEntries.toLocaleString('en')} journal entries`),
      });
    });
    info.push(
      `data: ${generated.clients.toLocaleString('en')} clients, ${generated.invoices.toLocaleString('en')} invoices, ` +
        `${generated.journalEntries.toLocaleString('en')} journal entries, generated in ${round(genMs / 1000)} s`,
    );
    const clientIds = (database.sqlite.prepare('SELECT id FROM clients WHERE archived_at IS NULL').all() as { id: number }[]).map(
      (r) => r.id,
    );
    const asOf = s.ctx.now().toISOString();

    log('portfolio…');
    rows.push(...(await benchPortfolio(database, dataDir, asOf)));
    log("client's page…");
    rows.push(await benchClientPage(s, clientIds));
    log('chain verification…');
    rows.push(await benchVerify(s));
    log('journal timeline and search…');
    rows.push(await benchTimeline(s), ...(await benchSearch(s)));

    log('journal append…');
    // Raw appends to an identical copy, so both write into the same-sized tables and indexes.
    database.sqlite.exec(`VACUUM INTO '${join(dir, 'raw.db').replaceAll("'", "''")}'`);
    const rawDatabase = openDatabase(join(dir, 'raw.db'));
    rows.push(await benchAppend(s, rawDatabase.sqlite, clientIds, sizes.append));
    rawDatabase.close();
    database.close();

    log('open + migrate…');
    const ours = await measure(() => openDatabase(path).close(), 5);
    const raw = await measure(() => {
      const d = new Database(path);
      d.pragma('user_version');
      d.close();
    }, 5);
    rows.push(
      row('open + migrate (already current)', ours, raw, 1.5, {
        goal: '≤ 1.5× raw or ≤ 50 ms',
        pass: ours / raw <= 1.5 || ours <= 50,
      }),
    );
    database = openDatabase(path);
    s = createServices({ database, dataDir });
    database.close();

    log('client list in Chromium…');
    rows.push(...(await benchClientList(sizes.uiClients)));
  } finally {
    mem.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  info.push(`peak memory (rss) of the bench process: ${mem.peakMb()} MB`);
  if (values.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
  else process.stdout.write(`${printTable(rows)}\n\n${info.join('\n')}\n`);
}

void main();
