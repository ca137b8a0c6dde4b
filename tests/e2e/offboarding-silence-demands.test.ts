// The two offboarding paths for the unresponsive and the controlling client, walked in Chromium
// on the real API from the client's Offboarding tab to their letter and outcome: "Silence delays
// the work" (the journal's missed meetings and unanswered messages beside the form, the reply-by
// date on the Due list) and "Demands beyond the contract" (the contract's terms typed one per
// line and quoted word for word in the letter; "they would not listen" opens a part-ways case).
import { afterEach, describe, expect, it } from 'vitest';
import type { TempApp } from '../helpers/temp-db';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';
import { startE2E, type E2E } from './harness';

let e2e: E2E | undefined;
afterEach(async () => {
  expect(e2e?.errors).toEqual([]);
  await e2e?.close();
  e2e = undefined;
});

async function start(setup: (app: TempApp) => ReturnType<typeof seedDifficultClient>, pathTitle: string) {
  let seeded!: ReturnType<typeof seedDifficultClient>;
  e2e = await startE2E({ setup: (app) => void (seeded = setup(app)) });
  const { page, url } = e2e;
  await page.goto(`${url}#/clients/${seeded.client.id}`);
  await page.getByRole('tab', { name: 'Offboarding' }).click();
  await page.getByRole('link', { name: pathTitle }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  return { page, app: e2e.app, seeded, url };
}

const stepTitle = (page: E2E['page'], name: string) => page.getByRole('heading', { name, level: 3 }).waitFor();
const caseJournal = (app: TempApp, clientId: number) =>
  app.database.sqlite
    .prepare<[number], { kind: string; summary: string }>(
      'SELECT kind, summary FROM journal_entries WHERE client_id = ? AND case_id IS NOT NULL ORDER BY seq',
    )
    .all(clientId);

describe('offboarding: silence and demands, in Chromium', () => {
  it('silence delays the work: what you wait for, the letter with the reply-by date, still silent → at risk', async () => {
    const { page, app, seeded, url } = await start((a) => {
      const s = seedDifficultClient(a);
      const base = { clientId: s.client.id, channel: 'email' as const };
      a.services.journal.add({
        ...base,
        kind: 'no_response',
        summary: 'No answer to the logo proofs',
        occurredAt: '2026-11-10T09:00:00.000Z',
      });
      a.services.journal.add({
        ...base,
        kind: 'missed_meeting',
        channel: 'in_person',
        summary: 'Did not join the content review',
        occurredAt: '2026-11-17T13:00:00.000Z',
      });
      return s;
    }, 'Silence delays the work');
    const save = () => page.getByRole('button', { name: 'Save and continue' }).click();

    await stepTitle(page, 'What you are waiting for');
    await page.getByText('Tell them at each step that you cannot move forward without timely communication').waitFor();
    const record = page.getByTestId('silence-record');
    await record.getByText('Unanswered and missed').waitFor();
    await record.getByText(/No answer to the logo proofs/).waitFor();
    await record.getByText(/Did not join the content review/).waitFor();
    // the required fields are asked for before the step is saved
    await save();
    await page.getByText('Required.').first().waitFor();
    await stepTitle(page, 'What you are waiting for');
    expect(app.services.offboarding.list({ clientId: seeded.client.id, openOnly: true })[0]!.step).toBe('waiting');
    await page.getByLabel('What you need from them').fill('your approval of the logo proofs');
    await page.getByLabel('First asked for it on').fill('2026-11-10');
    await page.getByLabel('What is on hold until then').fill('the print run and the shop signage');
    await page.getByLabel('What the wait does to the project').fill('the shop opening moves by a week');
    await save();

    await stepTitle(page, 'Letter: your silence delays the project');
    await page.getByLabel('Reply needed by').fill('2026-11-30');
    await page.getByRole('button', { name: 'Draft from template' }).click();
    const letter = page.getByLabel('Letter (edit freely');
    await expect.poll(() => letter.inputValue()).toContain('If we hear from you by 30 November 2026, we can keep to the plan.');
    const text = await letter.inputValue();
    expect(text).toContain('Dear Mehmet Kaya,');
    expect(text).toContain('• What we need from you: your approval of the logo proofs');
    expect(text).toContain('• First asked for on: 10 November 2026');
    expect(text).toContain('• What is on hold until then: the print run and the shop signage');
    expect(text).toContain('Every day we wait for a reply also delays the project: The shop opening moves by a week.');
    await save();

    await stepTitle(page, 'Outcome');
    // the reply-by date waits on the Due list while the case is open
    await page.goto(`${url}#/offboarding`);
    await page.getByTestId('due-list').getByText('Mehmet Kaya').first().waitFor();
    await page.getByRole('link', { name: 'Resume' }).click();
    await stepTitle(page, 'Outcome');
    await page.getByLabel('Still no reply').check();
    await save();
    await page.getByTestId('case-finished').getByText('Outcome: Still no reply').waitFor();

    expect((await app.api.getClient({ id: seeded.client.id })).status).toBe('at_risk');
    const [done] = app.services.offboarding.list({ clientId: seeded.client.id, openOnly: false });
    expect(done).toMatchObject({ path: 'silence_delays', status: 'completed', outcome: 'still_silent' });
    expect(done!.values['letter']).toMatchObject({ replyBy: '2026-11-30', letter: text });
    expect(caseJournal(app, seeded.client.id).map((e) => e.kind)).toEqual(['note', 'note', 'email', 'resolution', 'resolution']);
  }, 60_000);

  it('demands beyond the contract: the demands, the terms one per line, quoted in the letter; walk away → part ways', async () => {
    const { page, app, seeded } = await start((a) => seedDifficultClient(a), 'Demands beyond the contract');
    const save = () => page.getByRole('button', { name: 'Save and continue' }).click();

    await stepTitle(page, 'The demands');
    await page.getByText('Explain that these demands make the agreed work impossible').waitFor();
    await page.getByLabel('What they demand').fill('daily calls at weekends and unlimited logo revisions.');
    await page.getByLabel('Why it makes the agreed work impossible').fill('the agreed weekday hours cover the site work only');
    await save();

    await stepTitle(page, 'The contract’s terms');
    await page.getByText('Quote the terms as the contract states them').waitFor();
    await page.getByLabel('The contract (its name').fill('the service agreement');
    await page.getByLabel('Signed on').fill('2025-01-10');
    // typed as the owner would, one term per line (Enter between them)
    const terms = page.getByLabel('The terms that apply, one per line');
    await terms.click();
    await page.keyboard.type('two rounds of revisions per design');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- support on weekdays, 09:00 to 18:00');
    await page.keyboard.press('Enter');
    await page.keyboard.type('replies within one working day');
    await save();

    await stepTitle(page, 'Letter with the terms');
    const letter = page.getByLabel('Letter (edit freely');
    await expect.poll(() => letter.inputValue()).toContain('Our agreement (the service agreement, signed on 10 January 2025)');
    const text = await letter.inputValue();
    expect(text).toContain('Lately we have been asked for the following: Daily calls at weekends and unlimited logo revisions.');
    expect(text).toContain('impossible to deliver: The agreed weekday hours cover the site work only.');
    expect(text).toContain(
      '• Two rounds of revisions per design\n• Support on weekdays, 09:00 to 18:00\n• Replies within one working day',
    );
    await save();

    await stepTitle(page, 'Outcome');
    await page.getByLabel('They would not listen: part ways').check();
    await save();
    const finished = page.getByTestId('case-finished');
    await finished.getByText('Outcome: They would not listen: part ways').waitFor();
    await finished.getByText('A part-ways case was started.').waitFor();

    const cases = app.services.offboarding.list({ clientId: seeded.client.id, openOnly: false });
    const demands = cases.find((c) => c.path === 'impossible_demands')!;
    expect(demands).toMatchObject({ status: 'completed', outcome: 'walk_away' });
    expect(demands.values['contract']).toMatchObject({
      contractName: 'the service agreement',
      contractDate: '2025-01-10',
      contractTerms: 'two rounds of revisions per design\n- support on weekdays, 09:00 to 18:00\nreplies within one working day',
    });
    expect(demands.values['letter']).toMatchObject({ letter: text });
    expect(cases.find((c) => c.path === 'part_ways')).toMatchObject({ status: 'open' });
    expect((await app.api.getClient({ id: seeded.client.id })).status).toBe('offboarding');
  }, 60_000);
});
