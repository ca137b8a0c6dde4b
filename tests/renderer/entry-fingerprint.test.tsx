// Developer words stay one click away (issue 17 item 4): an entry shows its number in plain words;
// its chain hash appears only when asked for.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { EntryBody } from '../../src/renderer/src/features/journal/entry-view';
import type { JournalEntry } from '../../src/shared/contract/journal';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

describe('an entry’s fingerprint', () => {
  it('is one click away, in full', async () => {
    let entry: JournalEntry | undefined;
    const Lazy = () => <EntryBody entry={entry!} />;
    ({ app } = renderWithApp(<Lazy />, {
      setup: (a) => {
        const c = a.services.clients.create(newClient('Mehmet Kaya'));
        entry = a.services.journal.add({ clientId: c.id, kind: 'call', channel: 'phone', summary: 'Called' });
      },
    }));
    expect(await screen.findByText(/entry #1 of the journal/)).toBeTruthy();
    expect(screen.queryByText(entry!.hash)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'show its fingerprint' }));
    expect(screen.getByText(entry!.hash)).toBeTruthy();
  });
});
