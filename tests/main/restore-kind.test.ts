// A restore puts back a backup of the same kind of file only: the owner's own file never becomes a
// team's copy, a team's copy never becomes the owner's own file or another team's — refused in the
// owner's language, with nothing changed. Real files, real backups, the real API and CLI.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { teamReplicaKey } from '../../src/main/team/sync/replica';
import { en } from '../../src/shared/i18n/en';
import { tr } from '../../src/shared/i18n/tr';
import { az } from '../../src/shared/i18n/az';
import { call } from '../helpers/call';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';

const apps: TempApp[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const teamCopy = (roleName: string) => ({
  host: 'office.lan',
  port: 5432,
  database: 'atelier',
  teamCreatedAt: '2026-11-01T08:00:00.000Z',
  roleName,
  personName: 'Ayşe Kaya',
  role: 'staff',
  joinedAt: '2026-11-02T08:00:00.000Z',
});

/** An app on a file of its own, or on a team copy; one client so the files differ. */
function appOn(kind: 'own' | { roleName: string }, client: string): TempApp {
  const a = createTempApp();
  apps.push(a);
  a.services.clients.create(newClient(client));
  if (kind !== 'own')
    a.database.sqlite
      .prepare("INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, '', '')")
      .run(teamReplicaKey, JSON.stringify(teamCopy(kind.roleName)));
  return a;
}

async function backupOf(a: TempApp): Promise<string> {
  const usb = mkdtempSync(join(tmpdir(), 'cd-kind-'));
  dirs.push(usb);
  a.dialogs.queue.folder.push(usb);
  const b = (await call(a.api, 'backupNow', { destination: 'folder' }))!;
  return join(usb, b.name);
}

const names = async (a: TempApp) =>
  (await call(a.api, 'listClients', { search: '', status: null, includeArchived: false })).map((c) => c.name);

async function expectRefused(target: TempApp, backup: string, key: 'teamIntoOwn' | 'ownIntoTeam' | 'otherTeam') {
  const before = await names(target);
  target.dialogs.queue.open.push([backup]);
  await expect(call(target.api, 'previewRestore', { pickFile: true })).rejects.toMatchObject({
    code: 'INVALID_STATE',
    details: { messageKey: `errors.restoreKind.${key}` },
  });
  expect(await names(target)).toEqual(before);
  expect(await call(target.api, 'listBackups')).toEqual([]); // refused before any safety backup
}

describe('restore keeps each file its own kind', () => {
  it('a team copy’s backup is refused over the owner’s own file', async () => {
    const own = appOn('own', 'Own client');
    const backup = await backupOf(appOn({ roleName: 'ayse_k' }, 'Team client'));
    await expectRefused(own, backup, 'teamIntoOwn');
  });

  it('the owner’s own backup is refused over a team copy, and another person’s copy too', async () => {
    const team = appOn({ roleName: 'ayse_k' }, 'Team client');
    await expectRefused(team, await backupOf(appOn('own', 'Own client')), 'ownIntoTeam');
    await expectRefused(team, await backupOf(appOn({ roleName: 'mehmet_d' }, 'Other copy')), 'otherTeam');
  });

  it('a backup of the same team copy restores', async () => {
    const team = appOn({ roleName: 'ayse_k' }, 'Team client');
    const backup = await backupOf(team);
    team.services.clients.create(newClient('Added after the backup'));
    team.dialogs.queue.open.push([backup]);
    const preview = (await call(team.api, 'previewRestore', { pickFile: true }))!;
    expect(preview.canRestore).toBe(true);
    await call(team.api, 'restoreBackup', { token: preview.token, confirm: true });
    expect(await names(team)).toEqual(['Team client']);
  });

  it('the CLI refuses the same way and leaves the file as it was', async () => {
    const own = appOn('own', 'Own client');
    const backup = await backupOf(appOn({ roleName: 'ayse_k' }, 'Team client'));
    // the owner's file as the CLI finds it on disk (a copy of it, as the app is still open on the original)
    const path = join(dirs[0]!, 'own.db');
    copyFileSync(await backupOf(own), path);
    const bytes = readFileSync(path);
    const err: string[] = [];
    const code = await runCli(['restore', '--db', path, '--from', backup], { out: () => {}, err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain("This backup is of a team's file (atelier @ office.lan:5432, ayse_k)");
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('says so in all three languages', () => {
    for (const m of [en, tr, az]) {
      const k = (m.errors as unknown as { restoreKind: Record<string, string> }).restoreKind;
      expect(Object.keys(k).sort()).toEqual(['otherTeam', 'ownIntoTeam', 'teamIntoOwn']);
    }
  });
});
