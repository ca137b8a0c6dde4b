// The team commands as a person runs them: init, add-person (its printed URL connects), access,
// and `verify --team`, alone and against a receipt, catching an entry changed behind the triggers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { connectTeam } from '../../src/main/team/connect';
import { appendTeamEntry } from '../../src/main/team/journal';
import { teamDb, type TeamDb } from './team-db';

let db: TeamDb;
let dir: string;
beforeAll(async () => {
  db = await teamDb();
  dir = mkdtempSync(join(tmpdir(), 'cd-team-cli-'));
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

describe('team commands', () => {
  it('init says what it did, again without harm; usage errors exit 2', async () => {
    const r = await cli('team', 'init', '--url', db.adminUrl);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/brought up to date: the team schema "dossier"/);
    expect((await cli('team', 'init')).code).toBe(2);
    expect((await cli('team', 'frobnicate', '--url', db.adminUrl)).code).toBe(2);
    const down = await cli('team', 'init', '--url', 'postgresql://a:b@127.0.0.1:9/x');
    expect(down.code).toBe(1);
    expect(down.err).toMatch(/cannot be reached/);
  });

  it('add-person prints a URL, role and password once; that URL connects as that person', async () => {
    const r = await cli('team', 'add-person', '--url', db.adminUrl, '--name', 'Ayşe Yılmaz', '--role', 'staff', '--json');
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out) as { login: string; password: string; url: string; role: string };
    expect(p.login).toMatch(/^ayse_yilmaz/);
    expect(p.url).toContain('sslmode=prefer');
    // the test server offers no TLS: sslmode=prefer falls back to a plain connection, as libpq does
    const c = await connectTeam(p.url);
    try {
      const who = await c.query<{ u: string; staff: boolean }>(
        "SELECT session_user AS u, pg_has_role(session_user, 'team_staff', 'MEMBER') AS staff",
      );
      expect(who.rows[0]).toEqual({ u: p.login, staff: true });
      const me = await c.query('SELECT name, role FROM dossier.people WHERE role_name = session_user');
      expect(me.rows).toEqual([{ name: 'Ayşe Yılmaz', role: 'staff' }]);
    } finally {
      await c.end();
      await db.admin.query(`DELETE FROM dossier.people WHERE role_name = $1`, [p.login]);
      await db.admin.query(`DROP ROLE ${db.admin.escapeIdentifier(p.login)}`);
    }
    const text = await cli('team', 'add-person', '--url', db.adminUrl, '--name', 'X', '--role', 'boss');
    expect(text.code).toBe(2);
    expect(text.err).toMatch(/--role takes owner, staff, accountant/);
  });
});

describe('verify --team', () => {
  it('verifies every chain, matches a receipt, and names an entry changed behind the triggers', async () => {
    const staff = await (await db.person('Verifier Staff', 'staff')).connect();
    const a = await db.client('Chain A');
    const b = await db.client('Chain B');
    for (let i = 0; i < 5; i++) {
      await appendTeamEntry(staff, {
        clientId: a,
        kind: 'call',
        channel: 'phone',
        occurredAt: '2026-12-01T10:00:00Z',
        summary: `A ${i}`,
      });
      await appendTeamEntry(staff, {
        clientId: b,
        kind: 'email',
        channel: 'email',
        occurredAt: '2026-12-01T10:00:00Z',
        summary: `B ${i}`,
      });
    }
    const ok = await cli('verify', '--team', db.adminUrl);
    expect(ok.code).toBe(0);
    expect(ok.out).toBe('intact: 10 entries in 2 client chains on the team server');

    const receipt = join(dir, 'receipt.json');
    expect((await cli('team', 'receipt', '--url', db.adminUrl, '--out', receipt)).code).toBe(0);
    expect(JSON.parse(readFileSync(receipt, 'utf8'))).toMatchObject({
      format: 'client-dossier/receipt',
      chains: [
        { clientId: a, headSeq: 5 },
        { clientId: b, headSeq: 5 },
      ],
    });
    await appendTeamEntry(staff, {
      clientId: a,
      kind: 'call',
      channel: 'phone',
      occurredAt: '2026-12-01T11:00:00Z',
      summary: 'after the receipt',
    });
    const against = await cli('verify', '--team', db.adminUrl, '--against', receipt);
    expect(against.code).toBe(0);
    expect(against.out).toContain(`client ${a}: appended since`);
    expect(against.out).toContain(`client ${b}: intact`);

    // a superuser can switch the triggers off; the recomputed hash still shows the change
    await db.admin.query('BEGIN');
    await db.admin.query('SET LOCAL session_replication_role = replica');
    await db.admin.query("UPDATE dossier.journal_entries SET summary = 'rewritten' WHERE client_id = $1 AND seq = 3", [b]);
    await db.admin.query('COMMIT');
    const broken = await cli('verify', '--team', db.adminUrl);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`NOT INTACT: client ${b}, entry #3 (id `);
    expect(broken.out).toContain('): hash_mismatch');
    const vsReceipt = await cli('verify', '--team', db.adminUrl, '--against', receipt, '--json');
    expect(vsReceipt.code).toBe(1);
    expect(JSON.parse(vsReceipt.out)).toMatchObject({ ok: false, problems: [{ kind: 'broken', clientId: b, seq: 3 }] });
    expect((await cli('verify', '--team', db.adminUrl, '--db', 'x.db')).code).toBe(2);
  });
});

