// Issue 15 item 6: a database in a file-sync folder is reported, and can be moved out of it.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syncFolderOf } from '../../src/main/health/sync-folder';
import { dataLocation, locationFileOf } from '../../src/main/paths';
import { call } from '../helpers/call';
import { createTempApp, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

describe('which folders are file-sync folders', () => {
  it('recognises Dropbox, OneDrive, Google Drive, iCloud Drive and Nextcloud on each system', () => {
    const cases: [string, string | null][] = [
      ['/home/ayse/Dropbox/Client Dossier/client-dossier.db', 'Dropbox'],
      ['C:\\Users\\Ayşe\\Dropbox (Atölye)\\client-dossier.db', 'Dropbox'],
      ['C:\\Users\\Ayşe\\OneDrive\\Documents\\client-dossier.db', 'OneDrive'],
      ['C:\\Users\\Ayşe\\OneDrive - Atölye Ltd\\client-dossier.db', 'OneDrive'],
      ['/Users/ayse/Library/CloudStorage/OneDrive-Personal/client-dossier.db', 'OneDrive'],
      ['G:\\My Drive\\client-dossier.db', 'Google Drive'],
      ['/Users/ayse/Library/CloudStorage/GoogleDrive-ayse@example.com/My Drive/x.db', 'Google Drive'],
      ['/Users/ayse/Library/Mobile Documents/com~apple~CloudDocs/x.db', 'iCloud Drive'],
      ['C:\\Users\\Ayşe\\iCloudDrive\\x.db', 'iCloud Drive'],
      ['/home/ayse/Nextcloud/x.db', 'Nextcloud'],
      ['C:\\Users\\Ayşe\\AppData\\Roaming\\Client Dossier\\client-dossier.db', null],
      ['/home/ayse/.config/Client Dossier/client-dossier.db', null],
      ['/home/ayse/dropboxes/x.db', null],
      ['/Users/ayse/Library/Application Support/Client Dossier/client-dossier.db', null],
    ];
    for (const [path, provider] of cases) expect(syncFolderOf(path, {}), path).toBe(provider);
  });

  it('a OneDrive folder redirected under another name is known by its environment variable', () => {
    const env = { OneDriveCommercial: 'D:\\Work Files' };
    expect(syncFolderOf('D:\\Work Files\\Dossier\\client-dossier.db', env)).toBe(process.platform === 'win32' ? 'OneDrive' : null);
    expect(syncFolderOf('/srv/onedrive-mount/x.db', { OneDrive: '/srv/onedrive-mount' })).toBe('OneDrive');
  });
});

describe('the warning and the move', () => {
  function inDropbox() {
    const a = createTempApp({ dbFile: 'Dropbox/client-dossier.db' });
    app = a;
    return a;
  }

  it('getHealth reports the sync folder; an ordinary folder reports nothing', async () => {
    app = createTempApp();
    expect((await call(app.api, 'getHealth')).syncFolder).toBeUndefined();
    app.close();
    const a = inDropbox();
    expect((await call(a.api, 'getHealth')).syncFolder).toEqual({ provider: 'Dropbox', path: join(a.dir, 'Dropbox') });
  });

  it('moves a verified copy with its attachments into a chosen folder, points the next start there and restarts', async () => {
    const a = inDropbox();
    const userData = join(a.dir, 'userData');
    mkdirSync(userData);
    // the shell gives the pointer file; without it the move is refused
    await expect(call(a.api, 'moveDataFolder', { confirm: true })).rejects.toMatchObject({ code: 'INVALID_STATE' });
    a.runtime.services().deps.locationFile = locationFileOf(userData);
    await call(a.api, 'createClient', { name: 'Ayşe Çelik' });
    await call(a.api, 'backupNow', { destination: 'app' });

    // cancelled: nothing happens; another sync folder: refused
    expect(await call(a.api, 'moveDataFolder', { confirm: true })).toBeNull();
    mkdirSync(join(a.dir, 'OneDrive'));
    a.dialogs.queue.folder.push(join(a.dir, 'OneDrive'));
    await expect(call(a.api, 'moveDataFolder', { confirm: true })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(existsSync(locationFileOf(userData))).toBe(false);

    const local = join(a.dir, 'Local');
    mkdirSync(local);
    a.dialogs.queue.folder.push(local);
    const r = await call(a.api, 'moveDataFolder', { confirm: true });
    expect(r).toEqual({ movedTo: join(local, 'Client Dossier'), restarting: true });
    expect(a.dialogs.restarts).toHaveLength(1);

    const next = dataLocation(userData);
    expect(next).toEqual({
      databasePath: join(local, 'Client Dossier', 'client-dossier.db'),
      dataDir: join(local, 'Client Dossier', 'data'),
    });
    expect(JSON.parse(readFileSync(locationFileOf(userData), 'utf8'))).toMatchObject({
      movedFrom: join(a.dir, 'Dropbox', 'client-dossier.db'),
    });
    const moved = new Database(next.databasePath, { readonly: true });
    expect(moved.prepare('SELECT name FROM clients').all()).toEqual([{ name: 'Ayşe Çelik' }]);
    moved.close();
    expect(existsSync(join(next.dataDir, 'backups'))).toBe(true);
    // the old file is left where it was, never deleted
    expect(existsSync(join(a.dir, 'Dropbox', 'client-dossier.db'))).toBe(true);
    // the same folder again: refused, it already holds data
    a.dialogs.queue.folder.push(local);
    await expect(call(a.api, 'moveDataFolder', { confirm: true })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('without a pointer file the data stays in the app folder', () => {
    expect(dataLocation('/nonexistent/user-data')).toEqual({
      databasePath: join('/nonexistent/user-data', 'client-dossier.db'),
      dataDir: join('/nonexistent/user-data', 'data'),
    });
  });
});
