// The sample business shows the finished features with something in them, in each language: the
// older complaints resolved and one answered five days ago whose status update is due (Today and
// the queue), a recorded call with the other party's knowledge answered, a former client's
// win-back case with its apology sent by e-mail (the letter's SHA-256 journaled) and the lessons
// on the dashboard — all verified with the chain, and all gone with "Remove sample data".
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { verifyJournal } from '../../src/main/journal/chain';
import { letterSha256 } from '../../src/main/offboarding/send';
import { storyTexts } from '../../src/main/sample/story-texts';
import { sampleTexts } from '../../src/main/sample/texts';
import { catalogues } from '../../src/shared/i18n';
import { languages } from '../../src/shared/domain/format';

let app: TempApp;
afterEach(() => app.close());

const everything = { kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false };

describe.each(languages)('the sample’s stories in %s', (language) => {
  it('shows a status update due, a recording with its answer, a win-back case with lessons and a letter sent by e-mail', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    app.services.sampleData.load(language);
    const st = storyTexts[language];
    const m = catalogues[language].offboarding;

    // complaints: the old ones resolved; one open, answered once five days ago, due an update
    const today = app.services.complaints.today();
    expect(today).toMatchObject({ updatesDueCount: 1 });
    expect(today.waitingCount).toBeLessThanOrEqual(3);
    const [due] = today.updatesDue;
    expect(due).toMatchObject({ status: 'open', isUpdateDue: true, ageDays: 5, responseMinutes: 95 });
    expect(sampleTexts[language].complaints.delay).toContain(due!.entry.summary);
    expect(due!.entry.quotes).toEqual([st.complaintQuote]);
    const resolved = app.services.complaints.list(null, 'resolved');
    expect(resolved.length).toBeGreaterThan(5);
    for (const c of resolved) expect(c.resolvedAt! > c.entry.occurredAt).toBe(true);

    // the recorded call: audio attached, the other party was told
    const audio = app.database.sqlite
      .prepare("SELECT entry_id AS id FROM journal_attachments WHERE media_type LIKE 'audio/%'")
      .all() as { id: number }[];
    const recorded = audio.map((a) => app.services.journal.get(a.id));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ kind: 'incident_threat', recordingConsent: 'told', quotes: [st.recording.quote] });
    expect(recorded[0]!.attachments.map((a) => a.originalName)).toEqual([st.recording.file]);

    // the win-back case: completed, staying in touch (its check-in on the Due list), lessons listed
    const [lesson] = app.services.offboarding.lessons();
    expect(lesson).toMatchObject({
      outcome: 'staying_in_touch',
      rootCause: st.winBack.rootCause,
      whatWeChange: st.winBack.whatWeChange,
      earlySigns: st.winBack.earlySigns,
    });
    const c = app.services.offboarding.get(lesson!.caseId);
    expect(c).toMatchObject({
      path: 'win_back',
      status: 'completed',
      completed: ['review', 'call', 'apology', 'outcome', 'lessons'],
    });
    expect((await app.api.getClient({ id: c.clientId })).status).toBe('former');
    expect(app.services.offboarding.due()).toEqual([
      expect.objectContaining({ caseId: c.id, kind: 'follow_up', date: '2026-12-03' }),
    ]);

    // the apology went out by e-mail: the journal holds its fingerprint, in the case's chain
    const letter = String(c.values['apology']!['letter']);
    expect(letter).toContain(st.winBack.offer);
    const caseEntries = app.services.journal
      .list({ ...everything, clientId: c.clientId }, null, 200)
      .items.filter((e) => e.caseId === c.id);
    expect(caseEntries).toHaveLength(8);
    const sent = caseEntries.filter((e) => e.kind === 'email' && e.channel === 'email');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.summary).toBe(
      m.journal.letterSent.replace('{{path}}', m.paths.win_back.title).replace('{{title}}', letter.split('\n')[0]!),
    );
    expect(sent[0]!.details).toContain(`${m.sending.fingerprint}: ${letterSha256(letter)}`);

    const verified = await verifyJournal(app.services.ctx);
    expect(verified.ok).toBe(true);

    // and it all goes with the sample
    expect(app.services.sampleData.remove().keptClients).toBe(0);
    const count = (table: string) => (app.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    for (const table of ['offboarding_cases', 'journal_entries', 'journal_attachments', 'clients'])
      expect(count(table), table).toBe(0);
  });
});
