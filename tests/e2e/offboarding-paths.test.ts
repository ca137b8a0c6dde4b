import { afterEach, describe, expect, it } from 'vitest';
import { sampleProfile, type TempApp } from '../helpers/temp-db';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';
import { startE2E, type E2E } from './harness';

let e2e: E2E | undefined;
afterEach(async () => {
  expect(e2e?.errors).toEqual([]);
  await e2e?.close();
  e2e = undefined;
});

/** Opens the client's page, its Offboarding tab, and starts `pathTitle`. */
async function startFromClientPage(
  setup: (app: TempApp) => ReturnType<typeof seedDifficultClient>,
  pathTitle: string,
  labels = { tab: 'Offboarding', start: 'Start' },
) {
  let seeded!: ReturnType<typeof seedDifficultClient>;
  e2e = await startE2E({ setup: (app) => void (seeded = setup(app)) });
  const { page, url } = e2e;
  await page.goto(`${url}#/clients/${seeded.client.id}`);
  await page.getByRole('tab', { name: labels.tab }).click();
  await page.getByRole('link', { name: pathTitle }).click();
  await page.getByRole('button', { name: labels.start }).click();
  return { page, app: e2e.app, seeded, url };
}

const stepTitle = (page: E2E['page'], name: string) => page.getByRole('heading', { name, level: 3 }).waitFor();
const status = async (app: TempApp, id: number) => (await app.api.getClient({ id })).status;
const caseJournal = (app: TempApp, clientId: number) =>
  app.database.sqlite
    .prepare<[number], { kind: string; summary: string }>(
      'SELECT kind, summary FROM journal_entries WHERE client_id = ? AND case_id IS NOT NULL ORDER BY seq',
    )
    .all(clientId);

