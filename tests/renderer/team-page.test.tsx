// The owner's Team page and dashboard panel (issue 18.5) on real files: hidden for a single-user
// file with one author; in a team, each person's counts, their difficult clients, the abuse faced.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { PeoplePanel } from '../../src/renderer/src/features/people/people-panel';
import { TeamPage } from '../../src/renderer/src/features/people/team-page';
import { EntryBody } from '../../src/renderer/src/features/journal/entry-view';
import { ValueTab } from '../../src/renderer/src/features/value/value-tab';
import type { Client } from '../../src/shared/contract/clients';
import { appendJournalEntries } from '../../src/main/journal/chain';
import { recordAccess } from '../../src/main/team/access-log';
import { teamReplicaKey } from '../../src/main/team/sync/replica';
import { asPulledFromTeam } from '../helpers/replica-entries';
import type { JournalEntry } from '../../src/shared/contract/journal';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

function asTeam(a: TempApp) {
  const sqlite = a.database.sqlite;
  sqlite.prepare("INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, '', '')").run(
    teamReplicaKey,
    JSON.stringify({
      host: 'office',
      port: 5432,
      database: 'd',
      teamCreatedAt: 'x',
      roleName: 'gulsen_o',
      personName: 'Gülşen Öztürk',
      role: 'owner',
      joinedAt: 'y',
    }),
  );
  const insert = sqlite.prepare('INSERT INTO team_people (role_name, name, role) VALUES (?, ?, ?)');
  insert.run('gulsen_o', 'Gülşen Öztürk', 'owner');
  insert.run('ayse_k', 'Ayşe Kaya', 'staff');
  // the client and entries as the team's pull stores them
  const pulled = <T,>(f: () => T) => asPulledFromTeam(a.services.ctx.sqlite, f);
  const kaya = pulled(() => a.services.clients.create(newClient('Kaya AŞ', { status: 'at_risk' })));
  const write = (author: string, kind: 'meeting' | 'incident_abuse', minute: number) =>
    pulled(() =>
      appendJournalEntries(a.services.ctx, [
        { clientId: kaya.id, kind, channel: 'in_person', occurredAt: `2026-11-10T10:0${minute}:00.000Z`, summary: kind, author },
      ]),
    )[0]!;
  write('ayse_k', 'meeting', 1);
  write('ayse_k', 'meeting', 2);
  return write('ayse_k', 'incident_abuse', 3);
}

describe('the Team page', () => {
  it('the dashboard panel stays hidden in a single-user file with one author', async () => {
    ({ app } = renderWithApp(
      <>
        <PeoplePanel />
        <span>ready</span>
      </>,
      {
        setup: (a) => {
          const c = a.services.clients.create(newClient('Mehmet Kaya'));
          a.services.journal.add({ clientId: c.id, kind: 'call', channel: 'phone', summary: 'Called' });
        },
      },
    ));
    await screen.findByText('ready');
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByTestId('people-panel')).toBeNull();
  });

  it('in a team: each person’s counts, the difficult clients they met, the abuse faced, the exports waiting for the log', async () => {
    ({ app } = renderWithApp(<TeamPage />, {
      setup: (a) => {
        asTeam(a);
        recordAccess(a.services.ctx, { action: 'export.csv', detail: 'clients.csv: 1 rows' });
      },
    }));
    const row = await screen.findByTestId('person-ayse_k');
    expect(within(row).getByText('Ayşe Kaya')).toBeTruthy();
    expect(within(row).getByText('Staff')).toBeTruthy();
    // 3 entries, 2 meetings, 1 client met, 1 difficult client (2 times), 1 abuse, 0 threats
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Ayşe KayaStaff', '3', '2', '1', '1 (2 times)', '1', '0']);
    expect(within(screen.getByTestId('person-gulsen_o')).getAllByRole('cell')[1]!.textContent).toBe('0');
    const met = screen.getByTestId('met-ayse_k');
    expect(within(met).getByText('Kaya AŞ')).toBeTruthy();
    expect(within(met).getByText('2 times')).toBeTruthy();
    expect(within(met).getByText('at risk')).toBeTruthy();
    expect(screen.getByTestId('access-log-pending').textContent).toContain(
      '1 export made here is not yet in the team’s access log',
    );
  });

  it('the dashboard panel shows in a team; an entry names its author by name', async () => {
    let entry: JournalEntry | undefined;
    const Entry = () => <EntryBody entry={entry!} />;
    ({ app } = renderWithApp(
      <>
        <PeoplePanel />
        <Entry />
      </>,
      {
        setup: (a) => {
          asTeam(a);
          entry = a.services.journal.reader.select('e.kind = ?', ['incident_abuse'])[0];
        },
      },
    ));
    expect(await screen.findByTestId('people-panel')).toBeTruthy();
    expect(screen.getByText(/by Ayşe Kaya/)).toBeTruthy();
  });

  it('the Value tab explains a time cost at people’s own rates', async () => {
    let client: Client | undefined;
    const Tab = () => <ValueTab client={client!} />;
    ({ app } = renderWithApp(<Tab />, {
      setup: (a) => {
        a.database.sqlite
          .prepare(
            "INSERT INTO team_people (role_name, name, role, cost_rate_minor) VALUES ('ayse_k', 'Ayşe Kaya', 'staff', 60000)",
          )
          .run();
        client = a.services.clients.create(newClient('Demir Ltd', { clientSince: '2025-01-01' }));
        appendJournalEntries(a.services.ctx, [
          {
            clientId: client.id,
            kind: 'call',
            channel: 'phone',
            occurredAt: '2026-11-10T10:00:00.000Z',
            summary: 'Call',
            durationMinutes: 30,
            author: 'ayse_k',
          },
        ]);
      },
    }));
    expect(await screen.findByText(/30 minutes \(0\.5 h\), each entry at its author’s own cost rate/)).toBeTruthy();
  });

  it('an empty journal says what will appear', async () => {
    ({ app } = renderWithApp(<TeamPage />));
    expect((await screen.findByTestId('empty-state')).textContent).toContain('No journal entries yet');
  });
});
