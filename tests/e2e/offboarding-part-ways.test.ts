import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/report-fixtures';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';
import { startE2E, type E2E } from './harness';

let e2e: E2E;
let seeded: ReturnType<typeof seedDifficultClient>;
beforeAll(async () => {
  e2e = await startE2E({
    setup: (app) => {
      seeded = seedDifficultClient(app);
    },
  });
});
afterAll(async () => {
  await e2e?.close();
});

describe('part ways, from the client page to a former client', () => {
  it('waits for payment before the handover, ends with letters, a final report and every step journaled', async () => {
    const { page, app } = e2e;
    const save = () => page.getByRole('button', { name: 'Save and continue' }).click();
    const stepTitle = (name: string) => page.getByRole('heading', { name, level: 3 }).waitFor();

    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: 'Mehmet Kaya' }).click();
    await page.getByRole('tab', { name: 'Offboarding' }).click();
    await page.getByText('No offboarding cases for this client yet.').waitFor();
    await page.getByRole('link', { name: 'Part ways' }).click();
    await page.getByRole('button', { name: 'Start' }).click();

    // Evaluate, with the value snapshot stored when the case started.
    await stepTitle('Evaluate');
    await page.getByTestId('valuation-snapshot').getByText('Outstanding now').waitFor();
    await page.getByLabel('Why you decided to part ways').fill('He costs more than he pays and abused our designer.');
    await save();

    // Who delivers the news: warned when it is the person named in an incident.
    await stepTitle('Who delivers the news');
    await page.getByLabel('Who delivers the news').fill('Can Demir');
    await page.getByText('Can Demir is named in this client’s incident entries').waitFor();
    await page.getByLabel('Who delivers the news').fill('Ayşe Yılmaz');
    await page.getByLabel('Their role').fill('Founder');
    await page.getByText('is named in this client’s incident entries').waitFor({ state: 'detached' });
    await save();

    // Leave, and resume later from the client's page: the case picks up at the next step.
    await stepTitle('Talking points');
    await page.getByRole('button', { name: 'Leave and resume later' }).click();
    await page.getByRole('heading', { name: 'Mehmet Kaya', level: 2 }).waitFor();
    await page.getByRole('tab', { name: 'Offboarding' }).click();
    await page.getByText('Step: Talking points').waitFor();
    await page.getByRole('link', { name: 'Resume' }).click();

    await stepTitle('Talking points');
    await page.getByLabel('Direct:').fill('We are ending our work together at the end of the year.');
    await page.getByLabel('Decisive:').fill('The decision is made.');
    await page.getByLabel('Kind:').fill('We will make the handover easy and answer every question.');
    await page.getByLabel('Transition plan').fill('All files and access within a week; two calls to walk through them.');
    await page.getByLabel('Last working day').fill('2026-12-31');
    await save();

    await stepTitle('Settle finances');
    await page.getByTestId('unpaid-invoices').getByText('F-2026-017').waitFor();
    await save();

    // The handover waits while the invoice is unpaid…
    await stepTitle('Handover checklist');
    await page.getByTestId('step-hold').getByText('Handing over access waits until payments are current').waitFor();
    expect(await page.getByRole('button', { name: 'Save and continue' }).isDisabled()).toBe(true);
    // …and the recorded payment releases it.
    await page.getByTestId('unpaid-invoices').getByRole('button', { name: 'Record payment' }).click();
    await page.getByTestId('unpaid-invoices').getByText('No unpaid invoices.').waitFor();
    await page.getByTestId('step-hold').waitFor({ state: 'detached' });
    const items: [string, string][] = [
      ['Account access', 'Admin rights transferred'],
      ['Credentials', 'Password vault shared'],
      ['Files', 'Drive folder shared'],
      ['Domains', 'kaya.com.tr transfer code sent'],
      ['Assets', 'Logo sources delivered'],
    ];
    for (const [item, note] of items) {
      await page.getByRole('checkbox', { name: item }).check();
      await page.getByLabel(`${item}: Note`).fill(note);
      await page.getByLabel(`${item}: Done on`).fill('2026-11-25');
    }
    await page.getByRole('radiogroup', { name: 'The client confirmed' }).getByLabel('Yes').check();
    await page.getByLabel('Confirmed on').fill('2026-11-26');
    await save();

    await stepTitle('Final report');
    await page.getByRole('checkbox', { name: /Launched the new online shop/ }).check();
    // only entries that can be achievements are offered: the two resolutions, never the abuse incident
    expect(await page.getByRole('checkbox', { name: /Doubled organic traffic/ }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /Shouted at our designer/ }).count()).toBe(0);
    await page.getByLabel('Other achievements').fill('Cut page load time by half');
    await page.getByLabel('Deliverables').fill('Online shop, brand guide');
    await page.getByLabel('Open items').fill('Newsletter template');
    await save();

    // The termination letter is drafted from the template in the owner's voice, and editable.
    await stepTitle('Termination letter');
    const letter = page.getByLabel('Letter (edit freely before saving)');
    expect(await letter.inputValue()).toContain('We are letting you go because we cannot meet your needs');
    expect(await letter.inputValue()).toContain('Ayşe Yılmaz\nKurucu\nAtölye Studio');
    await letter.fill(`${await letter.inputValue()}\nSorry for the inconvenience.`);
    await page.getByText('This text contains a non-apology').waitFor();
    // leaving the field shows the schema's own refusal under it
    await letter.blur();
    await page.getByText('This is not an apology').waitFor();
    await page.getByRole('button', { name: 'Draft from template' }).click();
    await page.getByText('This text contains a non-apology').waitFor({ state: 'detached' });
    await save();

    // Before closing, the final report as it will be handed over.
    await stepTitle('Close');
    const preview = page.getByTestId('report-preview');
    for (const text of [
      'Final handover report',
      'Launched the new online shop',
      'Cut page load time by half',
      'kaya.com.tr transfer code sent',
      'Confirmed on 26 Nov 2026',
      'All invoices are paid.',
      'Newsletter template',
    ])
      await preview.getByText(text).first().waitFor();
    await save();
    await page.getByTestId('case-finished').getByText('Outcome: Parted ways').waitFor();

    // The final report and the letters as PDF, saved where the owner chooses.
    const reportPath = join(app.dir, 'final-report.pdf');
    const lettersPath = join(app.dir, 'letters.pdf');
    app.dialogs.queue.save.push(reportPath, lettersPath);
    await page.getByRole('button', { name: 'Export final report (PDF)' }).click();
    await page.getByTestId('export-result').getByText(reportPath).waitFor();
    const report = await pdfText(readFileSync(reportPath));
    for (const text of [
      'Final handover report',
      'Launched the new online shop',
      'Cut page load time by half',
      'Online shop, brand guide',
    ])
      expect(report).toContain(text);
    for (const [item, note] of items) expect(report.replace(/\s+/g, ' ')).toContain(`${item} 25 Nov 2026 ${note}`);
    expect(report).toContain('Confirmed on 26 Nov 2026');
    await page.getByRole('button', { name: 'Export letters (PDF)' }).click();
    await page.getByTestId('export-result').getByText(lettersPath).waitFor();
    expect((await pdfText(readFileSync(lettersPath))).replace(/\s+/g, ' ')).toContain(
      'We are letting you go because we cannot meet your needs',
    );

    const client = await app.api.getClient({ id: seeded.client.id });
    expect(client.status).toBe('former');
    const journal = app.database.sqlite
      .prepare<[number], { summary: string }>(
        'SELECT summary FROM journal_entries WHERE client_id = ? AND case_id IS NOT NULL ORDER BY seq',
      )
      .all(seeded.client.id)
      .map((e) => e.summary);
    expect(journal).toEqual([
      'Part ways: case started',
      'Part ways: Evaluate',
      'Part ways: Who delivers the news',
      'Part ways: Talking points',
      'Part ways: Settle finances',
      'Payment recorded for invoice F-2026-017: TRY\u00a012,500.00',
      'Part ways: Handover checklist',
      'Part ways: Final report',
      'Part ways: Termination letter',
      'Part ways: Close',
      'Part ways: completed, Parted ways',
      'Part ways: Final handover report exported as PDF',
      'Part ways: Letters exported as PDF',
    ]);

    // Back on the client's page, the case is in the history.
    await page.getByRole('link', { name: '← Mehmet Kaya' }).first().click();
    await page.getByRole('tab', { name: 'Offboarding' }).click();
    await page.getByText('Parted ways').waitFor();
    expect(e2e.errors).toEqual([]);
  });
});
