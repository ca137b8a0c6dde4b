import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendJournalEntries, type NewJournalEntry } from '../../src/main/journal/chain';
import { startE2E, type E2E } from './harness';
import { sampleProfile, newClient } from '../helpers/temp-db';

const ENTRIES = 100_000;
let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({
    setup: (app) => {
      app.services.settings.saveProfile(sampleProfile);
      const ids = Array.from({ length: 50 }, (_, i) => app.services.clients.create(newClient(`Client ${i}`)).id);
      const kinds = ['call', 'email', 'meeting', 'note', 'scope_change'];
      for (let done = 0; done < ENTRIES; done += 5_000) {
        const batch: NewJournalEntry[] = [];
        for (let k = done; k < done + 5_000; k++) {
          batch.push({
            clientId: ids[k % ids.length]!,
            kind: kinds[k % kinds.length]!,
            channel: 'phone',
            occurredAt: new Date(Date.UTC(2025, 0, 1) + k * 5 * 60_000).toISOString(),
            summary: k === 4_321 ? 'Rare: the şikayet about the logo' : `Entry ${k}: a call about the project`,
            details: 'Details of the call',
          });
        }
        appendJournalEntries(app.services.ctx, batch);
      }
    },
  });
}, 300_000);
afterAll(async () => {
  await e2e?.close();
});

describe('journal with 100,000 entries', () => {
  it('renders only the visible rows, loads older pages while scrolling, and searches the whole journal', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.url}#/journal`);
    await page.getByText('100 entries+').waitFor();
    const rendered = await page.getByTestId('journal-row').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(60);
    // Newest first.
    await page
      .getByTestId('journal-row')
      .first()
      .getByText(`Entry ${ENTRIES - 1}:`)
      .waitFor();

    // Scrolling to the end of what is loaded fetches the next page; the DOM stays small.
    const list = page.getByTestId('journal-list');
    for (let i = 0; i < 3; i++) {
      await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForTimeout(50);
    }
    await page.getByText(/^(2|3|4)00 entries\+$/).waitFor();
    expect(await page.getByTestId('journal-row').count()).toBeLessThan(60);

    // Search reaches an entry far down the journal.
    await page.getByRole('searchbox', { name: 'Search' }).fill('sikayet');
    await page.getByText('1 match').waitFor();
    await page.getByTestId('snippet').locator('mark', { hasText: 'şikayet' }).waitFor();
    expect(e2e.errors).toEqual([]);
  });
});
