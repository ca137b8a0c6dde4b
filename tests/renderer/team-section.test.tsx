// Settings → Team against the real API (no team server here: the states a person sees before
// joining, with a refusal in their language, and the joined state read from the file's own rows:
// the queue, the first refusal, the conflicts, each with mine beside theirs).
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { SettingsPage } from '../../src/renderer/src/features/settings/settings-page';
import { settingsSections } from '../../src/renderer/src/app/settings-sections';
import { ConflictsPage } from '../../src/renderer/src/features/team/conflicts-page';
import { TeamChip } from '../../src/renderer/src/features/team/team-chip';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';
import { teamReplicaKey } from '../../src/main/team/sync/replica';
import { teamSecretKey } from '../../src/main/team/secrets';
import { refusalsKey } from '../../src/main/team/sync/record-tables';

let app: TempApp | undefined;
afterEach(() => app?.close());

const replica = {
  host: '127.0.0.1',
  port: 9,
  database: 'atelier',
  teamCreatedAt: '2026-01-01T00:00:00.000Z',
  roleName: 'ayse',
  personName: 'Ayşe Yılmaz',
  role: 'staff',
  joinedAt: '2026-11-23T09:00:00.000Z',
  sslMode: 'prefer',
};

/** The open file as a team replica (no server behind it: port 9), with three queued entries and a conflict. */
function asReplica(a: TempApp) {
  const s = a.runtime.services();
  s.ctx.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(teamReplicaKey, JSON.stringify(replica));
  s.deps.secrets!.set(teamSecretKey(replica), 'pw');
  const client = s.clients.create(newClient('Deniz Ltd'));
  const outbox = s.ctx.sqlite.prepare(
    'INSERT INTO team_outbox (device_uid, client_id, payload, queued_at, last_error) VALUES (?, ?, ?, ?, ?)',
  );
  outbox.run('u1', client.id, '{}', '2026-11-23T09:00:00.000Z', 'client 7 is not visible to ayse');
  outbox.run('u2', client.id, '{}', '2026-11-23T09:01:00.000Z', null);
  outbox.run('u3', client.id, '{}', '2026-11-23T09:02:00.000Z', null);
  s.ctx.sqlite
    .prepare(
      `INSERT INTO team_conflicts (entity, entity_id, mine, theirs, their_version, their_author, detected_at)
       VALUES ('client', ?, ?, ?, 4, 'Kemal Aydın', '2026-11-23T10:00:00.000Z')`,
    )
    .run(
      client.id,
      JSON.stringify({ name: 'Deniz Ltd', phone: '+90 555 000' }),
      JSON.stringify({ name: 'Deniz Ltd', phone: '+90 555 111' }),
    );
}

function renderTeam(route: string, setup?: (a: TempApp) => void) {
  const page = <SettingsPage sections={settingsSections} />;
  ({ app } = renderWithApp(
    <>
      <TeamChip />
      <Routes>
        <Route path="/settings/:section" element={page} />
        <Route path="/settings/team/conflicts" element={<ConflictsPage />} />
      </Routes>
    </>,
    { route, ...(setup ? { setup } : {}) },
  ));
}

