import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../helpers/call';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { appendJournalEntry, attachmentPath, verifyJournal } from '../../src/main/journal/chain';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

describe('restore', () => {
  it('previews a backup, keeps the open database as a way back, swaps the file and keeps working', async () => {
    app = createTempApp();
    await call(app.api, 'saveProfile', sampleProfile);
    await call(app.api, 'createClient', { name: 'Kept' });
    const backup = (await call(app.api, 'backupNow', { destination: 'app' }))!;
    app.clock.advance(60_000);
    await call(app.api, 'createClient', { name: 'Added after the backup' });

    const preview = (await call(app.api, 'previewRestore', { backup: backup.name }))!;
    expect(preview).toMatchObject({
      name: backup.name,
      createdAt: backup.createdAt,
      canRestore: true,
      counts: { clients: 1 },
      currentCounts: { clients: 2 },
      verification: { ok: true, quickCheck: 'ok' },
    });

    const result = await call(app.api, 'restoreBackup', { token: preview.token, confirm: true });
    expect(result.restoredFrom).toBe(backup.name);
    expect(result.safetyBackup).toMatchObject({ reason: 'before-restore', counts: { clients: 2 } });
    // The same API object now answers from the restored file.
    expect((await call(app.api, 'listClients', { search: '', status: null, includeArchived: false })).map((c) => c.name)).toEqual(
      ['Kept'],
    );
    await call(app.api, 'createClient', { name: 'Written after the restore' });
    expect(app.runtime.services().ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');

    // The way back: restoring the safety backup brings the newer client back.
    const back = (await call(app.api, 'previewRestore', { backup: result.safetyBackup!.name }))!;
    await call(app.api, 'restoreBackup', { token: back.token, confirm: true });
    const names = (await call(app.api, 'listClients', { search: '', status: null, includeArchived: false })).map((c) => c.name);
    expect(names).toEqual(['Added after the backup', 'Kept']);
  });

  it('refuses a file that does not verify, and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-rs-'));
    const bad = join(dir, 'not-a-backup.db');
    writeFileSync(bad, 'this is a spreadsheet, not a database'.repeat(100));
    app = createTempApp();
    app.dialogs.queue.open.push([bad]);
    await call(app.api, 'createClient', { name: 'Still here' });
    const preview = (await call(app.api, 'previewRestore', { pickFile: true }))!;
    expect(preview.canRestore).toBe(false);
    expect(preview.verification.problem).toBe('not-a-database');
    await expect(call(app.api, 'restoreBackup', { token: preview.token, confirm: true })).rejects.toMatchObject({
      code: 'DB_DAMAGED',
    });
    expect((await call(app.api, 'listClients', { search: '', status: null, includeArchived: false })).map((c) => c.name)).toEqual(
      ['Still here'],
    );
    expect(await call(app.api, 'listBackups')).toEqual([]); // no safety backup was needed
    rmSync(dir, { recursive: true, force: true });
  });

  it('a backup changed after its preview is checked again before it is restored', async () => {
    app = createTempApp();
    await call(app.api, 'createClient', { name: 'A' });
    const b = (await call(app.api, 'backupNow', { destination: 'app' }))!;
    const preview = (await call(app.api, 'previewRestore', { backup: b.name }))!;
    const path = join(b.folder, b.name);
    const copy = `${path}.orig`;
    copyFileSync(path, copy);
    writeFileSync(path, Buffer.alloc(4096, 7));
    await expect(call(app.api, 'restoreBackup', { token: preview.token, confirm: true })).rejects.toMatchObject({
      code: 'DB_DAMAGED',
    });
    expect((await call(app.api, 'getAppInfo')).counts['clients']).toBe(1);
  });

  it('an unknown backup name or token is refused', async () => {
    app = createTempApp();
    await expect(call(app.api, 'previewRestore', { backup: 'nope.db' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call(app.api, 'restoreBackup', { token: 'a'.repeat(32), confirm: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('a backup on a USB stick carries its attachments, and restoring it on a new computer brings them back', async () => {
    const usb = mkdtempSync(join(tmpdir(), 'cd-usb-'));
    const first = createTempApp();
    try {
      const c = await call(first.api, 'createClient', { name: 'With a photo' });
      const content = Buffer.from('photo of the signed delivery note');
      const fp = createHash('sha256').update(content).digest('hex');
      const stored = attachmentPath(join(first.dir, 'data'), fp);
      mkdirSync(dirname(stored), { recursive: true });
      writeFileSync(stored, content);
      appendJournalEntry(first.services.ctx, {
        clientId: c.id,
        kind: 'note',
        channel: 'other',
        occurredAt: '2026-03-01T09:00:00.000Z',
        summary: 'Delivery signed',
        attachments: [{ sha256: fp, originalName: 'note.jpg', sizeBytes: content.length, mediaType: 'image/jpeg' }],
      });
      first.dialogs.queue.folder.push(usb);
      const b = (await call(first.api, 'backupNow', { destination: 'folder' }))!;
      expect(b.verification.journal).toMatchObject({ ok: true, entriesChecked: 1 });
      expect(readFileSync(attachmentPath(usb, fp))).toEqual(content);

      app = createTempApp(); // the new computer
      app.dialogs.queue.open.push([join(usb, b.name)]);
      const preview = (await call(app.api, 'previewRestore', { pickFile: true }))!;
      expect(preview.verification.ok).toBe(true);
      await call(app.api, 'restoreBackup', { token: preview.token, confirm: true });
      expect(readFileSync(attachmentPath(join(app.dir, 'data'), fp))).toEqual(content);
      const v = await verifyJournal(app.runtime.services().ctx);
      expect(v).toMatchObject({ ok: true, entriesChecked: 1, attachmentsChecked: 1 });
    } finally {
      first.close();
      rmSync(usb, { recursive: true, force: true });
    }
  });
});
