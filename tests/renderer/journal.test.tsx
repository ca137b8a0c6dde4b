import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { EntryForm } from '../../src/renderer/src/features/journal/entry-form';
import { Timeline } from '../../src/renderer/src/features/journal/timeline';
import { JournalPage } from '../../src/renderer/src/features/journal/journal-page';
import { emptyFilter } from '../../src/renderer/src/features/journal/use-journal';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

describe('entry form', () => {
  it('asks an abuse incident for exact words and witnesses, and saves them verbatim', async () => {
    let clientId = 0;
    let saved = 0;
    ({ app } = renderWithApp(
      <EntryForm
        mode={{ type: 'new', clientId: 1, kind: 'incident_abuse' }}
        onSaved={() => saved++}
        onCancel={() => undefined}
      />,
      {
        setup: (a) => {
          a.clock.set(new Date().toISOString()); // the form dates the entry with the real clock
          clientId = a.services.clients.create(newClient('Mehmet Kaya')).id;
        },
      },
    ));
    expect(clientId).toBe(1);
    expect(await screen.findByText(/A lawyer needs the words/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Summary/), { target: { value: 'Shouted at Emre' } });
    fireEvent.change(screen.getByLabelText('Quote 1'), { target: { value: '  "Sizi mahvedeceğim!" 😡  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toBe(1));
    const [e] = app!.services.journal.list({ ...emptyFilter }, null, 5).items;
    expect(e).toMatchObject({
      kind: 'incident_abuse',
      severity: 'high',
      signs: ['abusive'],
      quotes: ['  "Sizi mahvedeceğim!" 😡  '],
    });
  });

  it('marks a call as an achievement for a final report (the mark is saved among its signs)', async () => {
    let saved = 0;
    ({ app } = renderWithApp(
      <EntryForm mode={{ type: 'new', clientId: 1, kind: 'call' }} onSaved={() => saved++} onCancel={() => undefined} />,
      {
        setup: (a) => {
          a.clock.set(new Date().toISOString());
          a.services.clients.create(newClient('Mehmet Kaya'));
        },
      },
    ));
    fireEvent.change(await screen.findByLabelText(/^Summary/), { target: { value: 'Walked them through the new shop' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /An achievement/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toBe(1));
    const [e] = app!.services.journal.list({ ...emptyFilter }, null, 5).items;
    expect(e).toMatchObject({ kind: 'call', signs: ['achievement'] });
  });

  it('shows a translated error and saves nothing when the summary is empty', async () => {
    ({ app } = renderWithApp(
      <EntryForm mode={{ type: 'new', clientId: 1 }} onSaved={() => undefined} onCancel={() => undefined} />,
      {
        setup: (a) => void a.services.clients.create(newClient('Mehmet Kaya')),
      },
    ));
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required.')).toBeTruthy();
    expect(app!.services.journal.list({ ...emptyFilter }, null, 5).items).toEqual([]);
  });

  it('warns when a resolution uses a non-apology', async () => {
    let complaintId = 0;
    ({ app } = renderWithApp(
      <EntryForm
        mode={{ type: 'new', clientId: 1, kind: 'resolution', refersToId: 1 }}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
      {
        setup: (a) => {
          const c = a.services.clients.create(newClient('Mehmet Kaya'));
          complaintId = a.services.journal.add({ clientId: c.id, kind: 'complaint', channel: 'email', summary: 'late' }).id;
        },
      },
    ));
    expect(complaintId).toBe(1);
    const summary = await screen.findByLabelText(/^Summary/);
    fireEvent.change(summary, { target: { value: 'Sorry you feel that way.' } });
    expect(await screen.findByTestId('non-apology')).toBeTruthy();
    fireEvent.change(summary, { target: { value: "I'm sorry. It was our mistake." } });
    await waitFor(() => expect(screen.queryByTestId('non-apology')).toBeNull());
  });
});

describe('timeline', () => {
  it('shows a correction beside its original, marks late entries and sets quotes apart', async () => {
    ({ app } = renderWithApp(<Timeline filter={emptyFilter} search="" onOpen={() => undefined} />, {
      setup: (a) => {
        const c = a.services.clients.create(newClient('Mehmet Kaya'));
        const e = a.services.journal.add({
          clientId: c.id,
          kind: 'call',
          channel: 'phone',
          summary: 'Promised to pay Friday',
          quotes: ['Cuma öderim'],
          occurredAt: '2026-11-20T10:00:00Z',
        });
        a.services.journal.amend({ amendsId: e.id, kind: 'call', channel: 'phone', summary: 'Promised to pay Monday' });
      },
    }));
    expect(await screen.findByText('Promised to pay Friday')).toBeTruthy();
    expect(screen.getByTestId('amendment-beside').textContent).toContain('Promised to pay Monday');
    expect(screen.getByText('Late entry')).toBeTruthy();
    expect(screen.getByText('“Cuma öderim”')).toBeTruthy();
    expect(screen.getByText('1 entry')).toBeTruthy();
  });

  it("marks a team replica's queued entry 'Not yet in the team journal', without a number", async () => {
    ({ app } = renderWithApp(<Timeline filter={emptyFilter} search="" onOpen={() => undefined} />, {
      setup: (a) => {
        const c = a.services.clients.create(newClient('Mehmet Kaya'));
        a.services.journal.add({ clientId: c.id, kind: 'call', channel: 'phone', summary: 'Numbered before joining' });
        // what the join flow writes: from now on new entries wait for the team server
        a.database.sqlite
          .prepare("INSERT INTO settings (key, value) VALUES ('team.replica', ?)")
          .run(
            JSON.stringify({
              host: 'db.office.lan',
              port: 5432,
              database: 'dossier',
              roleName: 'ayse',
              personName: 'Ayşe',
              role: 'staff',
            }),
          );
        a.services.journal.add({
          clientId: c.id,
          kind: 'incident_abuse',
          channel: 'phone',
          summary: 'Shouted on the phone',
          quotes: ['…'],
        });
      },
    }));
    const badge = await screen.findByTestId('team-pending-badge');
    expect(badge.textContent).toBe('Not yet in the team journal');
    expect(screen.getAllByTestId('team-pending-badge')).toHaveLength(1);
    expect(screen.getByText('Shouted on the phone')).toBeTruthy();
    expect(screen.getByText('Numbered before joining')).toBeTruthy();
  });

  it('highlights search matches without rendering HTML', async () => {
    ({ app } = renderWithApp(<Timeline filter={emptyFilter} search="sikayet" onOpen={() => undefined} />, {
      setup: (a) => {
        const c = a.services.clients.create(newClient('Mehmet Kaya'));
        a.services.journal.add({ clientId: c.id, kind: 'note', channel: 'other', summary: 'Müşteri <b>şikayet</b> etti' });
      },
    }));
    const mark = await screen.findByText('şikayet', { selector: 'mark' });
    expect(mark).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
  });
});

describe('search results', () => {
  it('shows each result text once, marked where it matched, for what a Turkish keyboard types', async () => {
    ({ app } = renderWithApp(<Timeline filter={emptyFilter} search="bagirdi" onOpen={() => undefined} />, {
      setup: (a) => {
        const c = a.services.clients.create(newClient('Mehmet Kaya'));
        a.services.journal.add({ clientId: c.id, kind: 'call', channel: 'phone', summary: 'Müşteri telefonda bağırdı' });
        a.services.journal.add({
          clientId: c.id,
          kind: 'call',
          channel: 'phone',
          summary: 'Teslim araması',
          details: 'Fiyatı duyunca BAĞIRDI ve kapattı',
        });
      },
    }));
    expect(await screen.findByText('2 matches')).toBeTruthy();
    const rows = screen.getAllByTestId('journal-row');
    const count = (text: string, needle: string) => text.split(needle).length - 1;
    const [inDetails, inSummary] = rows.map((r) => r.textContent ?? '');
    // a match in the summary: the summary is marked in place, not repeated as a snippet below
    expect(count(inSummary!, 'Müşteri telefonda bağırdı')).toBe(1);
    expect(rows[1]!.querySelector('mark')?.textContent).toBe('bağırdı');
    // a match in the details: the summary once, then the marked details
    expect(count(inDetails!, 'Teslim araması')).toBe(1);
    expect(count(inDetails!, 'Fiyatı duyunca BAĞIRDI ve kapattı')).toBe(1);
    expect(rows[0]!.querySelector('mark')?.textContent).toBe('BAĞIRDI');
  });
});

describe('journal page links', () => {
  it('opens the entry an evidence link points at (?client=…&entry=…)', async () => {
    ({ app } = renderWithApp(<JournalPage />, {
      route: '/journal?client=1&entry=2',
      setup: (a) => {
        const c = a.services.clients.create(newClient('Mehmet Kaya'));
        a.services.journal.add({ clientId: c.id, kind: 'call', channel: 'phone', summary: 'first' });
        a.services.journal.add({ clientId: c.id, kind: 'price_pushback', channel: 'phone', summary: 'Asked for 40 % off' });
      },
    }));
    expect(await screen.findByText('Entry #2 — Mehmet Kaya')).toBeTruthy();
    expect((await screen.findAllByText('Asked for 40 % off')).length).toBeGreaterThan(0);
  });
});
