// Issue 16 item 9 in the entry form: attaching an audio recording asks whether the other party
// knew of it; saving without an answer says why; the answer shows in the entry.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JournalEntry } from '../../src/shared/contract/journal';
import { EntryForm } from '../../src/renderer/src/features/journal/entry-form';
import { EntryBody } from '../../src/renderer/src/features/journal/entry-view';
import { emptyFilter } from '../../src/renderer/src/features/journal/use-journal';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

describe('recording consent in the entry form', () => {
  it('asks once an audio file is attached, refuses to save without the answer, and keeps it', async () => {
    let saved: JournalEntry | null = null;
    ({ app } = renderWithApp(
      <EntryForm mode={{ type: 'new', clientId: 1, kind: 'call' }} onSaved={(e) => (saved = e)} onCancel={() => undefined} />,
      {
        setup: (a) => {
          a.clock.set(new Date().toISOString());
          a.services.clients.create(newClient('Mehmet Kaya'));
          const dir = join(a.dir, 'incoming');
          mkdirSync(dir);
          writeFileSync(join(dir, 'görüşme.m4a'), 'RIFF audio');
          a.dialogs.queue.open.push([join(dir, 'görüşme.m4a')]);
        },
      },
    ));
    fireEvent.change(screen.getByLabelText(/^Summary/), { target: { value: 'Call about the invoice' } });
    expect(screen.queryByText(/Did the other party know this was being recorded/)).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Attach files…' }));
    expect(await screen.findByText('görüşme.m4a', {}, { timeout: 20_000 })).toBeTruthy();
    expect(await screen.findByText(/Did the other party know this was being recorded/, {}, { timeout: 20_000 })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'An audio recording is attached: say whether the other party knew it was being recorded.',
        {},
        { timeout: 20_000 },
      ),
    ).toBeTruthy();
    expect(saved).toBeNull();

    fireEvent.click(screen.getByLabelText('No: they did not know it was being recorded'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).not.toBeNull(), { timeout: 20_000 });
    const [e] = app!.services.journal.list({ ...emptyFilter }, null, 5).items;
    expect(e).toMatchObject({ recordingConsent: 'not_told', attachments: [{ originalName: 'görüşme.m4a' }] });
  }, 150_000);

  it('shows the answer with the entry', async () => {
    const entry = {
      id: 1,
      clientId: 1,
      clientName: 'Mehmet Kaya',
      seq: 1,
      kind: 'call',
      channel: 'phone',
      occurredAt: '2026-11-20T09:00:00.000Z',
      recordedAt: '2026-11-20T09:05:00.000Z',
      isLate: false,
      durationMinutes: null,
      summary: 'Call',
      details: '',
      quotes: [],
      people: [],
      witnesses: [],
      severity: 'low',
      signs: [],
      category: null,
      recordingConsent: 'agreed',
      amendsId: null,
      refersToId: null,
      caseId: null,
      isSample: false,
      author: 'Ayşe Yılmaz',
      hashVersion: 2,
      hash: 'a'.repeat(64),
      attachments: [{ sha256: 'b'.repeat(64), originalName: 'call.mp3', sizeBytes: 10, mediaType: 'audio/mpeg' }],
    } satisfies JournalEntry;
    ({ app } = renderWithApp(<EntryBody entry={entry} />));
    expect((await screen.findByTestId('recording-consent')).textContent).toBe(
      'Recording known to the other party: Yes: they were told it was being recorded and agreed',
    );
  });
});
