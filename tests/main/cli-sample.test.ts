import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { openDatabase } from '../../src/main/db/open';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli sample', () => {
  it('builds the same seeded business into a new database, with progress, and verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-sample-'));
    dirs.push(dir);
    const a = await cli('sample', '--out', join(dir, 'a.db'), '--clients', '60', '--seed', '7', '--today', '2026-11-23');
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/created .*a\.db: 60 clients, \d+ invoices/);
    expect(a.err).toContain('60/60 clients');
    const b = await cli('sample', '--out', join(dir, 'b.db'), '--clients', '60', '--seed', '7', '--today', '2026-11-23');
    expect(b.out.replace('b.db', 'a.db')).toBe(a.out);
    const heads = (file: string) => {
      const db = openDatabase(join(dir, file), { readonly: true });
      const rows = db.sqlite.prepare('SELECT client_id, seq, hash FROM journal_heads ORDER BY client_id').all();
      const marked = db.sqlite.prepare('SELECT count(*) AS n FROM clients WHERE is_sample = 0').get() as { n: number };
      db.close();
      return { rows, marked: marked.n };
    };
    const ha = heads('a.db');
    expect(ha.rows).toEqual(heads('b.db').rows);
    expect(ha.marked).toBe(0);
    expect((await cli('verify', '--db', join(dir, 'a.db'))).code).toBe(0);
  });

  it('refuses bad usage and an existing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-sample-'));
    dirs.push(dir);
    expect((await cli('sample')).code).toBe(2);
    expect((await cli('sample', '--out', join(dir, 'x.db'), '--clients', 'many')).code).toBe(2);
    expect((await cli('sample', '--out', join(dir, 'x.db'), '--today', 'soon')).code).toBe(2);
    expect((await cli('sample', '--out', join(dir, 'x.db'), '--clients', '1')).code).toBe(0);
    expect((await cli('sample', '--out', join(dir, 'x.db'), '--clients', '1')).code).toBe(2);
  });
});
