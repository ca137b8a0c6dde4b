import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { call } from '../helpers/call';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { appendJournalEntries, type NewJournalEntry } from '../../src/main/journal/chain';
import { startJournalCheck } from '../../src/main/journal/startup-check';
import { verifyFile } from '../../src/main/safety/backup';

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

function entries(clientId: number, n: number): NewJournalEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    clientId,
    kind: 'call',
    channel: 'phone',
    occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    summary: `Call ${i}`,
    details: 'The client asked again about the invoice.',
  }));
}

/** Changes one entry's text behind the app's back (the triggers must be dropped to do it). */
function tamper(path: string) {
  const raw = new Database(path);
  raw.exec('DROP TRIGGER journal_entries_no_update');
  raw.prepare("UPDATE journal_entries SET summary = 'rewritten' WHERE seq = 7").run();
  raw.close();
}

describe('journal verification for health and backups', () => {
  it('start-up verification runs in a worker with progress while the app keeps answering', async () => {
    app = createTempApp();
    const a = await call(app.api, 'createClient', { name: 'A' });
    const b = await call(app.api, 'createClient', { name: 'B' });
    appendJournalEntries(app.services.ctx, [...entries(a.id, 15_000), ...entries(b.id, 5_000)]);
    const health = app.runtime.control.health;
    const seen: number[] = [];
    const timer = setInterval(() => seen.push(health.view(null).journal.checked), 5);
    const started = Date.now();
    const check = startJournalCheck(app.database.path, join(app.dir, 'data'), health);
    // The main thread is free meanwhile: calls are answered before the check ends.
    const answered = await call(app.api, 'listClients');
    const answeredAfter = Date.now() - started;
    await check;
    clearInterval(timer);
    const view = await call(app.api, 'getHealth');
    console.log(
      `[journal check] 20,000 entries verified in a worker in ${Date.now() - started} ms; an API call answered after ${answeredAfter} ms; ${new Set(seen).size} progress values seen`,
    );
    expect(answered).toHaveLength(2);
    expect(view.journal).toMatchObject({ state: 'done', checked: 20_000, result: { ok: true, clientsChecked: 2 } });
    expect(view.status).toBe('ok');

    // A backup of a large journal is verified in a worker too: calls keep being answered.
    const t0 = Date.now();
    const backup = call(app.api, 'backupNow', { destination: 'app' });
    await new Promise((r) => setTimeout(r, 50));
    const during = Date.now();
    await call(app.api, 'getAppInfo');
    const answeredDuring = Date.now() - during;
    const made = (await backup)!;
    console.log(
      `[backup check] 20,000-entry backup verified in ${Date.now() - t0} ms; a call during it answered in ${answeredDuring} ms`,
    );
    expect(made.verification.journal).toMatchObject({ ok: true, entriesChecked: 20_000 });
  });

  it('a changed entry is found at start-up and makes a backup fail verification', async () => {
    app = createTempApp();
    const a = await call(app.api, 'createClient', { name: 'A' });
    appendJournalEntries(app.services.ctx, entries(a.id, 20));
    const good = (await call(app.api, 'backupNow', { destination: 'app' }))!;
    expect(good.verification.journal).toMatchObject({ ok: true, entriesChecked: 20 });
    tamper(app.database.path);
    await startJournalCheck(app.database.path, join(app.dir, 'data'), app.runtime.control.health);
    const view = await call(app.api, 'getHealth');
    expect(view.status).toBe('problem');
    expect(view.journal.result?.failure).toMatchObject({ clientId: a.id, seq: 7 });
    expect(view.newestVerifiedBackup?.name).toBe(good.name);
    const bad = (await call(app.api, 'backupNow', { destination: 'app' }))!;
    expect(bad.verification).toMatchObject({ ok: false, problem: 'chain-broken' });
    const again = await verifyFile(join(good.folder, good.name), join(app.dir, 'data'));
    expect(again.ok).toBe(true);
  });

  it('once started, the check runs again after a restore (the restored file is verified too)', async () => {
    app = createTempApp();
    const a = await call(app.api, 'createClient', { name: 'A' });
    appendJournalEntries(app.services.ctx, entries(a.id, 30));
    await app.runtime.control.checkJournal();
    const b = (await call(app.api, 'backupNow', { destination: 'app' }))!;
    appendJournalEntries(app.runtime.services().ctx, entries(a.id, 5));
    const preview = (await call(app.api, 'previewRestore', { backup: b.name }))!;
    await call(app.api, 'restoreBackup', { token: preview.token, confirm: true });
    await expect.poll(async () => (await call(app!.api, 'getHealth')).journal.state, { timeout: 20_000 }).toBe('done');
    expect((await call(app.api, 'getHealth')).journal.result).toMatchObject({ ok: true, entriesChecked: 30 });
  });
});
