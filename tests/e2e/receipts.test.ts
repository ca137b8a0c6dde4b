// Journal receipts in the built renderer, in Chromium, on the real API: the dashboard's reminder,
// "Make a receipt" in Settings → Data safety (a save dialog), the list with today's check, and
// the check against the receipt after the journal's tail was cut off behind the app's back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startE2E, type E2E } from './harness';
import { appendJournalEntries } from '../../src/main/journal/chain';
import { newClient, sampleProfile } from '../helpers/temp-db';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E({
    setup: (app) => {
      app.services.settings.saveProfile(sampleProfile);
      const id = app.services.clients.create(newClient('Mehmet Kaya')).id;
      appendJournalEntries(
        app.services.ctx,
        ['one', 'two', 'three'].map((summary) => ({
          clientId: id,
          kind: 'call' as const,
          channel: 'phone' as const,
          occurredAt: '2026-11-01T09:00:00.000Z',
          recordedAt: '2026-11-01T10:00:00.000Z',
          summary,
        })),
      );
    },
  });
});
afterAll(async () => {
  await e2e?.close();
});

describe('journal receipts in Chromium', () => {
  it('reminds, makes a receipt, lists it, and reports a chain cut off since', async () => {
    const { page, app } = e2e;
    await page.getByTestId('receipt-reminder').getByText('Time for a journal receipt').waitFor();
    // the reminder's own link opens Settings on the Journal receipts view
    await page.getByTestId('receipt-reminder').getByRole('link', { name: 'Make a receipt now' }).click();
    await page.getByRole('heading', { name: 'Journal receipts' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/settings/receipts');
    const pdf = join(app.dir, 'receipt.pdf');
    app.dialogs.queue.save.push(pdf);
    await page.getByRole('button', { name: 'Make a receipt…' }).click();
    await page.getByTestId('receipt-list').getByText('Holds').waitFor();
    expect(existsSync(pdf)).toBe(true);
    expect(await page.getByTestId('receipt-reminder').count()).toBe(0);

    const raw = new Database(app.database.path);
    raw.exec('DROP TRIGGER journal_entries_no_delete; DROP TRIGGER journal_heads_forward_only;');
    raw.prepare('DELETE FROM journal_entries WHERE seq = 3').run();
    const last = raw.prepare('SELECT seq, hash FROM journal_entries WHERE seq = 2').get() as { seq: number; hash: string };
    raw.prepare('UPDATE journal_heads SET seq = ?, hash = ?').run(last.seq, last.hash);
    raw.close();

    app.dialogs.queue.open.push([pdf]);
    await page.getByRole('button', { name: 'Check against a receipt…' }).click();
    const result = page.getByTestId('receipt-check');
    await result.getByText('Today’s journal no longer matches this receipt.').waitFor();
    await result.getByText('cut off').waitFor();
    await result.getByText('Mehmet Kaya (#1)').waitFor();
    // the list follows what the check found
    await page.getByTestId('receipt-list').getByText('Does not hold').waitFor();
    await page.getByTestId('receipts').screenshot({ path: join(process.env['RECEIPTS_SHOT_DIR'] ?? app.dir, 'receipts.png') });
    expect(e2e.errors).toEqual([]);
  });
});
