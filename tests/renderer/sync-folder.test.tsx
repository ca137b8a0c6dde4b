import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BackupsSection } from '../../src/renderer/src/features/safety/backups-section';
import { locationFileOf } from '../../src/main/paths';
import { renderWithApp } from './render';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('the sync-folder warning in Settings', () => {
  it('says the database is in a Dropbox folder and moves it to the folder the owner picks', async () => {
    const { app } = renderWithApp(<BackupsSection />, {
      app: { dbFile: 'Dropbox/client-dossier.db' },
      setup: (a) => {
        mkdirSync(join(a.dir, 'userData'));
        a.runtime.services().deps.locationFile = locationFileOf(join(a.dir, 'userData'));
        mkdirSync(join(a.dir, 'Local'));
        a.dialogs.queue.folder.push(join(a.dir, 'Local'));
      },
    });
    cleanups.push(() => app.close());
    await screen.findByText('Your data is in a Dropbox folder');
    expect(screen.getByText(/known to damage a database that is open/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Move the data…' }));
    await screen.findByText(/The data was copied to .*Local.*Client Dossier and checked/);
    expect(app.dialogs.restarts).toHaveLength(1);
  });

  it('says nothing for a database in an ordinary folder', async () => {
    const { app } = renderWithApp(<BackupsSection />);
    cleanups.push(() => app.close());
    await screen.findByText('Back up now');
    expect(screen.queryByTestId('sync-folder')).toBeNull();
  });
});
