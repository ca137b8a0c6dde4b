// Settings → Data safety → Trusted timestamps, against the real API on a temp file and a real
// RFC 3161 authority on loopback: the URL set (none by default), a receipt made while the
// authority is down listed as "timestamp pending", then stamped by "Try again now".
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { ReceiptsSection } from '../../src/renderer/src/features/safety/receipts-section';
import { appendJournalEntries } from '../../src/main/journal/chain';
import { newClient, type TempApp } from '../helpers/temp-db';
import { startLoopbackTsa, type LoopbackTsa } from '../helpers/tsa';
import { renderWithApp } from './render';

let tsa: LoopbackTsa;
beforeAll(async () => {
  tsa = await startLoopbackTsa();
}, 60_000);
afterAll(async () => {
  await tsa?.close();
});
let app: TempApp | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

function seed(a: TempApp) {
  const id = a.services.clients.create(newClient('Mehmet Kaya')).id;
  appendJournalEntries(a.services.ctx, [
    { clientId: id, kind: 'call', channel: 'phone', occurredAt: '2026-11-01T09:00:00.000Z', summary: 'one' },
  ]);
}

describe('trusted timestamps in Settings → Data safety', () => {
  it('takes the authority URL, lists a receipt made offline as pending, and stamps it on retry', async () => {
    const view = renderWithApp(<ReceiptsSection />, { setup: seed });
    app = view.app;
    const box = await screen.findByTestId('timestamp-authority');
    expect(within(box).getByText(/nothing at all is sent while this is empty/)).toBeTruthy();
    const input = within(box).getByLabelText('Timestamp authority URL');
    expect((input as HTMLInputElement).value).toBe('');

    fireEvent.change(input, { target: { value: 'ftp://example.org' } });
    expect(await within(box).findByText('Enter an http:// or https:// address.')).toBeTruthy();
    fireEvent.change(input, { target: { value: tsa.url } });
    await userEvent.click(within(box).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(app!.services.receipts.timestampSettings().url).toBe(tsa.url));

    await tsa.stop();
    try {
      app.dialogs.queue.save.push(join(app.dir, 'offline.json'));
      await userEvent.click(screen.getByRole('button', { name: 'Make a receipt…' }));
      const list = await screen.findByTestId('receipt-list');
      expect(await within(list).findByText('Timestamp pending')).toBeTruthy();
      expect(within(list).getByText(/could not be reached/)).toBeTruthy();
      expect(await screen.findByTestId('timestamps-pending')).toBeTruthy();
    } finally {
      await tsa.start();
    }
    await userEvent.click(screen.getByRole('button', { name: 'Try again now' }));
    const list = screen.getByTestId('receipt-list');
    expect(await within(list).findByText('Timestamped, verified', {}, { timeout: 10_000 })).toBeTruthy();
    expect(within(list).getByText(/by CN=Test TSA, O=Loopback Timestamping Test, C=TR at/)).toBeTruthy();
  }, 120_000);
});
