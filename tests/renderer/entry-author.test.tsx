// Issue 18 item 1: an entry shows who wrote it, and its hash version beside its fingerprint.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { EntryBody } from '../../src/renderer/src/features/journal/entry-view';
import type { JournalEntry } from '../../src/shared/contract/journal';
import { renderWithApp } from './render';
import { newClient, sampleProfile, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

describe('an entry’s author', () => {
  it('is shown with when it was written; the hash version with the fingerprint', async () => {
    let entry: JournalEntry | undefined;
    const Lazy = () => <EntryBody entry={entry!} />;
    ({ app } = renderWithApp(<Lazy />, {
      setup: (a) => {
        a.services.settings.saveProfile({ ...sampleProfile, ownerName: 'Gülşen Öztürk' });
        const c = a.services.clients.create(newClient('Mehmet Kaya'));
        entry = a.services.journal.add({ clientId: c.id, kind: 'call', channel: 'phone', summary: 'Called' });
      },
    }));
    expect(await screen.findByText(/by Gülşen Öztürk/)).toBeTruthy();
    expect(entry!.author).toBe('Gülşen Öztürk');
    fireEvent.click(screen.getByRole('button', { name: 'show its fingerprint' }));
    expect(screen.getByText(/hash version 2/)).toBeTruthy();
  });
});
