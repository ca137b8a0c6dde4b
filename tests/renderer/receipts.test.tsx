// Settings → Data safety → Journal receipts against the real API on a temp file: make a receipt
// (a save dialog), see it listed with today's check, check against it after tampering, and the
// dashboard's reminder.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { ReceiptReminder, ReceiptsSection } from '../../src/renderer/src/features/safety/receipts-section';
import { appendJournalEntries } from '../../src/main/journal/chain';
import { newClient, type TempApp } from '../helpers/temp-db';
import { renderWithApp } from './render';

let app: TempApp | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

function seed(a: TempApp) {
  const id = a.services.clients.create(newClient('Mehmet Kaya')).id;
  appendJournalEntries(
    a.services.ctx,
    ['one', 'two', 'three'].map((summary) => ({
      clientId: id,
      kind: 'call' as const,
      channel: 'phone' as const,
      occurredAt: '2026-11-01T09:00:00.000Z',
      recordedAt: '2026-11-01T10:00:00.000Z',
      summary,
    })),
  );
}

describe('journal receipts in Settings → Data safety', () => {
  it('makes a receipt, lists it as holding, and reports a chain cut off when checked against it', async () => {
    const view = renderWithApp(<ReceiptsSection />, { setup: seed });
    app = view.app;
    const pdf = join(app.dir, 'receipt.pdf');
    expect(await screen.findByText('No receipt made yet.')).toBeTruthy();
    expect(
      screen.getByText(/The journal is tamper-evident: a change made after a receipt or dossier was made is detected/),
    ).toBeTruthy();

    app.dialogs.queue.save.push(pdf);
    await userEvent.click(screen.getByRole('button', { name: 'Make a receipt…' }));
    const list = await screen.findByTestId('receipt-list');
    expect(existsSync(pdf)).toBe(true);
    expect(within(list).getByText('receipt.pdf')).toBeTruthy();
    expect(within(list).getByText('Holds')).toBeTruthy();

    // someone with the file cuts the last entry off and rewrites the head (the guards dropped first)
    const raw = new Database(app.database.path);
    raw.exec('DROP TRIGGER journal_entries_no_delete; DROP TRIGGER journal_heads_forward_only;');
    raw.prepare('DELETE FROM journal_entries WHERE seq = 3').run();
    const last = raw.prepare('SELECT seq, hash FROM journal_entries WHERE seq = 2').get() as { seq: number; hash: string };
    raw.prepare('UPDATE journal_heads SET seq = ?, hash = ?').run(last.seq, last.hash);
    raw.close();

    app.dialogs.queue.open.push([pdf]);
    await userEvent.click(screen.getByRole('button', { name: 'Check against a receipt…' }));
    const result = await screen.findByTestId('receipt-check');
    expect(within(result).getByText('Today’s journal no longer matches this receipt.')).toBeTruthy();
    expect(within(result).getByText('cut off')).toBeTruthy();
  });

  it('a file that is not a receipt is said so', async () => {
    const view = renderWithApp(<ReceiptsSection />, { setup: seed });
    app = view.app;
    await screen.findByText('No receipt made yet.');
    app.dialogs.queue.open.push([app.database.path]);
    await userEvent.click(screen.getByRole('button', { name: 'Check against a receipt…' }));
    expect(await screen.findByText(/neither a journal receipt nor a dossier/)).toBeTruthy();
  });
});

describe('the receipt reminder', () => {
  it('shows when the journal has entries a week old and no receipt, and goes once one is made', async () => {
    const view = renderWithApp(
      <>
        <ReceiptReminder />
        <ReceiptsSection />
      </>,
      { setup: seed },
    );
    app = view.app;
    expect((await screen.findAllByTestId('receipt-reminder'))[0]!.textContent).toContain('Time for a journal receipt');
    app.dialogs.queue.save.push(join(app.dir, 'r.json'));
    await userEvent.click(screen.getByRole('button', { name: 'Make a receipt…' }));
    await waitFor(() => expect(screen.queryByTestId('receipt-reminder')).toBeNull());
  });
});
