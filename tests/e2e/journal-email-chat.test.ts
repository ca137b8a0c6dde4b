import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startE2E, type E2E } from './harness';
import { newClient, sampleProfile } from '../helpers/temp-db';

// In Chromium: a WhatsApp export dropped on the client's journal (the browser's own drag and
// drop, FileReader and base64), two messages picked and saved; then an e-mail chosen with the button.
let e2e: E2E;
let clientId: number;
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/chats', name);

beforeAll(async () => {
  e2e = await startE2E({
    now: '2026-12-05T09:00:00.000Z',
    setup: (app) => {
      app.services.settings.saveProfile({ ...sampleProfile, timeZone: 'Europe/Istanbul' });
      clientId = app.services.clients.create(newClient('Günel Əliyeva')).id;
      app.dialogs.queue.open.push([fixture('dispute-en.eml')]);
    },
  });
});
afterAll(async () => {
  await e2e?.close();
});

describe('e-mails and chats in Chromium', () => {
  it('drop a chat, pick two messages, save; choose an e-mail, pick a line, save', async () => {
    const { page, app } = e2e;
    await page.goto(`${e2e.url}#/clients/${clientId}`);
    await page.getByRole('tab', { name: 'Journal' }).click();
    const button = page.getByRole('button', { name: 'From an e-mail or chat…' });
    await button.waitFor();

    const content = readFileSync(fixture('whatsapp-az.txt'), 'utf8');
    // runs in the page (the DOM types are not in this file's Node typings)
    await button.evaluate((el, text) => {
      type Ctor = new (...args: unknown[]) => unknown;
      const w = globalThis as unknown as { DataTransfer: Ctor; DragEvent: Ctor; File: Ctor };
      const dt = new w.DataTransfer() as { items: { add(file: unknown): void } };
      dt.items.add(new w.File([text], 'WhatsApp Chat - Günel.txt', { type: 'text/plain' }));
      const target = el as unknown as { dispatchEvent(e: unknown): boolean };
      for (const type of ['dragover', 'drop'])
        target.dispatchEvent(new w.DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, content);
    const dialog = page.getByRole('dialog', { name: 'Record an e-mail or chat' });
    await dialog.getByText(/read in your time zone \(Europe\/Istanbul\)/).waitFor();
    await dialog.getByRole('checkbox', { name: /hesab-fakturanı aldım/ }).check();
    await dialog.getByRole('checkbox', { name: /rəy yazacağam/ }).check();
    await dialog.getByRole('button', { name: 'Save 2 entries' }).click();
    await page.getByText('2 entries saved with the file attached.').waitFor();

    await button.click();
    await dialog.getByLabel('Summary').first().waitFor();
    expect(await dialog.getByLabel('Summary').inputValue()).toBe('Re: Invoice 2026-114 - scope dispute');
    await dialog.getByText('Files inside the e-mail (kept in the attached original): invoice-2026-114-marked.pdf').waitFor();
    await dialog.getByRole('checkbox', { name: /dispute the charge with my bank/ }).check();
    await dialog.getByRole('button', { name: 'Save 1 entry' }).click();
    await page.getByText('1 entry saved with the file attached.').waitFor();

    const items = app.services.journal.list(
      { clientId, kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false },
      null,
      10,
    ).items;
    expect(items.map((e) => [e.kind, e.channel, e.occurredAt, e.attachments[0]?.originalName])).toEqual([
      // 09:15 and 13:02 on the phone, read in Istanbul (UTC+3)
      ['note', 'chat', '2026-12-03T10:02:00.000Z', 'WhatsApp Chat - Günel.txt'],
      ['note', 'chat', '2026-12-03T06:15:00.000Z', 'WhatsApp Chat - Günel.txt'],
      ['email', 'email', '2026-12-01T21:45:10.000Z', 'dispute-en.eml'],
    ]);
    expect(items[2]!.quotes).toEqual(['If this is not fixed by Friday I will dispute the charge with my bank.']);
    expect(e2e.errors).toEqual([]);
  });
});
