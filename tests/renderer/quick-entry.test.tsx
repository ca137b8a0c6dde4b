// Quick entry (Ctrl/⌘+J): an incident asks for its exact words and witnesses at once, and a
// save that did not happen always shows why — even when the problem is behind "More details…".
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { EntryForm } from '../../src/renderer/src/features/journal/entry-form';
import { renderWithApp } from './render';
import type { TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

const withClient = (a: TempApp) => void a.services.clients.create({ name: 'Mehmet Kaya', paymentTermsValue: 30 } as never);

describe('quick entry', () => {
  it('asks an abuse incident for the exact words and witnesses before anything else', async () => {
    ({ app } = renderWithApp(
      <EntryForm mode={{ type: 'new', clientId: 1, kind: 'incident_abuse' }} compact onSaved={() => undefined} onCancel={() => undefined} />,
      { setup: withClient },
    ));
    expect(await screen.findByLabelText('Quote 1')).toBeTruthy();
    expect(screen.getByText(/Witnesses/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'More details…' })).toBeNull();
  });

  it('opens the details when a problem is in them, focuses the field and says it was not saved', async () => {
    // the app's clock (2026-11-23) is behind this computer's, so the form's "now" is in the
    // future for the main process: the date field — behind "More details…" — is refused
    ({ app } = renderWithApp(
      <EntryForm mode={{ type: 'new', clientId: 1, kind: 'call' }} compact onSaved={() => undefined} onCancel={() => undefined} />,
      { setup: withClient },
    ));
    expect(screen.queryByLabelText(/When it happened/)).toBeNull();
    fireEvent.change(await screen.findByLabelText(/^Summary/), { target: { value: 'Called about the invoice' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByTestId('not-saved')).textContent).toBe('Not saved yet: check the field marked in red.');
    const date = await screen.findByLabelText(/When it happened/);
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(app!.database.sqlite.prepare('SELECT count(*) AS n FROM journal_entries').get()).toEqual({ n: 0 });
  });
});