describe('Settings → Team', () => {
  it('is a section of the list; before joining it explains and offers the form; a refusal is a sentence', async () => {
    renderTeam('/settings/team');
    const nav = await screen.findByRole('navigation', { name: 'Settings sections' });
    expect(within(nav).getByRole('link', { name: 'Team' }).getAttribute('aria-current')).toBe('page');
    const form = await screen.findByTestId('team-join');
    expect(screen.queryByTestId('team-chip')).toBeNull();
    fireEvent.change(within(form).getByLabelText(/Connection line/), { target: { value: 'http://example.test' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Join' }));
    expect((await screen.findByTestId('team-error')).textContent).toContain('That is not a team connection line');
    // the parts instead of the line: an address where nothing listens
    fireEvent.click(within(form).getByRole('button', { name: 'Or enter the parts' }));
    fireEvent.change(within(form).getByLabelText(/Server/), { target: { value: '127.0.0.1' } });
    fireEvent.change(within(form).getByLabelText(/Port/), { target: { value: '9' } });
    fireEvent.change(within(form).getByLabelText(/Database/), { target: { value: 'atelier' } });
    fireEvent.change(within(form).getByLabelText(/Login/), { target: { value: 'ayse' } });
    fireEvent.change(within(form).getByLabelText(/Password/), { target: { value: 'pw' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Join' }));
    await waitFor(() =>
      expect(screen.getByTestId('team-error').textContent).toContain('The team server at 127.0.0.1:9 cannot be reached'),
    );
    expect(app!.runtime.control.databasePath).toMatch(/client-dossier\.db$/);
  });

  it('joined: the server, the person, the connection, the queue with the first refusal, conflicts, and the chip', async () => {
    renderTeam('/settings/team', asReplica);
    const state = await screen.findByTestId('team-state');
    expect(state.textContent).toContain('127.0.0.1:9 / atelier');
    expect(state.textContent).toContain('Ayşe Yılmaz');
    expect(state.textContent).toContain('Staff');
    expect(screen.getByTestId('team-connection').textContent).toContain('Offline');
    expect(state.textContent).toContain('not yet');
    const queue = screen.getByTestId('team-queue');
    expect(queue.textContent).toContain('3 entries not yet in the team journal');
    expect(queue.textContent).toContain('The server refused the first waiting entry: client 7 is not visible to ayse');
    expect(queue.textContent).toContain('1 conflict to settle');
    expect(screen.getByTestId('team-chip').textContent).toContain('Team: offline · 3 queued');
    // Sync now: the server cannot be reached, and the screen says so in a sentence
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect((await screen.findByTestId('team-last-error', {}, { timeout: 15_000 })).textContent).toContain(
      'The team server at 127.0.0.1:9 cannot be reached',
    );
    // leaving warns about what is still queued
    fireEvent.click(screen.getByRole('button', { name: 'Leave this team' }));
    expect((await screen.findByTestId('team-leave-queued')).textContent).toContain(
      '3 entries are not yet in the team journal. They stay in the team file',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stay' }));
  });

  it('a change the server refused is listed with its reason until a push goes through', async () => {
    renderTeam('/settings/team', (a) => {
      asReplica(a);
      const s = a.runtime.services();
      const client = s.ctx.sqlite.prepare("SELECT id FROM clients WHERE name = 'Deniz Ltd'").get() as { id: number };
      const invoice = s.money.createInvoice(client.id, {
        number: 'INV-2026-031',
        issuedOn: '2026-11-01',
        dueOn: '2026-12-01',
        amountMinor: 120_000,
        listPriceMinor: null,
        currency: null,
        description: '',
      });
      const refusal = {
        entity: 'invoice',
        entityId: invoice.id,
        entityKey: null,
        reason: 'duplicate',
        message: 'duplicate key value violates unique constraint "invoices_number_key"',
        at: '2026-11-23T10:05:00.000Z',
      };
      a.runtime
        .services()
        .ctx.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
        .run(refusalsKey, JSON.stringify([refusal]));
    });
    const refusals = await screen.findByTestId('team-record-refusals');
    expect(refusals.textContent).toContain('Not accepted by the team server');
    expect(refusals.textContent).toContain('Invoice INV-2026-031: Someone in the team already uses this number.');
  });

  it('the conflicts view shows the record, mine beside theirs, who changed theirs; settling that fails says why', async () => {
    renderTeam('/settings/team/conflicts', asReplica);
    const card = await screen.findByTestId('team-conflict');
    expect(within(card).getByRole('heading').textContent).toContain('Client: Deniz Ltd');
    expect(card.textContent).toContain('Theirs changed by Kemal Aydın');
    const row = within(card).getByRole('row', { name: /phone/ });
    expect(row.textContent).toContain('+90 555 000');
    expect(row.textContent).toContain('+90 555 111');
    fireEvent.click(within(card).getByRole('button', { name: 'Keep mine' }));
    expect((await within(card).findByTestId('team-error', {}, { timeout: 15_000 })).textContent).toContain(
      'The team server at 127.0.0.1:9 cannot be reached',
    );
  });
});
