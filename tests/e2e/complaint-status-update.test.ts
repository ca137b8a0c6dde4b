// A complaint still open days after the client last heard from us, in Chromium on the real API:
// Today and the complaint queue both say "Status update due"; the owner drafts the status-update
// letter from the queue, a non-apology typed into it is flagged and blocks saving, the fixed
// letter is saved as a follow-up answering the complaint, and both reminders go away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { newClient, sampleProfile } from '../helpers/temp-db';

let e2e: E2E;
let clientId = 0;
let complaintId = 0;
// the browser dates the letter with its own clock: the app's clock is the real time too
const now = new Date();
const fiveDaysAgo = new Date(now.getTime() - 5 * 86_400_000).toISOString();

beforeAll(async () => {
  e2e = await startE2E({
    now: now.toISOString(),
    setup: (app) => {
      app.services.settings.saveProfile(sampleProfile);
      clientId = app.services.clients.create(newClient('Mehmet Kaya', { email: 'mehmet@example.com' })).id;
      complaintId = app.services.journal.add({
        clientId,
        kind: 'complaint',
        channel: 'email',
        summary: 'The April order arrived damaged',
        occurredAt: fiveDaysAgo,
        severity: 'high',
        category: 'quality',
      }).id;
    },
  });
});
afterAll(async () => {
  await e2e?.close();
});

describe('a status update during a long complaint fix, in Chromium', () => {
  it('is due on Today and in the queue; the drafted letter is checked, saved as a follow-up, and the badge goes', async () => {
    const { page, app, url } = e2e;
    // Today: the complaint waits, and it asks for a status update
    const updates = page.getByTestId('today-updates');
    await updates.getByText('Status updates due').waitFor();
    expect(await updates.locator('.mantine-Badge-root').innerText()).toBe('1');
    await updates.getByRole('button', { name: 'Mehmet Kaya: The April order arrived damaged' }).waitFor();
    await page.getByTestId('today-waiting').getByText('5 days old').waitFor();

    // the complaint queue: the same line carries the badge
    await page.getByRole('link', { name: 'Open the complaint queue' }).click();
    await page.getByRole('tab', { name: 'Complaints' }).click();
    const line = page.getByTestId('complaint-queue').getByTestId('complaint').filter({ hasText: 'The April order' });
    await line.getByTestId('update-due').getByText('Status update due').waitFor();
    await line.getByRole('button', { name: 'Status update' }).click();

    const dialog = page.getByRole('dialog', { name: 'Status update: The April order arrived damaged' });
    await dialog.getByText('Be transparent while you fix it').waitFor();
    await dialog.getByLabel('What you have done so far').fill('we sent a replacement by courier');
    await dialog.getByLabel('What happens next').fill('the courier collects the damaged parts on Monday');
    await dialog.getByLabel('They hear from you again by').fill('2027-01-08');
    const letter = dialog.getByLabel('Letter (edit freely before saving)');
    await expect.poll(() => letter.inputValue()).toContain('What we have done so far: We sent a replacement by courier.');
    expect(await letter.inputValue()).toContain('Dear Mehmet Kaya,');
    expect(await letter.inputValue()).toContain('What happens next: The courier collects the damaged parts on Monday.');
    expect(await letter.inputValue()).toContain('I will write to you again by 8 January 2027');

    // a non-apology typed into the letter: flagged, and the letter cannot be saved as it is
    const save = dialog.getByRole('button', { name: 'Save as sent' });
    const drafted = await letter.inputValue();
    await letter.press('Control+End');
    await letter.pressSequentially('\nWe are sorry for any inconvenience this may have caused.');
    const warning = dialog.getByRole('alert').filter({ hasText: 'This text contains a non-apology' });
    await warning.getByText('Say “I am sorry” and take responsibility instead.', { exact: false }).waitFor();
    expect(await save.isDisabled()).toBe(true);
    // the owner takes it back out: the warning goes, saving is allowed
    await letter.fill(drafted);
    await warning.waitFor({ state: 'detached' });
    await dialog.getByLabel('Email').check();
    await save.click();
    await page.getByText('Status update saved in the journal.').waitFor();
    await dialog.waitFor({ state: 'detached' });

    // the badge is gone; the complaint is still open (an update is not a resolution)
    await line.getByText('next update due').waitFor();
    expect(await line.getByTestId('update-due').count()).toBe(0);
    await line.locator('.mantine-Badge-root', { hasText: 'Open' }).waitFor();

    // the journal holds the letter as a follow-up answering the complaint
    const items = app.services.journal.list(
      { clientId, kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false },
      null,
      10,
    ).items;
    expect(items[0]).toMatchObject({
      kind: 'follow_up',
      channel: 'email',
      refersToId: complaintId,
      summary: 'Status update sent: The April order arrived damaged',
      details: drafted,
    });
    const [open] = app.services.complaints.list(clientId, 'open');
    expect(open).toMatchObject({ id: complaintId, status: 'open', isUpdateDue: false, followUpIds: [items[0]!.id] });

    // back on Today: nothing asks for an update now
    await page.goto(`${url}#/`);
    await page.getByTestId('today-updates').getByText('Status updates due').waitFor();
    expect(await page.getByTestId('today-updates').locator('.mantine-Badge-root').innerText()).toBe('0');
    expect((await app.api.getToday(undefined)).updatesDueCount).toBe(0);
    expect(e2e.errors).toEqual([]);
  }, 60_000);
});
