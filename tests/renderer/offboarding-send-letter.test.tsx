// Issue 16 item 10 on the case screen: "Send by e-mail" opens the mail program, and only the
// owner's confirmation puts the sending in the journal.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { CasePage } from '../../src/renderer/src/features/offboarding/case-page';
import { emptyFilter } from '../../src/renderer/src/features/journal/use-journal';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';
import { renderWithApp } from './render';
import type { TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

const page = (
  <Routes>
    <Route path="/offboarding/cases/:id" element={<CasePage />} />
  </Routes>
);

describe('sending a letter from the case', () => {
  it('opens the mail program, then journals the letter as sent once the owner confirms', async () => {
    let caseId = 0;
    ({ app } = renderWithApp(page, {
      route: '/offboarding/cases/1',
      setup: (a) => {
        const { client } = seedDifficultClient(a);
        caseId = a.services.offboarding.start(client.id, 'collect_payment').id;
        a.services.offboarding.save(caseId, 'invoices', {}, false);
      },
    }));
    expect(caseId).toBe(1);
    fireEvent.click(await screen.findByRole('button', { name: 'Send by e-mail' }, { timeout: 20_000 }));
    expect(
      await screen.findByText(
        'The letter is open in your mail program, addressed to mehmet@kaya.com.tr. Send it from there, then confirm here.',
        {},
        { timeout: 20_000 },
      ),
    ).toBeTruthy();
    expect(app!.dialogs.mailed).toHaveLength(1);
    expect(app!.dialogs.mailed[0]).toMatch(
      /^mailto:mehmet@kaya\.com\.tr\?subject=Invoice%20F-2026-017%3A%20a%20friendly%20reminder&body=Dear%20Mehmet%20Kaya%2C%0D%0A%0D%0A/,
    );
    const journaled = () =>
      app!.services.journal.list({ ...emptyFilter, kinds: ['email'] }, null, 10).items.filter((e) => e.caseId === caseId);
    expect(journaled()).toEqual([]);

    // "Not sent" leaves no trace
    fireEvent.click(screen.getByRole('button', { name: 'Not sent' }));
    await waitFor(() => expect(screen.queryByTestId('send-letter')).toBeNull());
    expect(journaled()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Send by e-mail' }));
    fireEvent.click(await screen.findByRole('button', { name: 'I sent it: record it in the journal' }, { timeout: 20_000 }));
    expect(
      await screen.findByText('Recorded in the journal as sent, with the letter’s fingerprint.', {}, { timeout: 20_000 }),
    ).toBeTruthy();
    const [sent] = journaled();
    expect(sent).toMatchObject({ kind: 'email', channel: 'email' });
    expect(sent!.summary).toMatch(/letter sent by e-mail: Invoice F-2026-017: a friendly reminder/);
    expect(sent!.details).toMatch(/SHA-256 of the letter text \(UTF-8\): [0-9a-f]{64}/);
  }, 150_000);
});
