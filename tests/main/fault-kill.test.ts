import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../src/main/db/open';
import { createServices } from '../../src/main/core/services';
import { verifyJournal } from '../../src/main/journal/chain';
import { listBackupsIn, verifyFile } from '../../src/main/safety/backup';

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
const backupWriter = resolve(import.meta.dirname, '../../node_modules/.cache/client-dossier-fault/backup-writer.mjs');
beforeAll(async () => {
  await build({
    entryPoints: [resolve(import.meta.dirname, '../fault/backup-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // every package stays a package (CommonJS ones such as iconv-lite cannot be inlined into ESM)
    packages: 'external',
    outfile: backupWriter,
    logLevel: 'error',
  });
  await build({
    entryPoints: [writerSource],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
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

describe('kill -9', () => {
  it(`${RUNS} runs during a stream of journal writes: no acknowledged entry lost, chain intact, integrity_check ok`, async () => {
    const dbPath = join(dir, 'client-dossier.db');
    const setup = openDatabase(dbPath);
    const clientId = (
      setup.sqlite.prepare("INSERT INTO clients (name) VALUES ('Kill test') RETURNING id").get() as { id: number }
    ).id;
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

  it('20 runs of kill -9 while backups are being written: every acknowledged backup is listed and verifies, no half-written one is listed', async () => {
    const dbPath = join(dir, 'client-dossier.db');
    const dataDir = join(dir, 'data');
    const usb = join(dir, 'usb');
    const acked = new Set<string>();
    for (let run = 0; run < 20; run++) {
      await new Promise<void>((ok, fail) => {
        const child = spawn(process.execPath, [backupWriter, dbPath, dataDir, usb], { stdio: ['ignore', 'pipe', 'pipe'] });
        let err = '';
        let buf = '';
        let seen = 0;
        const killAfter = Math.floor(Math.random() * 3);
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          let nl: number;
          while ((nl = buf.indexOf('\n')) >= 0) {
            const line = buf.slice(0, nl);
            buf = buf.slice(nl + 1);
            if (line === 'ready' && killAfter === 0) setTimeout(() => child.kill('SIGKILL'), Math.random() * 30);
            const m = /^ack (.+)$/.exec(line);
            if (m) {
              acked.add(m[1]!);
              if (++seen === killAfter) setTimeout(() => child.kill('SIGKILL'), Math.random() * 30);
            }
          }
        });
        child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? ok() : fail(new Error(err.slice(0, 500)))));
      });
    }
    const listed = listBackupsIn(usb);
    const names = new Set(listed.map((b) => b.name));
    const missing = [...acked].filter((n) => !names.has(n));
    let failed = 0;
    for (const b of listed) if (!(await verifyFile(join(b.folder, b.name), dataDir)).ok) failed++;
    const partials = readdirSync(usb).filter((f) => f.includes('.partial')).length;
    console.log(
      `[kill -9 backup] 20 runs: ${acked.size} backups acknowledged, ${listed.length} listed, ${missing.length} acknowledged but missing, ${failed} listed but failing verification, ${partials} .partial leftovers (never listed)`,
    );
    expect(missing).toEqual([]);
    expect(failed).toBe(0);
  }, 300_000);
});