describe('journal add --team', () => {
  it('stores an entry numbered by the server under the person’s own name; refuses what the server refuses', async () => {
    const p = await db.person('Journal Writer', 'staff');
    const clientId = await db.client('Zeynep Kaya Ltd');
    const r = await cli(
      'journal',
      'add',
      '--team',
      p.url,
      '--client',
      'zeynep kaya ltd',
      '--kind',
      'incident_abuse',
      '--summary',
      'Shouted at Ayşe',
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const e = JSON.parse(r.out) as { clientId: number; seq: number; author: string; hashVersion: number; hash: string };
    expect(e).toMatchObject({ clientId, seq: 1, author: p.login, hashVersion: 2 });
    const again = await cli(
      'journal',
      'add',
      '--team',
      p.url,
      '--client',
      String(clientId),
      '--kind',
      'call',
      '--summary',
      'Called back',
      '--occurred-at',
      '2026-12-03T09:00:00+03:00',
    );
    expect(again.code).toBe(0);
    expect(again.out).toContain('stored: entry #2 in the team journal');
    const stored = await db.admin.query(
      'SELECT occurred_at, channel, severity FROM dossier.journal_entries WHERE client_id = $1 ORDER BY seq',
      [clientId],
    );
    expect(stored.rows).toEqual([
      expect.objectContaining({ channel: 'phone', severity: 'high' }),
      { occurred_at: '2026-12-03T06:00:00.000Z', channel: 'phone', severity: 'low' },
    ]);

    const accountant = await db.person('Journal Accountant', 'accountant');
    const refused = await cli(
      'journal',
      'add',
      '--team',
      accountant.url,
      '--client',
      String(clientId),
      '--kind',
      'call',
      '--summary',
      'x',
    );
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^refused: permission denied/);
    await db.admin.query("INSERT INTO dossier.client_access (client_id, role_name, access) VALUES ($1, $2, 'deny')", [
      clientId,
      p.login,
    ]);
    const hidden = await cli('journal', 'add', '--team', p.url, '--client', String(clientId), '--kind', 'call', '--summary', 'x');
    expect(hidden.code).toBe(1);
    expect(hidden.out).toMatch(/^refused: no client/);
    expect((await cli('journal', 'add', '--team', p.url, '--client', '1', '--kind', 'nonsense', '--summary', 'x')).code).toBe(1);
    expect(
      (
        await cli(
          'journal',
          'add',
          '--team',
          p.url,
          '--client',
          '1',
          '--kind',
          'call',
          '--summary',
          'x',
          '--occurred-at',
          'yesterday',
        )
      ).code,
    ).toBe(1);
    const both = await cli(
      'journal',
      'add',
      '--team',
      p.url,
      '--db',
      'x.db',
      '--client',
      '1',
      '--kind',
      'call',
      '--summary',
      'x',
    );
    expect(both.code).toBe(2);
  });
});
