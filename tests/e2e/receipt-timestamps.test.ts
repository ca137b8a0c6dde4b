// Trusted timestamps on journal receipts, in Chromium on the real API, against a real RFC 3161
// authority on loopback (tests/helpers/tsa.ts: `openssl ts -reply` behind node:http): the owner
// sets the authority in Settings, makes a receipt and sees it stamped and verified; with the
// authority down the next receipt is still made and its timestamp waits; "Try again now" stamps it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startE2E, type E2E } from './harness';
import { appendJournalEntries } from '../../src/main/journal/chain';
import { readReceiptPdf } from '../../src/main/pdf/manifest-reader';
import { verifyTimestamp } from '../../src/main/reports/timestamp';
import { newClient, sampleProfile } from '../helpers/temp-db';
import { startLoopbackTsa, type LoopbackTsa } from '../helpers/tsa';

let tsa: LoopbackTsa;
let e2e: E2E;
const signer = 'CN=Test TSA, O=Loopback Timestamping Test, C=TR';

beforeAll(async () => {
  tsa = await startLoopbackTsa();
  e2e = await startE2E({
    setup: (app) => {
      app.services.settings.saveProfile(sampleProfile);
      const id = app.services.clients.create(newClient('Mehmet Kaya')).id;
      appendJournalEntries(
        app.services.ctx,
        ['one', 'two'].map((summary) => ({
          clientId: id,
          kind: 'call' as const,
          channel: 'phone' as const,
          occurredAt: '2026-11-01T09:00:00.000Z',
          summary,
        })),
      );
    },
  });
}, 60_000);
afterAll(async () => {
  await e2e?.close();
  await tsa?.close();
});

describe('receipt timestamps in Chromium', () => {
  it('set the authority, a stamped receipt; authority down → pending; "Try again now" stamps it', async () => {
    const { page, app, url } = e2e;
    await page.goto(`${url}#/settings/receipts`);
    const authority = page.getByTestId('timestamp-authority');
    await authority.getByText('Trusted timestamps (RFC 3161)').waitFor();
    // not a URL: refused on the spot
    const field = authority.getByLabel('Timestamp authority URL');
    await field.fill('tsa.example');
    await authority.getByText('Enter an http:// or https:// address.').waitFor();
    expect(await authority.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await field.fill(tsa.url);
    await field.press('Tab');
    await authority.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Receipts will be timestamped by ${tsa.url}.`).waitFor();
    expect(await app.api.getTimestampSettings(undefined)).toEqual({ url: tsa.url, pending: 0 });

    // a receipt: stamped by the authority and verified
    const first = join(app.dir, 'receipt-1.pdf');
    app.dialogs.queue.save.push(first);
    await page.getByRole('button', { name: 'Make a receipt…' }).click();
    await page.getByText(`Receipt saved: ${first}`).waitFor();
    const rows = page.getByTestId('receipt-list').locator('tbody tr');
    await rows.first().getByText('Timestamped, verified').waitFor();
    await rows.first().getByText(`by ${signer} at`).waitFor();
    expect(tsa.answered()).toBe(1);

    // the authority is down: the receipt is made all the same, and its timestamp waits
    await tsa.stop();
    const second = join(app.dir, 'receipt-2.pdf');
    app.dialogs.queue.save.push(second);
    await page.getByRole('button', { name: 'Make a receipt…' }).click();
    await page
      .getByText(`Receipt saved: ${second}. Its timestamp is pending: The timestamp authority could not be reached`)
      .waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    const pendingRow = rows.filter({ hasText: 'receipt-2.pdf' });
    await pendingRow.getByText('Timestamp pending').waitFor();
    await pendingRow.getByText('The timestamp authority could not be reached').waitFor();
    const waiting = page.getByTestId('timestamps-pending');
    await waiting.getByText('Timestamps waiting for the authority: 1.').waitFor();
    expect(readReceiptPdf(readFileSync(second))!.timestamp).toBeUndefined();

    // back up: "Try again now" stamps it, and the file made offline now carries the token
    await tsa.start();
    await waiting.getByRole('button', { name: 'Try again now' }).click();
    await page.getByText('Timestamped: 1; still waiting: 0.').waitFor();
    await waiting.waitFor({ state: 'detached' });
    await pendingRow.getByText('Timestamped, verified').waitFor();
    expect(await rows.getByText('Timestamped, verified').count()).toBe(2);
    const r = readReceiptPdf(readFileSync(second))!;
    expect(verifyTimestamp(Buffer.from(r.timestamp!.token, 'base64'), r.receiptId, r.timestamp!.nonce)).toMatchObject({
      ok: true,
      signer,
    });
    const list = await app.api.listReceipts(undefined);
    expect(list.receipts.map((x) => x.timestamp)).toEqual([
      expect.objectContaining({ state: 'stamped', ok: true, signer }),
      expect.objectContaining({ state: 'stamped', ok: true, signer }),
    ]);
    expect(await app.api.getTimestampSettings(undefined)).toEqual({ url: tsa.url, pending: 0 });
    expect(e2e.errors).toEqual([]);
  }, 60_000);
});
