// A team replica's entries still queued for the server, in journal search and in the complaints
// queue: marked "Not yet in the team journal" (the real API over a real file).
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Timeline } from '../../src/renderer/src/features/journal/timeline';
import { ComplaintsQueue } from '../../src/renderer/src/features/journal/complaints-queue';
import { emptyFilter } from '../../src/renderer/src/features/journal/use-journal';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

function joinTeam(a: TempApp) {
  // what the join flow writes: from now on new entries wait for the team server
  a.database.sqlite
    .prepare("INSERT INTO settings (key, value) VALUES ('team.replica', ?)")
    .run(
      JSON.stringify({
        host: 'db.office.lan',
        port: 5432,
        database: 'dossier',
        roleName: 'ayse',
        personName: 'Ayşe',
        role: 'staff',
      }),
    );
}

describe('queued entries of a team replica', () => {
  it('are found by search, marked, beside the numbered ones', async () => {
    ({ app } = renderWithApp(<Timeline filter={emptyFilter} search="bagirdi" onOpen={() => undefined} />, {
      setup: (a) => {
        const c = a.services.clients.create(newClient('Mehmet Kaya'));
        a.services.journal.add({ clientId: c.id, kind: 'call', channel: 'phone', summary: 'Müşteri telefonda bağırdı' });
        joinTeam(a);
        a.services.journal.add({
          clientId: c.id,
          kind: 'call',
          channel: 'phone',
          summary: 'Teslim araması',
          details: 'Fiyatı duyunca BAĞIRDI ve kapattı',
        });
      },
    }));
    expect(await screen.findByText('2 matches')).toBeTruthy();
    const rows = screen.getAllByTestId('journal-row');
    expect(within(rows[0]!).getByTestId('team-pending-badge').textContent).toBe('Not yet in the team journal');
    expect(rows[0]!.querySelector('mark')?.textContent).toBe('BAĞIRDI');
    expect(within(rows[1]!).queryByTestId('team-pending-badge')).toBeNull();
  });

  it('a queued complaint waits in the queue as open, marked, with no status update or resolve action', async () => {
    ({ app } = renderWithApp(<ComplaintsQueue clientId={null} onOpen={() => undefined} />, {
      setup: (a) => {
        const c = a.services.clients.create(newClient('Mehmet Kaya'));
        a.services.journal.add({ clientId: c.id, kind: 'complaint', channel: 'phone', summary: 'Numbered complaint' });
        joinTeam(a);
        a.services.journal.add({
          clientId: c.id,
          kind: 'complaint',
          channel: 'email',
          summary: 'Recorded offline',
          severity: 'high',
        });
      },
    }));
    const badge = await screen.findByTestId('team-pending-badge');
    expect(badge.textContent).toBe('Not yet in the team journal');
    const lines = screen.getAllByTestId('complaint');
    expect(lines).toHaveLength(2);
    const queued = lines.find((l) => l.textContent?.includes('Recorded offline'))!;
    const stored = lines.find((l) => l.textContent?.includes('Numbered complaint'))!;
    // the open badge, and the one action: open the entry
    expect(within(queued).getAllByText('Open')).toHaveLength(2);
    expect(
      within(queued)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Open']);
    expect(within(queued).queryByRole('button', { name: /status update/i })).toBeNull();
    expect(within(queued).queryByRole('button', { name: /resolve/i })).toBeNull();
    expect(within(stored).queryByTestId('team-pending-badge')).toBeNull();
    expect(within(stored).getByRole('button', { name: /resolve/i })).toBeTruthy();
  });
});
