// `npm run bench [-- --scale small|full] [--json]`: our code against the raw-library limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openDatabase } from '../src/main/db/open';
import { createServices } from '../src/main/services';
import { benchAppend, benchVerify } from './journal';
import { benchClientList } from './ui';
import { measure, memorySampler, printTable, row, type BenchRow } from './harness';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'small' }, json: { type: 'boolean', default: false } },
});
const scale = values.scale === 'full' ? 'full' : 'small';
const sizes =
  scale === 'full' ? { clients: 10_000, entries: 1_000_000, append: 100_000 } : { clients: 300, entries: 30_000, append: 20_000 };
const log = (s: string) => {
  if (!values.json) process.stderr.write(`${s}\n`);
};

async function main() {
  const mem = memorySampler();
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-'));
  const path = join(dir, 'bench.db');
  const rows: BenchRow[] = [];
  try {
    log(`scale ${scale}: ${sizes.clients} clients, ${sizes.entries} journal entries`);
    const database = openDatabase(path);
    const s = createServices({ database, dataDir: join(dir, 'data') });
    const rawDatabase = openDatabase(join(dir, 'raw.db'));
    const clientIds: number[] = [];
    for (const d of [database, rawDatabase]) {
      const insertClient = d.sqlite.prepare("INSERT INTO clients (name, company, status) VALUES (?, ?, 'active')");
      clientIds.length = 0;
      d.sqlite.transaction(() => {
        for (let i = 0; i < sizes.clients; i++)
          clientIds.push(Number(insertClient.run(`Client ${i} Şahin`, `Firma ${i}`).lastInsertRowid));
      })();
    }

    log('journal append…');
    rows.push(await benchAppend(s, rawDatabase.sqlite, clientIds, sizes.entries));
    rawDatabase.close();
    log('chain verification…');
    rows.push(await benchVerify(s));
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
    log('client list in Chromium…');
    rows.push(...(await benchClientList(sizes.clients >= 10_000 ? sizes.clients : 2_000)));
  } finally {
    mem.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  if (values.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
  else {
    process.stdout.write(`${printTable(rows)}\n\npeak memory (rss): ${mem.peakMb()} MB\n`);
  }
}

void main();
