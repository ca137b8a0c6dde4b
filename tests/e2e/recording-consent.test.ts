// An audio recording attached to a journal entry, in Chromium on the real API, in Turkish: the
// form asks whether the other party knew of the recording, refuses to save without an answer
// (the message in Turkish, on the question itself), and the answer is kept with the entry and
// shown when the entry is opened. A file that is not audio asks nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startE2E, type E2E } from './harness';
import { newClient, sampleProfile } from '../helpers/temp-db';

let e2e: E2E;
let clientId = 0;
const dir = mkdtempSync(join(tmpdir(), 'cd-recording-'));
const audio = join(dir, 'görüşme kaydı.m4a');
writeFileSync(audio, Buffer.from('....ftypM4A  recorded call'));
const photo = join(dir, 'ekran.png');
writeFileSync(photo, Buffer.from('\x89PNG\r\n\x1a\n screenshot'));

beforeAll(async () => {
  e2e = await startE2E({
    // the form dates the entry with the browser's clock
    now: new Date().toISOString(),
    locale: 'tr-TR',
    setup: (app) => {
      app.services.settings.saveProfile({ ...sampleProfile, language: 'tr' });
      clientId = app.services.clients.create(newClient('Mehmet Kaya')).id;
      app.dialogs.queue.open.push([photo], [audio]);
    },
  });
});
afterAll(async () => {
  await e2e?.close();
});

describe('recording consent in Chromium (Turkish)', () => {
  it('asks for the answer when audio is attached, refuses without it, and shows it in the entry', async () => {
    const { page, app, url } = e2e;
    await page.goto(`${url}#/clients/${clientId}`);
    await page.getByRole('tab', { name: 'Kayıt defteri' }).click();
    await page.getByRole('button', { name: 'Yeni kayıt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Yeni kayıt' });
    await dialog.getByLabel('Özet').fill('Telefonda dava açmakla tehdit etti');
    const question = dialog.getByRole('radiogroup', { name: /Karşı taraf bu ses kaydının yapıldığını biliyor muydu\?/ });

    // a screenshot asks nothing
    await dialog.getByRole('button', { name: 'Dosya ekle…' }).click();
    await dialog.getByText('ekran.png').waitFor();
    expect(await question.count()).toBe(0);

    // a recording: the question appears
    await dialog.getByRole('button', { name: 'Dosya ekle…' }).click();
    await dialog.getByText('görüşme kaydı.m4a').waitFor();
    await question.waitFor();
    await dialog.getByText('Bir ses kaydı ekli. Başkasını kaydetmeyle ilgili kurallar').waitFor();

    // saving without an answer is refused, in Turkish, and nothing is written
    await dialog.getByRole('button', { name: 'Kaydet' }).click();
    await dialog
      .getByText('Bir ses kaydı ekli: karşı tarafın ses kaydının yapıldığını bilip bilmediğini belirtin.')
      .first()
      .waitFor();
    const entries = () =>
      app.services.journal.list(
        { clientId, kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false },
        null,
        10,
      ).items;
    expect(entries()).toEqual([]);

    // answered with the keyboard: the first choice, then the arrow to "told, did not agree"
    await question.getByRole('radio', { name: 'Evet: ses kaydı yapıldığı söylendi ve kabul etti' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(
      await question.getByRole('radio', { name: 'Ses kaydı yapıldığı söylendi, ancak kabul ettiğini söylemedi' }).isChecked(),
    ).toBe(true);
    await dialog.getByRole('button', { name: 'Kaydet' }).click();
    await page.getByText('Kayıt defterine eklendi.').waitFor();

    const [entry] = entries();
    expect(entry).toMatchObject({ summary: 'Telefonda dava açmakla tehdit etti', recordingConsent: 'told' });
    expect(entry!.attachments.map((a) => a.originalName).sort()).toEqual(['ekran.png', 'görüşme kaydı.m4a']);

    // the entry, opened: the answer is shown beside its files
    await page.getByTestId('journal-row').filter({ hasText: 'dava açmakla tehdit' }).click();
    const consent = page.getByRole('dialog', { name: /#1/ }).getByTestId('recording-consent');
    await consent.waitFor();
    expect((await consent.innerText()).replace(/\s+/g, ' ')).toBe(
      'Karşı tarafın ses kaydından haberi: Ses kaydı yapıldığı söylendi, ancak kabul ettiğini söylemedi',
    );
    expect(e2e.errors).toEqual([]);
  }, 60_000);
});
