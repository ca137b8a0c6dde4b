// A new owner explores with sample data, in Chromium on the real API, and meets the finished
// features with something in them: Today asks for one status update (its letter opens from
// there), the dashboard lists what a lost client taught, the win-back case behind it is
// completed with its apology sent by e-mail (the letter's SHA-256 in the journal), the recorded
// call shows whether the other party knew; "Remove sample data" then takes all of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { storyTexts } from '../../src/main/sample/story-texts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E({ now: '2026-11-23T10:00:00.000Z' });
});
afterAll(async () => {
  await e2e?.close();
});
const st = storyTexts.en;

describe('the sample business’s stories in Chromium', () => {
  it('shows a status update due, lessons learned, a letter sent by e-mail and a recording’s answer; then removes them', async () => {
    const { page, app, url } = e2e;
    await page.getByRole('button', { name: 'Explore with sample data' }).click();

    // Today: one complaint waits for a status update; its letter opens from there
    const updates = page.getByTestId('today-updates');
    await updates.getByText('Status updates due').waitFor();
    expect(await updates.locator('.mantine-Badge-root').innerText()).toBe('1');
    await updates.getByRole('button', { name: /Client upset that the launch slipped a week/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Status update: / });
    await dialog.getByLabel('What you have done so far').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // the dashboard's lessons learned, and the win-back case behind them
    const lesson = page.getByTestId('lessons-learned').getByTestId('lesson');
    await lesson.getByText(`Where it started: ${st.winBack.rootCause}`).waitFor();
    await lesson.getByText('Staying in touch').waitFor();
    const lost = await lesson.getByRole('link').innerText();
    await lesson.getByRole('link').click();
    await page.getByTestId('case-finished').getByText('Outcome: Staying in touch').waitFor();

    // the client's journal: the apology, sent by e-mail, with its fingerprint
    await page
      .getByTestId('case-finished')
      .getByRole('link', { name: `← ${lost}` })
      .click();
    await page.getByRole('tab', { name: 'Journal' }).click();
    await page.getByTestId('journal-row').filter({ hasText: 'letter sent by e-mail: I am sorry: a personal note' }).click();
    const drawer = page.getByRole('dialog', { name: /Entry #/ });
    await drawer.getByText(/SHA-256 of the letter text \(UTF-8\): [0-9a-f]{64}/).waitFor();
    await page.keyboard.press('Escape');

    // the recorded call: the other party was told
    await page.getByRole('link', { name: 'Journal' }).click();
    // the journal page, not the client's Journal tab still on screen (it has a search box too)
    await page.getByRole('heading', { name: 'Journal' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('one-star reviews everywhere');
    await page.getByText('1 match').waitFor();
    await page.getByTestId('journal-row').filter({ hasText: 'Threatened on the phone' }).click();
    const entry = page.getByRole('dialog', { name: /Entry #/ });
    await entry.getByText(st.recording.file).waitFor();
    expect((await entry.getByTestId('recording-consent').innerText()).replace(/\s+/g, ' ')).toBe(
      'Recording known to the other party: They were told it was being recorded, but did not say they agreed',
    );
    await page.keyboard.press('Escape');

    // all of it goes with the sample
    await page.goto(`${url}#/settings/sample`);
    await page.getByTestId('sample-data').getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByRole('heading', { name: 'Welcome to Client Dossier' }).waitFor();
    const count = (table: string) => (app.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    for (const table of ['clients', 'offboarding_cases', 'journal_entries', 'journal_attachments'])
      expect(count(table), table).toBe(0);
    expect(e2e.errors).toEqual([]);
  }, 60_000);
});
