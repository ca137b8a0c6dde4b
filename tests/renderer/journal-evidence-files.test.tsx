import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JournalView } from '../../src/renderer/src/features/journal/journal-view';
import { emptyFilter } from '../../src/renderer/src/features/journal/use-journal';
import { renderWithApp } from './render';
import { newClient, sampleProfile, type TempApp } from '../helpers/temp-db';

const fixture = (name: string) => join(__dirname, '../fixtures/chats', name);
const sha = (name: string) =>
  createHash('sha256')
    .update(readFileSync(fixture(name)))
    .digest('hex');

let app: TempApp | undefined;
afterEach(() => app?.close());

function renderJournal() {
  let clientId = 0;
  ({ app } = renderWithApp(<JournalView clientId={1} />, {
    setup: (a) => {
      a.clock.set('2026-12-05T09:00:00.000Z');
      a.services.settings.saveProfile({ ...sampleProfile, timeZone: 'Europe/Istanbul' });
      clientId = a.services.clients.create(newClient('Mehmet Kaya')).id;
    },
  }));
  expect(clientId).toBe(1);
  return app!;
}
const stored = () => app!.services.journal.list({ ...emptyFilter }, null, 10).items;

describe('e-mails and chats on the client journal', () => {
  it('a WhatsApp export: pick two messages, correct a summary, save both with the export attached', async () => {
    const a = renderJournal();
    a.dialogs.queue.open.push([fixture('whatsapp-tr.txt')]);
    fireEvent.click(await screen.findByRole('button', { name: 'From an e-mail or chat…' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    // the phone's times, read in the owner's zone, and a date order the file cannot prove
    expect(within(dialog).getByText(/read in your time zone \(Europe\/Istanbul\)/)).toBeTruthy();
    expect(within(dialog).getByText(/day first or month first/)).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: /end-to-end|uçtan uca/ })).toHaveProperty('disabled', true);
    expect(within(dialog).getByText('file not included in the export')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Bu tasarım hiç olmamış/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Sizi herkese şikâyet edeceğim/ }));
    const proposals = within(dialog).getAllByTestId('chat-proposal');
    expect(proposals).toHaveLength(2);
    const summary = within(proposals[0]!).getByLabelText(/^Summary/);
    expect(summary).toHaveProperty('value', 'Bu tasarım hiç olmamış.');
    fireEvent.change(summary, { target: { value: 'Üçüncü kez logo değişikliği istedi, ödememekle tehdit etti' } });
    expect(stored()).toEqual([]); // nothing before Save

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save 2 entries' }));
    await waitFor(() => expect(stored()).toHaveLength(2), { timeout: 10_000 });
    const [threat, design] = stored(); // newest first
    expect(design).toMatchObject({
      kind: 'note',
      channel: 'chat',
      occurredAt: '2026-12-02T11:05:33.000Z',
      summary: 'Üçüncü kez logo değişikliği istedi, ödememekle tehdit etti',
      people: ['Mehmet Kaya'],
      quotes: ['Bu tasarım hiç olmamış.\nÜçüncü kez söylüyorum, logoyu büyütün.\nYoksa ödeme yapmam.'],
    });
    expect(threat).toMatchObject({ occurredAt: '2026-12-02T20:41:09.000Z', quotes: ['Sizi herkese şikâyet edeceğim!'] });
    for (const e of [threat!, design!]) expect(e.attachments.map((x) => x.sha256)).toEqual([sha('whatsapp-tr.txt')]);
  });

  it('a dropped e-mail: the subject as summary, a picked line as exact words, the .eml attached', async () => {
    renderJournal();
    const target = await screen.findByRole('button', { name: 'From an e-mail or chat…' });
    const file = new File([readFileSync(fixture('sikayet-tr.eml'))], 'sikayet-tr.eml', { type: 'message/rfc822' });
    fireEvent.drop(target, { dataTransfer: { files: [file], types: ['Files'] } });
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    expect(within(dialog).getByLabelText(/^Summary/)).toHaveProperty('value', 'Tasarım hakkında şikâyet – ödeme yapılmayacak');
    expect(within(dialog).getByText(/Sent .*14:05.*Europe\/Istanbul/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Faturayı ödemeyeceğim, avukatımla görüşeceğim.' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save 1 entry' }));
    await waitFor(() => expect(stored()).toHaveLength(1), { timeout: 10_000 });
    expect(stored()[0]).toMatchObject({
      kind: 'email',
      channel: 'email',
      occurredAt: '2026-12-02T11:05:33.000Z',
      quotes: ['Faturayı ödemeyeceğim, avukatımla görüşeceğim.'],
      people: [
        'Mehmet Kaya <mehmet.kaya@example.com.tr>',
        'Ayşe Çelik <ayse@studio.example>',
        'Şenay Yılmaz <senay@example.com.tr>',
      ],
    });
    expect(stored()[0]!.attachments[0]!.sha256).toBe(sha('sikayet-tr.eml'));
  });

  it('a long chat shows its last 200 messages, and a search finds an older one', async () => {
    const a = renderJournal();
    const lines = Array.from({ length: 250 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 9, 1, 9, 0) + i * 3_600_000);
      const p2 = (n: number) => String(n).padStart(2, '0');
      return `${p2(d.getUTCDate())}.${p2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}, ${p2(d.getUTCHours())}:00 - Mehmet Kaya: mesaj ${i}`;
    });
    lines[3] = lines[3]!.replace('mesaj 3', 'Bu işi sizinle bitiriyorum');
    const path = join(a.dir, 'uzun-sohbet.txt');
    writeFileSync(path, lines.join('\n'));
    a.dialogs.queue.open.push([path]);
    fireEvent.click(await screen.findByRole('button', { name: 'From an e-mail or chat…' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    expect(
      await within(dialog).findByText(
        'Showing the last 200 of 250 messages. Search to find older ones.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(within(dialog).queryByText('Bu işi sizinle bitiriyorum')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Find in the chat'), { target: { value: 'BITIRIYORUM' } });
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: /Bu işi sizinle bitiriyorum/ }));
    expect(within(dialog).getAllByTestId('chat-proposal')).toHaveLength(1);
  });
});
