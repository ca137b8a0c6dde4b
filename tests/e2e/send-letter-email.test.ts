// "Send by e-mail" on an offboarding letter, in Chromium on the real API: the letter opens in the
// owner's mail program as a mailto: link (the harness's dialogs stand-in records it) addressed to
// the client, with the letter's subject and body; "Not sent" journals nothing; "I sent it"
// journals an e-mail entry holding the letter's SHA-256, in the case's chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startE2E, type E2E } from './harness';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';

let e2e: E2E;
let clientId = 0;
beforeAll(async () => {
  e2e = await startE2E({ setup: (app) => void (clientId = seedDifficultClient(app).client.id) });
});
afterAll(async () => {
  await e2e?.close();
});

/** What the mail program is handed, decoded (RFC 6068: %-encoded UTF-8, CRLF line ends). */
function decode(url: string) {
  const [head, query = ''] = url.split('?');
  const parts = new Map(query.split('&').map((p) => [p.split('=')[0]!, decodeURIComponent(p.split('=')[1] ?? '')]));
  return { to: decodeURIComponent(head!.slice('mailto:'.length)), subject: parts.get('subject'), body: parts.get('body') };
}

const emails = () =>
  e2e.app.services.journal.list(
    { clientId, kinds: ['email'], channels: [], severities: [], from: null, to: null, lateOnly: false },
    null,
    10,
  ).items;

describe('sending a letter by e-mail, in Chromium', () => {
  it('opens a mailto link to the client; "I sent it" journals the letter with its SHA-256', async () => {
    const { page, app, url } = e2e;
    await page.goto(`${url}#/clients/${clientId}`);
    await page.getByRole('tab', { name: 'Offboarding' }).click();
    await page.getByRole('link', { name: 'Collect payment' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Unpaid invoices', level: 3 }).waitFor();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'Polite reminder', level: 3 }).waitFor();

    // the owner adds a line of their own to the drafted letter
    const letter = page.getByLabel('Letter (edit freely');
    await expect.poll(() => letter.inputValue()).toContain('You may have forgotten invoice F-2026-017');
    await letter.press('Control+End');
    await page.keyboard.type('\nP.S. Bank details: TR00 0001 2345 6789.');
    const text = await letter.inputValue();

    // opened, then "Not sent": nothing in the journal
    const send = page.getByRole('button', { name: 'Send by e-mail' });
    await send.click();
    const asked = page.getByTestId('send-letter');
    await asked.getByText('The letter is open in your mail program, addressed to mehmet@kaya.com.tr.').waitFor();
    expect(app.dialogs.mailed).toHaveLength(1);
    await asked.getByRole('button', { name: 'Not sent' }).click();
    await asked.waitFor({ state: 'detached' });
    expect(emails()).toEqual([]);

    // again, and this time it went out
    await send.click();
    await asked.waitFor();
    expect(app.dialogs.mailed).toHaveLength(2);
    const mail = decode(app.dialogs.mailed[1]!);
    expect(mail.to).toBe('mehmet@kaya.com.tr');
    expect(mail.subject).toBe(text.split('\n')[0]);
    expect(mail.body).toContain('Dear Mehmet Kaya,\r\n\r\n');
    expect(mail.body).toContain('You may have forgotten invoice F-2026-017');
    expect(mail.body).toMatch(/P\.S\. Bank details: TR00 0001 2345 6789\.$/);
    expect(app.dialogs.mailed[1]).not.toMatch(/[\s+]/);

    await asked.getByRole('button', { name: 'I sent it: record it in the journal' }).click();
    await page.getByRole('status').getByText('Recorded in the journal as sent, with the letter’s fingerprint.').waitFor();
    await asked.waitFor({ state: 'detached' });

    const sha256 = createHash('sha256').update(text.replace(/\s+$/, '').normalize('NFC'), 'utf8').digest('hex');
    const [entry] = emails();
    expect(entry).toMatchObject({ kind: 'email', channel: 'email', people: ['Mehmet Kaya', 'mehmet@kaya.com.tr'] });
    expect(entry!.summary).toContain(text.split('\n')[0]);
    expect(entry!.details).toContain(`SHA-256 of the letter text (UTF-8): ${sha256}`);
    expect(entry!.details).toContain('To: mehmet@kaya.com.tr');
    expect(entry!.details).toContain('P.S. Bank details: TR00 0001 2345 6789.');
    // it belongs to the case, and the client's chain still verifies with it
    const [c] = app.services.offboarding.list({ clientId, openOnly: true });
    expect(app.database.sqlite.prepare('SELECT case_id FROM journal_entries WHERE id = ?').get(entry!.id)).toEqual({
      case_id: c!.id,
    });
    expect((await app.services.journal.verification.run(clientId)).ok).toBe(true);

    // the sending shows in the client's journal
    await page.goto(`${url}#/clients/${clientId}`);
    await page.getByRole('tab', { name: 'Journal' }).click();
    await page
      .getByTestId('journal-row')
      .filter({ hasText: text.split('\n')[0] })
      .first()
      .waitFor();
    expect(e2e.errors).toEqual([]);
  }, 60_000);
});
