import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../src/main/api';
import { openAtStartup } from '../../src/main/startup';
import { appendJournalEntry, verifyJournal } from '../../src/main/journal/chain';
import { dispatch } from '../../src/main/dispatch';
import { standInDialogs } from '../helpers/stand-in-dialogs';
import { call } from '../helpers/call';

// A small tmpfs stands in for a full disk (CI runs as root). Where mounting is not allowed the
// test says why and is skipped.
const mnt = mkdtempSync(join(tmpdir(), 'cd-full-'));
let mounted = false;
let why = '';
beforeAll(() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mnt], { stdio: 'pipe' });
    mounted = true;
  } catch (e) {
    why = (e as Error).message.split('\n')[0] ?? 'mount failed';
    console.log(`[disk full] skipped: cannot mount a tmpfs here (${why})`);
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', mnt]);
  rmSync(mnt, { recursive: true, force: true });
});

/** Writes filler until the disk refuses; returns its path. */
function fillDisk(dir: string): string {
  const path = join(dir, 'filler.bin');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOSPC') throw e;
  }
  // the last few bytes too
  try {
    for (;;) writeSync(fd, Buffer.alloc(512, 1));
  } catch {
    // full
  } finally {
    closeSync(fd);
  }
  return path;
}

describe('disk full', () => {
  it('a clear error, nothing half-written, and everything works again once space returns', async (ctx) => {
    if (!mounted) ctx.skip();
    const databasePath = join(mnt, 'client-dossier.db');
    const dataDir = join(mnt, 'data');
    const { database, findings } = await openAtStartup({ databasePath, dataDir });
    const dialogs = standInDialogs();
    const { api, runtime } = createApi({ database, dataDir, dialogs: dialogs.dialogs }, { startup: findings, databasePath });
    try {
      const client = await call(api, 'createClient', { name: 'Before the disk filled' });
      for (let i = 0; i < 20; i++) {
        appendJournalEntry(runtime.services().ctx, {
          clientId: client.id,
          kind: 'note',
          channel: 'other',
          occurredAt: '2026-01-01T00:00:00.000Z',
          summary: `entry ${i}`,
        });
      }
      const earlier = (await call(api, 'backupNow', { destination: 'app' }))!;
      const filler = fillDisk(mnt);

      // Writes fail with a clear, typed error; journal appends fail as a whole.
      let failedWrites = 0;
      for (let i = 0; i < 50; i++) {
        const r = await dispatch(api, 'createClient', { name: `During ${i}`, notes: 'x'.repeat(20_000) });
        if (!r.ok) {
          expect(r.error).toMatchObject({ code: 'IO', details: { diskFull: true } });
          failedWrites++;
        }
      }
      let failedAppends = 0;
      for (let i = 0; i < 50; i++) {
        try {
          appendJournalEntry(runtime.services().ctx, {
            clientId: client.id,
            kind: 'note',
            channel: 'other',
            occurredAt: '2026-01-02T00:00:00.000Z',
            summary: 'x'.repeat(5_000),
          });
        } catch (e) {
          expect((e as { code?: string }).code).toBe('SQLITE_FULL');
          failedAppends++;
        }
      }
      // A restore needs a safety backup first: refused as a whole, the open database stays.
      const preview = (await call(api, 'previewRestore', { backup: earlier.name }))!;
      const restored = await dispatch(api, 'restoreBackup', { token: preview.token, confirm: true });
      expect(restored).toMatchObject({ ok: false, error: { code: 'IO' } });
      expect((await call(api, 'getAppInfo')).counts['clients']).toBe(1);
      const backup = await dispatch(api, 'backupNow', { destination: 'app' });
      expect(backup).toMatchObject({ ok: false, error: { code: 'IO', details: { diskFull: true } } });
      const exportDir = join(mnt, 'exports');
      mkdirSync(exportDir, { recursive: true });
      dialogs.queue.folder.push(exportDir);
      const exported = await dispatch(api, 'exportAll', undefined);
      expect(exported.ok).toBe(false);
      // Nothing half-written: no partial backup, no partial export, the database intact.
      const leftovers = [...readdirSync(join(dataDir, 'backups')), ...readdirSync(exportDir)].filter((f) =>
        f.includes('partial'),
      );
      expect(leftovers).toEqual([]);
      const sqlite = runtime.services().ctx.sqlite;
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const chain = await verifyJournal(runtime.services().ctx);
      expect(chain.ok).toBe(true);
      console.log(
        `[disk full] ${failedWrites}/50 client writes and ${failedAppends}/50 journal appends refused with a clear error; backup and export refused, no partial files; integrity ok, chain of ${chain.entriesChecked} entries intact`,
      );
      expect(failedWrites + failedAppends).toBeGreaterThan(0);

      // Space returns: everything works again.
      rmSync(filler);
      const after = await call(api, 'createClient', { name: 'After space returned' });
      expect(after.id).toBeGreaterThan(0);
      appendJournalEntry(runtime.services().ctx, {
        clientId: client.id,
        kind: 'note',
        channel: 'other',
        occurredAt: '2026-01-03T00:00:00.000Z',
        summary: 'after',
      });
      const b = (await call(api, 'backupNow', { destination: 'app' }))!;
      expect(b.verification.ok).toBe(true);
      expect((await verifyJournal(runtime.services().ctx)).ok).toBe(true);
      expect(existsSync(join(b.folder, b.name))).toBe(true);
    } finally {
      runtime.close();
    }
  });
});
