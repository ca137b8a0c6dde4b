import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../src/main/db/open';
import { createServices } from '../../src/main/services';
import { verifyJournal } from '../../src/main/services/journal-chain';

// 100 times: a child process appends journal entries as fast as it can and is killed with
// SIGKILL at a random moment. Every entry it acknowledged (after commit) must be there, the
// chain must verify, and SQLite's integrity_check must pass.
const RUNS = Number(process.env['KILL_RUNS'] ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'cd-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const writerSource = resolve(import.meta.dirname, '../fault/journal-writer.ts');
// Bundled once with esbuild so each child starts in ~0.1 s instead of compiling TypeScript;
// placed under node_modules/.cache so `better-sqlite3` resolves from the project.
const writer = resolve(import.meta.dirname, '../../node_modules/.cache/client-dossier-fault/journal-writer.mjs');
beforeAll(async () => {
  await build({
    entryPoints: [writerSource],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3'],
    outfile: writer,
    logLevel: 'error',
  });
});

function runAndKill(dbPath: string, clientId: number, killAfterAcks: number): Promise<number> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [writer, dbPath, join(dir, 'data'), String(clientId)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acked = 0;
    let seen = 0;
    let buf = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const m = /^ack (\d+)$/.exec(line);
        if (!m) continue;
        acked = Math.max(acked, Number(m[1]));
        if (++seen === killAfterAcks) child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') ok(acked);
      else fail(new Error(`writer exited on its own (${code}): ${err.slice(0, 500)}`));
    });
  });
}

describe('kill -9 during a stream of journal writes', () => {
  it(`${RUNS} runs: no acknowledged entry lost, chain intact, integrity_check ok`, async () => {
    const dbPath = join(dir, 'client-dossier.db');
    const setup = openDatabase(dbPath);
    const clientId = (setup.sqlite.prepare("INSERT INTO clients (name) VALUES ('Kill test') RETURNING id").get() as { id: number }).id;
    setup.close();

    const started = Date.now();
    let lost = 0;
    let broken = 0;
    let integrityFailures = 0;
    let totalAcked = 0;
    let lastAcked = 0;
    for (let run = 0; run < RUNS; run++) {
      const acked = await runAndKill(dbPath, clientId, 1 + Math.floor(Math.random() * 40));
      totalAcked += acked - lastAcked;
      const database = openDatabase(dbPath);
      try {
        const stored = (
          database.sqlite.prepare('SELECT max(seq) AS s FROM journal_entries WHERE client_id = ?').get(clientId) as {
            s: number;
          }
        ).s;
        if (stored < acked) lost += acked - stored;
        lastAcked = stored;
        const v = await verifyJournal(createServices({ database, dataDir: join(dir, 'data') }).ctx, {
          skipAttachmentFiles: true,
        });
        if (!v.ok) broken++;
        if (database.sqlite.pragma('integrity_check', { simple: true }) !== 'ok') integrityFailures++;
      } finally {
        database.close();
      }
    }
    const secs = (Date.now() - started) / 1000;
    console.log(
      `[kill -9] ${RUNS} runs in ${secs.toFixed(1)} s: ${lastAcked} entries stored, ≥${totalAcked} acknowledged; lost ${lost}, broken chains ${broken}, integrity failures ${integrityFailures}`,
    );
    expect(lost).toBe(0);
    expect(broken).toBe(0);
    expect(integrityFailures).toBe(0);
  }, 300_000);
});
