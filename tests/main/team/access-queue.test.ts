// The access log's queue on a real file: every export of a team replica waits in settings until
// the next sync — also when the CLI opened the file read-only to write a report — and a manual
// backup is logged while the timer's own backups are not.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../../helpers/temp-db';
import { runCli } from '../../../src/main/cli';
import { accessQueueKey, pendingAccesses } from '../../../src/main/team/access-log';
import { teamReplicaKey } from '../../../src/main/team/sync/replica';
import { asPulledFromTeam } from '../../helpers/replica-entries';

let app: TempApp;
afterEach(() => app?.close());

function replica() {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  app.services.settings.saveProfile({ ...sampleProfile });
  app.database.sqlite.prepare("INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, '', '')").run(
    teamReplicaKey,
    JSON.stringify({
      host: 'office',
      port: 5432,
      database: 'd',
      teamCreatedAt: 'x',
      roleName: 'ayse_k',
      personName: 'Ayşe Kaya',
      role: 'staff',
      joinedAt: 'y',
    }),
  );
  // a client pulled from the team (the server's id)
  return asPulledFromTeam(app.database.sqlite, () => app.services.clients.create(newClient('Demir Ltd')));
}

const queue = () =>
  JSON.parse(
    (app.database.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(accessQueueKey) as { value: string } | undefined)
      ?.value ?? '[]',
  ) as { action: string; clientId: number | null; detail: string; at: string }[];

describe('the access log queue', () => {
  it('a report written by the CLI on a read-only open is queued all the same', async () => {
    const c = replica();
    const out = join(app.dir, 'value.pdf');
    const code = await runCli(
      ['report', 'value', '--db', app.database.path, '--client', String(c.id), '--lang', 'tr', '--out', out],
      {
        out: () => {},
        err: () => {},
      },
    );
    expect(code).toBe(0);
    expect(queue()).toEqual([
      { action: 'export.value_report', clientId: c.id, detail: expect.stringMatching(/^\d+ pages$/), at: expect.any(String) },
    ]);
  });

  it('a backup made by hand is logged; the timer’s backups are not, and do not run again for the log’s write', async () => {
    replica();
    await app.services.backup.create('manual');
    expect(queue().map((q) => q.action)).toEqual(['backup']);
    expect(queue()[0]!.detail).toMatch(/^client-dossier-.*: 0 entries, \d+ bytes$/);
    // the log's own write is no change to back up
    expect(await app.services.backup.runScheduled()).toBeNull();
    app.services.clients.create(newClient('Kaya AŞ'));
    expect(await app.services.backup.runScheduled()).not.toBeNull();
    expect(await app.services.backup.runScheduled()).toBeNull();
    expect(pendingAccesses(app.database.sqlite)).toBe(1);
  });

  it('a backup by the CLI is queued too', async () => {
    replica();
    const out = join(app.dir, 'copy.db');
    const code = await runCli(['backup', '--db', app.database.path, '--out', out], { out: () => {}, err: () => {} });
    expect(code).toBe(0);
    expect(queue().map((q) => [q.action, q.detail])).toEqual([['backup', 'copy.db: a backup from the command line']]);
  });

  it('keeps the order of the exports it holds', async () => {
    const c = replica();
    app.dialogs.queue.folder.push(app.dir, app.dir);
    await app.api.exportCsv({ table: 'clients' });
    await app.services.reports.valuePdf({ clientId: c.id, language: 'en' });
    await app.api.exportCsv({ table: 'invoices' });
    expect(queue().map((q) => [q.action, q.detail.replace(/\d+ pages/, 'N pages')])).toEqual([
      ['export.csv', 'clients-2026-11-23.csv: 1 rows'],
      ['export.value_report', 'N pages'],
      ['export.csv', 'invoices-2026-11-23.csv: 0 rows'],
    ]);
  });
});
