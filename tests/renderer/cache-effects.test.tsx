// The renderer's cache follows the contract's effects table: a write refreshes every read whose
// data it changed. The defect this guards: a journal entry saved while a client's Value tab was
// open left the tab's flags and health as they were, because journal writes did not refresh
// valuations.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ValueTab } from '../../src/renderer/src/features/value/value-tab';
import { useAddEntry } from '../../src/renderer/src/features/journal/use-journal';
import { renderWithApp } from './render';
import type { TempApp } from '../helpers/temp-db';
import type { Client } from '../../src/shared/contract/clients';

let app: TempApp | undefined;
afterEach(() => app?.close());

let client: Client;

function ValueTabBesideAJournalForm() {
  const add = useAddEntry();
  const abuse = (summary: string) =>
    add.mutate({ clientId: client.id, kind: 'incident_abuse', channel: 'phone', summary, severity: 'high', signs: ['abusive'] });
  return (
    <>
      <button onClick={() => abuse('Shouted at Ayşe')}>log abuse</button>
      <ValueTab client={client} />
    </>
  );
}

describe('the cache follows the contract', () => {
  it('a journal entry saved while the Value tab is open refreshes its flags and health', async () => {
    ({ app } = renderWithApp(<ValueTabBesideAJournalForm />, {
      setup: (a) => {
        client = a.services.clients.create({ name: 'Kaya', paymentTermsValue: 15 } as never);
      },
    }));
    const health = await screen.findByTestId('health');
    const before = health.textContent;
    const abusive = () => screen.getByTestId('flag-abusive').textContent;
    const flagBefore = abusive();

    const count = () => (app!.database.sqlite.prepare('SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n;
    fireEvent.click(screen.getByRole('button', { name: 'log abuse' }));
    await waitFor(() => expect(count()).toBe(1));
    fireEvent.click(screen.getByRole('button', { name: 'log abuse' }));
    // two abuse incidents raise the abuse flag (it reaches 1 at 2 events): the open tab shows it
    await waitFor(() => expect(screen.getByTestId('health').textContent).not.toBe(before));
    expect(abusive()).not.toBe(flagBefore);
    expect(count()).toBe(2);
  });
});
