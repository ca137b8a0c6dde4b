// What a newcomer meets at the terminal (audit, 2026-12-03): every command answers `--help` with
// its own usage and exit 0, the command list shows each form on its own line, a date-time typed
// without an offset is read on the owner's clock, and a badly shaped one gets one message.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { isoDateTime } from '../../src/shared/contract/text';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';

let app: TempApp;
beforeEach(() => {
  app = createTempApp();
});
afterEach(() => app.close());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const commands = [
  'info',
  'backup',
  'restore',
  'export',
  'verify',
  'receipt',
  'report',
  'offboarding',
  'calendar',
  'statement',
  'sample',
  'import',
  'team',
  'journal',
];

describe('cli help', () => {
  it.each(commands)('%s --help prints its usage and exits 0', async (name) => {
    const r = await cli(name, '--help');
    expect(r.code).toBe(0);
    expect(r.out.startsWith(`usage: npm run cli -- ${name} `)).toBe(true);
    expect(r.out).not.toContain('Unknown option');
    expect((await cli(name, '-h')).code).toBe(0);
  });

  it('--help after other words still helps; as the value of an option it is text', async () => {
    expect((await cli('journal', 'add', '--help')).code).toBe(0);
    expect((await cli('report', 'dossier', '--db', 'x.db', '--help')).code).toBe(0);
    // `--summary --help` is a summary, not a request for help: the command runs (and finds no db)
    const r = await cli('journal', 'add', '--db', 'nope.db', '--client', '1', '--kind', 'call', '--summary=--help');
    expect(r.code).toBe(2);
    expect(r.err).toContain('no database at');
  });

  it('the command list puts every form on its own line and its summary under it', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    const lines = r.err.split('\n');
    // a second form is a line of its own starting with the command, never "npm run cli -- …" glued to a summary
    expect(lines).toContain('  verify --team <postgres-url> [--against <receipt.json|receipt.pdf|dossier.pdf>] [--json]');
    expect(lines).toContain('  receipt --db <path> --retry-timestamps [--json]');
    expect(lines.filter((l) => l.includes('npm run cli -- ') && !l.startsWith('usage:') && !l.includes('--help'))).toEqual([]);
    expect(r.err).toContain('exit codes: 0 ok, 1 refused or a check failed, 2 bad usage');
  });
});

describe('date-times from a terminal', () => {
  it('a time without an offset is on the owner’s clock (Istanbul: 10:00 is 07:00 UTC)', async () => {
    await app.api.saveProfile({ ...sampleProfile, timeZone: 'Europe/Istanbul' });
    app.services.clients.create(newClient('Mehmet Kaya'));
    const r = await cli(
      'journal',
      'add',
      '--db',
      app.database.path,
      '--client',
      'Mehmet Kaya',
      '--kind',
      'call',
      '--summary',
      'Called',
      '--occurred-at',
      '2026-11-20T10:00',
      '--json',
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { occurredAt: string }).occurredAt).toBe('2026-11-20T07:00:00.000Z');
    // with an offset it is taken as written
    const z = await cli(
      'journal',
      'add',
      '--db',
      app.database.path,
      '--client',
      'Mehmet Kaya',
      '--kind',
      'call',
      '--summary',
      'Called',
      '--occurred-at',
      '2026-11-20T10:00:00Z',
      '--json',
    );
    expect((JSON.parse(z.out) as { occurredAt: string }).occurredAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('a date without a time gets one message (not also "does not exist")', async () => {
    app.services.clients.create(newClient('Mehmet Kaya'));
    const r = await cli(
      'journal',
      'add',
      '--db',
      app.database.path,
      '--client',
      'Mehmet Kaya',
      '--kind',
      'call',
      '--summary',
      'Called',
      '--occurred-at',
      '2026-11-20',
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('Enter a valid date and time.');
    expect(r.out).not.toContain('does not exist');
    const issues = isoDateTime.safeParse('2026-11-20').error?.issues.map((i) => i.message);
    expect(issues).toEqual(['validation.dateTime']);
    expect(isoDateTime.safeParse('2026-02-30T10:00:00Z').error?.issues.map((i) => i.message)).toEqual([
      'validation.dateTimeImpossible',
    ]);
  });
});

describe('journal add: words the terminal must spell', () => {
  it('an unknown kind, channel or severity lists the words there are', async () => {
    app.services.clients.create(newClient('Mehmet Kaya'));
    const r = await cli(
      'journal',
      'add',
      '--db',
      app.database.path,
      '--client',
      'Mehmet Kaya',
      '--kind',
      'phonecall',
      '--summary',
      'Called',
      '--severity',
      'huge',
      '--channel',
      'pigeon',
    );
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/What happened: Choose one of the options\. \(--kind call \| email \| meeting \|.* \| note\)/);
    expect(r.out).toContain('(--severity low | medium | high | critical)');
    expect(r.out).toContain('(--channel phone | email | chat | social_media | in_person | letter | other)');
  });
});
