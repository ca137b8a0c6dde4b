// The journal's date filter counts the owner's days, in their time zone: a call at 00:30 on
// 1 April in Istanbul (31 March 21:30 UTC) belongs to April there.
import { afterEach, describe, expect, it } from 'vitest';
import { appendJournalEntries } from '../../src/main/journal/chain';
import { journalFilterSchema } from '../../src/shared/contract/journal';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp;
afterEach(() => app.close());

describe('the timeline filter in the owner’s days', () => {
  it('puts a late-night call in the local day, not the UTC one', async () => {
    app = createTempApp({ deps: { timeZone: 'Europe/Istanbul' } });
    const c = app.services.clients.create(newClient('Mehmet Kaya'));
    appendJournalEntries(app.services.ctx, [
      { clientId: c.id, kind: 'call', channel: 'phone', occurredAt: '2026-03-31T21:30:00.000Z', summary: 'Gece araması' },
      { clientId: c.id, kind: 'call', channel: 'phone', occurredAt: '2026-03-31T20:30:00.000Z', summary: 'Akşam araması' },
    ]);
    const list = async (from: string | null, to: string | null) =>
      (await app.api.listJournal({ filter: journalFilterSchema.parse({ from, to }), cursor: null, limit: 50 })).items.map(
        (i) => i.summary,
      );
    expect(await list('2026-04-01', '2026-04-01')).toEqual(['Gece araması']);
    expect(await list('2026-03-31', '2026-03-31')).toEqual(['Akşam araması']);
    expect((await list(null, null)).sort()).toEqual(['Akşam araması', 'Gece araması']);
  });
});
