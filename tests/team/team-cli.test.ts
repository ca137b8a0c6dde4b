// `team join`, `team status` and `team sync` from a terminal, on the same team service as the app.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { teamDb, type TeamDb } from './team-db';
import { teamReplicaKey } from '../../src/main/team/sync/replica';
import { scramVerifier } from '../../src/main/team/people';

let db: TeamDb;
let dir: string;
beforeAll(async () => {
  db = await teamDb();
  dir = mkdtempSync(join(tmpdir(), 'cd-team-join-'));
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('team join, status, sync', () => {
  it('join makes the replica file (password beside it, not in it); status tells the person, the connection and the queue', async () => {
    const p = await db.person('Nigar Əliyeva', 'staff');
    const file = join(dir, 'nigar.db');
    const j = await cli('team', 'join', '--db', file, '--url', p.url);
    expect(j.code).toBe(0);
    expect(j.out).toMatch(/joined cd_team_\w+ on 127\.0\.0\.1:\d+ as Nigar Əliyeva \(staff\)/);
    expect(j.out).toMatch(/not encrypted/);
    const sq = new Database(file, { readonly: true });
    const setting = sq.prepare('SELECT value FROM settings WHERE key = ?').get(teamReplicaKey) as { value: string };
    sq.close();
    expect(JSON.parse(setting.value)).toMatchObject({ roleName: p.login, personName: 'Nigar Əliyeva', role: 'staff' });
    expect(readFileSync(file).includes(Buffer.from(p.password))).toBe(false);
    expect(readFileSync(join(dir, 'team-secrets.json'), 'utf8')).toContain(p.password);

    const s = await cli('team', 'status', '--db', file, '--json');
    expect(s.code).toBe(0);
    expect(JSON.parse(s.out)).toMatchObject({
      joined: true,
      personName: 'Nigar Əliyeva',
      connection: 'online',
      tls: false,
      queue: { pending: 0, conflicts: 0 },
    });
    const text = await cli('team', 'status', '--db', file);
    expect(text.out).toMatch(/connection: online, not encrypted/);
    expect(text.out).toMatch(/queue: 0 entries not yet in the team journal/);

    // joining onto an existing file is refused, and the file is left as it was
    const again = await cli('team', 'join', '--db', file, '--url', p.url);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already at/);
  });

  it('sync exits 1 with the reason when the server refuses the login', async () => {
    const p = await db.person('Refused Person', 'staff');
    const file = join(dir, 'refused.db');
    expect((await cli('team', 'join', '--db', file, '--url', p.url)).code).toBe(0);
    await db.admin.query(
      `ALTER ROLE ${db.admin.escapeIdentifier(p.login)} PASSWORD ${db.admin.escapeLiteral(scramVerifier('changed'))}`,
    );
    const r = await cli('team', 'sync', '--db', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/refused the login .*: the password is wrong/);
    const s = JSON.parse((await cli('team', 'status', '--db', file, '--json')).out) as { connection: string };
    expect(s.connection).toBe('refused');
  });

  it('a join that is refused leaves no file', async () => {
    const file = join(dir, 'nobody.db');
    const r = await cli('team', 'join', '--db', file, '--url', 'postgresql://x:y@127.0.0.1:9/team');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot be reached/);
    expect(existsSync(file)).toBe(false);
    expect((await cli('team', 'sync')).code).toBe(2);
  });
});
