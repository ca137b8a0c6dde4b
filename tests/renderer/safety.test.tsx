import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryRouter } from 'react-router-dom';
import { methodNames, type Api, type ApiImpl } from '../../src/shared/contract';
import { Providers, createQueryClient } from '../../src/renderer/src/app/app';
import { SafetyGate } from '../../src/renderer/src/features/safety/safety-gate';
import { createApi } from '../../src/main/api';
import { openAtStartup } from '../../src/main/startup';
import { bridgeHandler } from '../helpers/bridge';
import { call } from '../helpers/call';
import { renderWithApp } from './render';
import Database from 'better-sqlite3';
import { BackupsSection } from '../../src/renderer/src/features/safety/backups-section';
import { appendJournalEntries } from '../../src/main/journal/chain';
import { createTempApp } from '../helpers/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function exposeApi(api: ApiImpl) {
  const handle = bridgeHandler(api);
  const bridged = Object.fromEntries(
    methodNames.map((n) => [n, (input?: unknown) => handle(n, input ?? null)]),
  ) as unknown as Api;
  Object.defineProperty(window, 'api', { value: bridged, configurable: true });
}

describe('recovery screen', () => {
  it('says what happened, that nothing was deleted, and restores the newest verified backup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-rec-'));
    const databasePath = join(dir, 'client-dossier.db');
    const dataDir = join(dir, 'data');
    const first = await openAtStartup({ databasePath, dataDir });
    const before = createApi({ database: first.database, dataDir }, { startup: first.findings, databasePath });
    await call(before.api, 'createClient', { name: 'Saved' });
    await call(before.api, 'backupNow', { destination: 'app' });
    before.runtime.close();
    writeFileSync(databasePath, ''); // emptied by something outside the app

    const again = await openAtStartup({ databasePath, dataDir });
    const app = createApi({ database: again.database, dataDir }, { startup: again.findings, databasePath });
    cleanups.push(() => {
      app.runtime.close();
      rmSync(dir, { recursive: true, force: true });
    });
    exposeApi(app.api);
    render(
      <Providers queryClient={createQueryClient()}>
        <MemoryRouter>
          <SafetyGate>
            <p>the app</p>
          </SafetyGate>
        </MemoryRouter>
      </Providers>,
    );
    await screen.findByText('Your data needs attention');
    expect(screen.getByText('The database file is empty (0 bytes).')).toBeTruthy();
    expect(screen.getByText(/Nothing was deleted or overwritten/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Restore the newest backup' }));
    await screen.findByText('Restore this backup?');
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByText('the app');
    expect((await call(app.api, 'getAppInfo')).counts['clients']).toBe(1);
  });
});

describe('a journal problem found in the background', () => {
  it('is reported with the entry and offers the newest verified backup', async () => {
    const app = createTempApp();
    cleanups.push(() => app.close());
    const c = await call(app.api, 'createClient', { name: 'A' });
    appendJournalEntries(
      app.services.ctx,
      Array.from({ length: 10 }, (_, i) => ({
        clientId: c.id,
        kind: 'note',
        channel: 'other',
        occurredAt: '2026-01-01T00:00:00.000Z',
        summary: `n${i}`,
      })),
    );
    await call(app.api, 'backupNow', { destination: 'app' });
    const raw = new Database(app.database.path);
    raw.exec('DROP TRIGGER journal_entries_no_update');
    raw.prepare("UPDATE journal_entries SET summary = 'changed' WHERE seq = 7").run();
    raw.close();
    void app.runtime.control.checkJournal(); // as at start-up: running when the window opens
    exposeApi(app.api);
    render(
      <Providers queryClient={createQueryClient()}>
        <MemoryRouter>
          <BackupsSection />
        </MemoryRouter>
      </Providers>,
    );
    await screen.findByText('A problem was found in your data.', {}, { timeout: 10_000 });
    expect(screen.getByText(/Journal entry #7 of client 1 does not match its fingerprint/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Restore the newest backup' }));
    await screen.findByText('Restore this backup?');
  });
});

describe('app lock', () => {
  it('once turned on and locked, refuses every call and a wrong passphrase ; unlocks with the right one', async () => {
    const { app } = renderWithApp(
      <SafetyGate>
        <p>the app</p>
      </SafetyGate>,
    );
    cleanups.push(() => app.close());
    await screen.findByText('the app');
    await call(app.api, 'setLockPassphrase', { passphrase: 'correct horse battery' });
    await call(app.api, 'lockNow');
    await expect(call(app.api, 'listClients')).rejects.toMatchObject({ code: 'LOCKED' });
    const view = renderWithAppLocked(app.api);
    await view.findByText('Client Dossier is locked');
    await userEvent.type(view.getByLabelText('Passphrase'), 'wrong passphrase');
    await userEvent.click(view.getByRole('button', { name: 'Unlock' }));
    await view.findByText('That passphrase is not correct.');
    await userEvent.type(view.getByLabelText('Passphrase'), 'correct horse battery');
    await userEvent.click(view.getByRole('button', { name: 'Unlock' }));
    await view.findByText('the app');
    await waitFor(async () => expect((await call(app.api, 'getLockState')).locked).toBe(false));
  });
});

describe('app lock back-off', () => {
  it('after three wrong tries the lock screen says how long to wait, and the wait is kept', async () => {
    const { app } = renderWithApp(
      <SafetyGate>
        <p>the app</p>
      </SafetyGate>,
    );
    cleanups.push(() => app.close());
    await screen.findByText('the app');
    await call(app.api, 'setLockPassphrase', { passphrase: 'correct horse battery' });
    await call(app.api, 'lockNow');
    for (let i = 0; i < 2; i++) await call(app.api, 'unlock', { passphrase: 'wrong' }).catch(() => undefined);
    const view = renderWithAppLocked(app.api);
    await view.findByText('Client Dossier is locked');
    await userEvent.type(view.getByLabelText('Passphrase'), 'wrong passphrase');
    await userEvent.click(view.getByRole('button', { name: 'Unlock' }));
    await view.findByText('That passphrase is not correct. Too many wrong tries: wait 1 s before the next one.');
    await userEvent.type(view.getByLabelText('Passphrase'), 'correct horse battery');
    await userEvent.click(view.getByRole('button', { name: 'Unlock' }));
    await view.findByText('Too many wrong tries: wait 1 s before the next one.');
    app.clock.advance(1000);
    await userEvent.type(view.getByLabelText('Passphrase'), 'correct horse battery');
    await userEvent.click(view.getByRole('button', { name: 'Unlock' }));
    await view.findByText('the app');
    await waitFor(async () => expect((await call(app.api, 'getLockState')).locked).toBe(false));
  });
});

function renderWithAppLocked(api: ApiImpl) {
  exposeApi(api);
  return render(
    <Providers queryClient={createQueryClient()}>
      <MemoryRouter>
        <SafetyGate>
          <p>the app</p>
        </SafetyGate>
      </MemoryRouter>
    </Providers>,
  );
}

describe('auto-lock', () => {
  it('locks by itself after the chosen minutes without use', async () => {
    const app = createTempApp();
    cleanups.push(() => app.close());
    await call(app.api, 'setLockPassphrase', { passphrase: 'correct horse battery' });
    await call(app.api, 'setLockIdle', { minutes: 5 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    cleanups.push(() => vi.useRealTimers());
    const view = renderWithAppLocked(app.api);
    await view.findByText('the app');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4 * 60_000);
    });
    expect(view.queryByText('Client Dossier is locked')).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000 + 1_000);
    });
    await view.findByText('Client Dossier is locked');
    expect((await call(app.api, 'getLockState')).locked).toBe(true);
  });
});