describe('offboarding paths in Chromium', () => {
  it('reset terms: concerns, the conversation, new terms, a summary letter, agreed → active with a follow-up due', async () => {
    const { page, app, seeded, url } = await startFromClientPage(
      (a) => seedDifficultClient(a, { status: 'at_risk' }),
      'Reset terms',
    );
    const save = () => page.getByRole('button', { name: 'Save and continue' }).click();
    await stepTitle(page, 'Concerns');
    await page.getByLabel('Your concerns').fill('Calls at night; the scope grows every week.');
    await save();
    await stepTitle(page, 'The conversation');
    await page.getByLabel('What you can do').fill('Weekly updates; fixes within a day.');
    await page.getByLabel('What you cannot do').fill('Weekend calls; unpaid extra pages.');
    await save();
    await stepTitle(page, 'New terms');
    await page.getByLabel('Price').fill('9000');
    await page.getByLabel('Scope').fill('Site updates and a monthly report.');
    await page.getByLabel('Response times').fill('One working day');
    await page.getByLabel('Payment date').fill('The 1st of every month');
    await page.getByLabel('Follow-up date').fill('2027-01-15');
    await save();
    await stepTitle(page, 'Summary letter');
    const letter = await page.getByLabel('Letter (edit freely').inputValue();
    expect(letter).toContain('Price: TRY\u00a09,000.00');
    expect(letter).toContain('I will check in with you on 15 January 2027');
    await save();
    await stepTitle(page, 'Outcome');
    await page.getByLabel('Agreed on new terms').check();
    await save();
    await page.getByTestId('case-finished').getByText('Outcome: Agreed on new terms').waitFor();
    expect(await status(app, seeded.client.id)).toBe('active');
    await page.goto(`${url}#/offboarding`);
    await page.getByTestId('due-list').getByText('Follow-up').waitFor();
    expect(caseJournal(app, seeded.client.id).map((e) => e.kind)).toEqual([
      'note',
      'note',
      'meeting',
      'scope_change',
      'email',
      'resolution',
      'resolution',
    ]);
  });

  it('refer elsewhere: a better fit, ask first, the referral letter, referred → former', async () => {
    const { page, app, seeded } = await startFromClientPage((a) => seedDifficultClient(a), 'Refer elsewhere');
    const save = () => page.getByRole('button', { name: 'Save and continue' }).click();
    await stepTitle(page, 'A better fit');
    await page.getByText('Do not send truly difficult clients to people whose opinion you value').waitFor();
    await page.getByLabel('Who would fit better').fill('Əliyev Dizayn');
    await page.getByLabel('Their contact').fill('info@aliyev.az');
    await page.getByLabel('Why they fit better').fill('They specialise in large e-commerce sites.');
    await save();
    await stepTitle(page, 'Ask first');
    await page.getByRole('radiogroup', { name: 'The client wants the referral' }).getByLabel('Yes').check();
    await save();
    await stepTitle(page, 'Referral letter');
    const letter = await page.getByLabel('Letter (edit freely').inputValue();
    expect(letter).toContain('I believe Əliyev Dizayn can serve you better');
    expect(letter).toContain('info@aliyev.az');
    await save();
    await stepTitle(page, 'Outcome');
    await page.getByLabel('Referred', { exact: true }).check();
    await save();
    await page.getByTestId('case-finished').waitFor();
    expect(await status(app, seeded.client.id)).toBe('former');
  });

  it('collect payment: a polite reminder, the stop-work notice after its date, payment → back to normal', async () => {
    const { page, app, seeded, url } = await startFromClientPage(
      (a) => seedDifficultClient(a, { status: 'at_risk' }),
      'Collect payment',
    );
    const save = () => page.getByRole('button', { name: 'Save and continue' }).click();
    await stepTitle(page, 'Unpaid invoices');
    await page.getByTestId('unpaid-invoices').getByText('TRY 12,500.00').first().waitFor();
    await save();
    await stepTitle(page, 'Polite reminder');
    const reminder = await page.getByLabel('Letter (edit freely').inputValue();
    expect(reminder).toContain('You may have forgotten invoice F-2026-017');
    expect(reminder).toContain('by 30 November 2026');
    await save();
    await stepTitle(page, 'Stop-work notice');
    await page.getByTestId('step-hold').getByText('waits until the reminder’s pay-by date has passed').waitFor();
    await page.goto(`${url}#/offboarding`);
    await page.getByTestId('due-list').getByText('Payment promised by').waitFor();

    // A week later (the app opened again), still unpaid: the stop-work notice goes out.
    app.clock.set('2026-12-01T09:00:00.000Z');
    await page.reload();
    await page.getByRole('link', { name: 'Resume' }).click();
    await stepTitle(page, 'Stop-work notice');
    expect(await page.getByLabel('Letter (edit freely').inputValue()).toContain('we are pausing all work on your account');
    await save();
    await stepTitle(page, 'Outcome');
    await page.getByTestId('unpaid-invoices').getByRole('button', { name: 'Record payment' }).click();
    await page.getByTestId('unpaid-invoices').getByText('No unpaid invoices.').waitFor();
    await page.getByLabel('Paid: back to normal').check();
    await save();
    await page.getByTestId('case-finished').getByText('Outcome: Paid: back to normal').waitFor();
    expect(await status(app, seeded.client.id)).toBe('active');
    // The value calculator's "start" button links here with its own name for the path.
    await page.goto(`${url}#/offboarding?client=${seeded.client.id}&path=collect_first`);
    await page.getByRole('heading', { name: 'Collect payment', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(caseJournal(app, seeded.client.id).map((e) => e.kind)).toEqual([
      'note',
      'note',
      'payment_reminder',
      'stop_work_notice',
      'note',
      'resolution',
      'resolution',
    ]);
  });

  it('win back, in Turkish: days since cancellation, the owner’s apology, won back → active', async () => {
    const setup = (a: TempApp) => {
      const s = seedDifficultClient(a);
      a.services.settings.saveProfile({ ...sampleProfile, language: 'tr' });
      a.clock.set('2026-11-20T10:00:00.000Z');
      a.services.clients.setStatus(s.client.id, 'former', 'cancelled by the client');
      a.clock.set('2026-11-23T10:00:00.000Z');
      return s;
    };
    const { page, app, seeded } = await startFromClientPage(setup, 'Geri kazan', { tab: 'Ayrılık süreci', start: 'Başlat' });
    const save = () => page.getByRole('button', { name: 'Kaydet ve devam et' }).click();
    await stepTitle(page, 'Zaman çizelgesini incele');
    await page.getByText('Ayrılalı 3 gün oldu. Hızlı davranın').waitFor();
    await page.getByText('Launched the new online shop').waitFor();
    await page.getByLabel('Ayrıldığı tarih').fill('2026-11-20');
    await page.getByLabel('Nerede ters gitti').fill('Lansman tarihini iki kez kaçırdık.');
    await save();
    // call first: the talking points come before any letter
    await stepTitle(page, 'Önce arayın');
    await page.getByTestId('call-points').waitFor();
    await page.getByRole('radio', { name: 'Evet' }).check();
    await save();
    await stepTitle(page, 'Özür mektubu');
    await page.getByLabel('Zeytin dalınız').fill('İki ay ücretsiz bakım.');
    await page.getByRole('button', { name: 'Şablondan taslak oluştur' }).click();
    const letter = await page.getByLabel('Mektup (kaydetmeden').inputValue();
    expect(letter).toContain('Özür dilerim.');
    expect(letter).toContain('Yanlış giden şuydu: Lansman tarihini iki kez kaçırdık.');
    expect(letter).toContain('İki ay ücretsiz bakım.');
    expect(letter).toMatch(/_{10,}\nAyşe Yılmaz\nKurucu\nAtölye Studio/);
    await save();
    await stepTitle(page, 'Sonuç');
    await page.getByText('Bazı ilişkiler onarılamaz').waitFor();
    await page.getByLabel('Geri kazanıldı').check();
    await save();
    // whatever the outcome: what the loss taught, kept for the dashboard
    await stepTitle(page, 'Alınan dersler');
    await page.getByLabel('Asıl nerede başladı').fill('Lansman tarihleri tampon olmadan verildi.');
    await page.getByLabel('Bundan sonra neyi farklı yapacaksınız').fill('Her lansmana bir hafta tampon.');
    await save();
    await page.getByTestId('case-finished').getByText('Sonuç: Geri kazanıldı').waitFor();
    expect(await status(app, seeded.client.id)).toBe('active');
    expect(caseJournal(app, seeded.client.id).map((e) => e.summary)).toEqual([
      'Geri kazan: süreç başladı',
      'Geri kazan: Zaman çizelgesini incele',
      'Geri kazan: Önce arayın',
      'Geri kazan: Özür mektubu',
      'Geri kazan: Sonuç',
      'Geri kazan: Alınan dersler',
      'Geri kazan: tamamlandı, Geri kazanıldı',
    ]);
  });

  it('abandoning a case asks for a reason, journals it and gives the client their status back', async () => {
    const { page, app, seeded } = await startFromClientPage((a) => seedDifficultClient(a, { status: 'at_risk' }), 'Part ways');
    await stepTitle(page, 'Evaluate');
    expect(await status(app, seeded.client.id)).toBe('offboarding');
    await page.getByRole('button', { name: 'Abandon case' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('The client’s status returns to what it was').waitFor();
    await dialog.getByLabel('Reason').fill('He paid in full and apologised to our designer.');
    await dialog.getByRole('button', { name: 'Abandon case' }).click();
    await page.getByTestId('case-finished').getByText('Abandoned').waitFor();
    expect(await status(app, seeded.client.id)).toBe('at_risk');
    expect(caseJournal(app, seeded.client.id).map((e) => e.summary)).toEqual([
      'Part ways: case started',
      'Part ways: case abandoned',
    ]);
  });
});
