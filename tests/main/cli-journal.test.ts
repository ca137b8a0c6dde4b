// `npm run cli -- journal add`: the app's journal service from a terminal. 0 stored (number and
// hash printed), 1 refused with the app's own messages, 2 usage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userInfo } from 'node:os';
import { runCli } from '../../src/main/cli';
import { verifyJournal } from '../../src/main/journal/chain';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let db: string;
beforeEach(() => {
  app = createTempApp();
  db = app.database.path;
});
afterEach(() => app.close());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const rows = () =>
  app.database.sqlite.prepare('SELECT client_id, seq, kind, channel, severity, signs, summary, author, hash_version, hash FROM journal_entries ORDER BY id').all() as {
    client_id: number;
    seq: number;
    kind: string;
    channel: string;
    severity: string;
    signs: string;
    summary: string;
    author: string;
    hash_version: number;
    hash: string;
  }[];

describe('cli journal add', () => {
  it("stores an entry by client name, as version 2 with the owner's name, and prints its number and hash", async () => {
    const c = app.services.clients.create(newClient('Mehmet Kaya'));
    await app.api.saveProfile({
      businessName: 'Atölye',
      ownerName: 'Ayşe Yılmaz',
      ownerTitle: '',
      currency: 'TRY',
      language: 'tr',
      monthlyCapacityCostMinor: 0,
      paidHoursPerMonth: 160,
      practicalCapacityPct: 80,
    });
    const r = await cli('journal', 'add', '--db', db, '--client', 'mehmet kaya', '--kind', 'incident_abuse', '--summary', 'Telefonda bağırdı', '--occurred-at', '2026-11-22T15:00:00.000Z');
    expect(r.code, r.out + r.err).toBe(0);
    const [row] = rows();
    expect(row).toMatchObject({ client_id: c.id, seq: 1, kind: 'incident_abuse', author: 'Ayşe Yılmaz', hash_version: 2, summary: 'Telefonda bağırdı' });
    // the kind's template, as the entry form fills it in: an abuse incident, high, the abusive sign
    expect(row).toMatchObject({ channel: 'phone', severity: 'high' });
    expect(JSON.parse(row!.signs)).toContain('abusive');
    expect(r.out).toContain('entry #1');
    expect(r.out).toContain(row!.hash);
    expect(r.out).toContain('author: Ayşe Yılmaz');
    // the next one by id, with its own channel and severity, follows in the chain
    const two = await cli('journal', 'add', '--db', db, '--client', String(c.id), '--kind', 'call', '--summary', 'İkinci', '--channel', 'in_person', '--severity', 'medium', '--json');
    expect(two.code).toBe(0);
    expect(JSON.parse(two.out)).toMatchObject({ seq: 2, clientId: c.id, author: 'Ayşe Yılmaz', hashVersion: 2, hash: rows()[1]!.hash });
    expect(rows()[1]).toMatchObject({ channel: 'in_person', severity: 'medium' });
    expect(await verifyJournal(app.services.ctx)).toMatchObject({ ok: true, entriesChecked: 2 });
  });

  it("without a profile the author is this computer's user account", async () => {
    app.services.clients.create(newClient('Leyla Əliyeva'));
    const r = await cli('journal', 'add', '--db', db, '--client', 'Leyla Əliyeva', '--kind', 'note', '--summary', 'x');
    expect(r.code, r.out).toBe(0);
    expect(rows()[0]!.author).toBe(userInfo().username);
  });

  it('refuses (1) a bad kind, an unknown or ambiguous client and an impossible date, with the app’s messages', async () => {
    app.services.clients.create(newClient('Mehmet Kaya'));
    app.services.clients.create({ ...newClient('Ali Veli'), email: 'ali@example.com' });
    app.services.clients.create({ ...newClient('Ali Veli'), email: 'ali2@example.com' });
    const add = (...more: string[]) => cli('journal', 'add', '--db', db, '--summary', 's', ...more);

    const kind = await add('--client', 'Mehmet Kaya', '--kind', 'shouting');
    expect(kind.code).toBe(1);
    expect(kind.out).toContain('What happened: Choose one of the options.');

    const unknown = await add('--client', 'Nobody', '--kind', 'call');
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('Client: No client with this name or e-mail.');

    const twice = await add('--client', 'ali veli', '--kind', 'call');
    expect(twice.code).toBe(1);
    expect(twice.out).toContain('Client: Several clients have this name; use the e-mail.');
    // by e-mail, one of the two is found
    expect((await add('--client', 'ALI2@example.com', '--kind', 'call')).code).toBe(0);

    const feb30 = await add('--client', 'Mehmet Kaya', '--kind', 'call', '--occurred-at', '2026-02-30T10:00:00.000Z');
    expect(feb30.code).toBe(1);
    expect(feb30.out).toMatch(/When it happened: This date or time does not exist/);

    const future = await add('--client', 'Mehmet Kaya', '--kind', 'call', '--occurred-at', '2030-01-01T10:00:00.000Z');
    expect(future.code).toBe(1);
    expect(future.out).toContain('When it happened: Cannot be in the future.');

    // in Turkish when asked (or when the owner's profile is Turkish)
    const tr = await add('--client', 'Kimse', '--kind', 'call', '--lang', 'tr');
    expect(tr.out).toContain('Bu ad ya da e-postayla bir müşteri yok.');
    expect(rows()).toHaveLength(1);
  });

  it('bad usage exits 2', async () => {
    app.services.clients.create(newClient('Mehmet Kaya'));
    expect((await cli('journal', '--db', db)).code).toBe(2);
    expect((await cli('journal', 'remove', '--db', db, '--client', '1', '--kind', 'call', '--summary', 's')).code).toBe(2);
    expect((await cli('journal', 'add', '--db', db, '--kind', 'call', '--summary', 's')).code).toBe(2);
    expect((await cli('journal', 'add', '--db', db, '--client', '1', '--kind', 'call', '--summary', 's', '--lang', 'de')).code).toBe(2);
    expect((await cli('journal', 'add', '--db', `${db}.missing`, '--client', '1', '--kind', 'call', '--summary', 's')).code).toBe(2);
    expect((await cli('journal', 'add', '--db', db, '--client', '1', '--kind', 'call', '--summary', 's', '--bogus')).code).toBe(2);
    expect(rows()).toHaveLength(0);
  });
});
