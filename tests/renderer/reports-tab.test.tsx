import { afterEach, describe, expect, it } from 'vitest';
import { newClient } from '../helpers/temp-db';
import { fireEvent, screen } from '@testing-library/react';
import { ReportsTab } from '../../src/renderer/src/features/reports/reports-tab';
import { appendJournalEntries } from '../../src/main/journal/chain';
import type { Client } from '../../src/shared/contract/clients';
import { renderWithApp } from './render';
import type { TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

function seed(a: TempApp): { client: Client; head: string } {
  const client = a.services.clients.create(newClient('Mehmet Kaya'));
  const rows = appendJournalEntries(
    a.services.ctx,
    [1, 2, 3].map((i) => ({
      clientId: client.id,
      kind: 'call',
      channel: 'phone',
      occurredAt: `2026-03-0${i}T10:00:00.000Z`,
      summary: `call ${i}`,
    })),
  );
  return { client, head: rows[1]!.hash };
}

let seeded: { client: Client; head: string } | undefined;
/** Renders after the setup ran, so the tab gets the client the setup created. */
function Tab() {
  return <ReportsTab client={seeded!.client} />;
}

describe('Reports tab', () => {
  it('checks the live journal against a head typed from a dossier', async () => {
    ({ app } = renderWithApp(<Tab />, { setup: (a) => (seeded = seed(a)) }));
    fireEvent.change(screen.getByLabelText('Chain head (entry #)'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Head hash (SHA-256)'), { target: { value: seeded!.head } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('The live journal still contains exactly the history of this dossier.')).toBeTruthy();
    expect(screen.getByText('1 entry was appended since the dossier was made (entries #3–#3).')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Head hash (SHA-256)'), { target: { value: 'a'.repeat(64) } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('The live journal no longer matches this dossier.')).toBeTruthy();
    expect(screen.getByText(/Entry #2 of client 1 no longer has the hash recorded in the dossier/)).toBeTruthy();
  });

  it('says an export was cancelled when the person closes the save dialog', async () => {
    ({ app } = renderWithApp(<Tab />, { setup: (a) => (seeded = seed(a)) }));
    fireEvent.click(screen.getByRole('button', { name: 'Export dossier…' }));
    expect(await screen.findByText('Export cancelled: nothing was saved.')).toBeTruthy();
    expect(app.dialogs.requests.map((r) => r.kind)).toEqual(['save']);
  });
});
