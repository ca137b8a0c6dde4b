// Input that stays the same evidence everywhere (issue 19, item 6): an entry cannot be edited,
// so what the journal accepts must be a real moment and read the same on screen and in a PDF.
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/dispatch';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp;
afterEach(() => app.close());

async function issues(method: 'addJournalEntry' | 'createClient', input: Record<string, unknown>) {
  const r = await dispatch(app.api, method, input);
  if (r.ok) return null;
  return { code: r.error.code, issues: r.error.issues?.map((i) => [i.path, i.message]) };
}

describe('the journal refuses what would not stay the same evidence', () => {
  it('an impossible moment, with its own message, and stores nothing', async () => {
    app = createTempApp();
    const c = app.services.clients.create(newClient('Ayşe'));
    const base = { clientId: c.id, kind: 'call', channel: 'phone', summary: 'Called' };
    for (const occurredAt of [
      '2026-02-30T10:00:00Z',
      '2026-03-01T24:00:00Z',
      '0000-01-01T10:00:00Z',
      '2026-03-01T10:00:00+14:59',
    ])
      expect(await issues('addJournalEntry', { ...base, occurredAt }), occurredAt).toEqual({
        code: 'VALIDATION',
        issues: [['occurredAt', 'validation.dateTimeImpossible']],
      });
    expect(app.database.sqlite.prepare('SELECT COUNT(*) AS n FROM journal_entries').get()).toEqual({ n: 0 });
    expect(await issues('addJournalEntry', { ...base, occurredAt: '2026-02-28T10:00:00+03:00' })).toBeNull();
  });

  it('a summary whose digits a bidi control reorders, and names with invisible characters', async () => {
    app = createTempApp();
    const c = app.services.clients.create(newClient('Ayşe'));
    const base = { clientId: c.id, kind: 'call', channel: 'phone', occurredAt: '2026-03-01T10:00:00Z' };
    expect(await issues('addJournalEntry', { ...base, summary: 'Paid \u202E0001\u202C TRY' })).toEqual({
      code: 'VALIDATION',
      issues: [['summary', 'validation.bidiChars']],
    });
    expect(await issues('addJournalEntry', { ...base, summary: 'ok', people: ['Meh\u200Bmet'] })).toMatchObject({
      code: 'VALIDATION',
      issues: [[expect.stringMatching(/^people/), 'validation.invisibleChars']],
    });
    expect(await issues('createClient', { name: 'Mehmet\u00ADKaya' })).toEqual({
      code: 'VALIDATION',
      issues: [['name', 'validation.invisibleChars']],
    });
    expect(await issues('createClient', { name: 'Clinic 2026-02-30', clientSince: '2026-02-30' })).toEqual({
      code: 'VALIDATION',
      issues: [['clientSince', 'validation.dateImpossible']],
    });
    // an emoji family is pictures joined, not hidden letters
    expect(await issues('addJournalEntry', { ...base, summary: 'Sent 👨‍👩‍👧 photo' })).toBeNull();
  });
});
