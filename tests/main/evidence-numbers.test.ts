// Issue 14, defects 5 and 6: evidence is cited by the entry's number in its client's journal
// (`seq`, what the journal and the dossier show), never the database id; and the final report
// offers as achievements only entries that can be one (real temp database).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { call, partWaysAnswers, seedDifficultClient } from '../helpers/offboarding-fixtures';
import { appendJournalEntry } from '../../src/main/journal/chain';
import { valueModel } from '../../src/main/reports/models';
import { createOffboardingFacts } from '../../src/main/offboarding/facts';

let app: TempApp;
beforeEach(() => {
  app = createTempApp();
});
afterEach(() => app.close());

/** Another client's 5 entries first: the next client's entries have ids 6, 7, … but numbers #1, #2, … */
function otherClientFirst() {
  app.services.settings.saveProfile(sampleProfile);
  const other = app.services.clients.create(newClient('Önce Gelen'));
  for (let i = 0; i < 5; i++)
    appendJournalEntry(app.services.ctx, {
      clientId: other.id,
      kind: 'call',
      channel: 'phone',
      occurredAt: '2026-10-01T09:00:00.000Z',
      summary: `call ${i}`,
    });
}

describe('evidence numbers are the client’s own entry numbers (defect 5)', () => {
  it('red-flag evidence and the value report cite #1 and #2, not the ids 6 and 7', () => {
    otherClientFirst();
    const c = app.services.clients.create(newClient('Kaya', { clientSince: '2020-01-01' }));
    const add = (summary: string) =>
      app.services.journal.add({
        clientId: c.id,
        kind: 'payment_reminder',
        channel: 'email',
        occurredAt: '2026-10-01T09:00:00.000Z',
        summary,
      });
    const r1 = add('First reminder');
    const r2 = add('Second reminder');
    expect([r1.id, r2.id]).toEqual([6, 7]);
    expect([r1.seq, r2.seq]).toEqual([1, 2]);
    const v = app.services.valuation.clientValuation(c.id);
    const paysLate = v.flags.find((f) => f.sign === 'pays_late')!;
    expect(paysLate.entryIds).toEqual([6, 7]);
    // what the Value tab prints beside each link ("Journal entry #1", "#2")
    expect(v.entrySeqs).toEqual({ 6: 1, 7: 2 });
    const model = valueModel(
      app.services.ctx,
      { settings: app.services.settings, clients: app.services.clients, valuation: app.services.valuation, version: 't' },
      c.id,
    );
    expect(model.evidence.entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('the part-ways journal entry cites the picked entries by their numbers in the client’s journal', async () => {
    otherClientFirst();
    // the difficult client's entries: ids 6, 7 (achievements), 8 (abuse); numbers #1, #2, #3
    const { client, invoiceId, achievementIds } = seedDifficultClient(app);
    expect(achievementIds).toEqual([6, 7]);
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    const answers = partWaysAnswers(achievementIds);
    for (const [step, values] of answers.slice(0, 4)) c = await call(app, 'saveOffboardingStep', { caseId: c.id, step, values });
    c = await call(app, 'recordOffboardingPayment', { caseId: c.id, invoiceId, amountMinor: 1_250_000, paidOn: '2026-11-23' });
    for (const [step, values] of answers.slice(4, 6)) c = await call(app, 'saveOffboardingStep', { caseId: c.id, step, values });
    const details = app.database.sqlite
      .prepare<[number], string>(`SELECT details FROM journal_entries WHERE case_id = ? AND summary LIKE '%Final report'`)
      .pluck()
      .get(c.id)!;
    expect(details).toContain(': #1, #2');
    expect(details).not.toContain('#6');
  });
});

describe('achievements are only entries that can be one (defect 6)', () => {
  it('offers resolutions, never abuse, threats, complaints or internal notes; a pick corrected to abuse no longer prints', async () => {
    const { client, achievementIds } = seedDifficultClient(app);
    const ctx = app.services.ctx;
    const base = { clientId: client.id, channel: 'phone', occurredAt: '2026-09-20T10:00:00.000Z' };
    for (const kind of ['incident_threat', 'complaint', 'public_complaint', 'note', 'payment_reminder', 'call'])
      appendJournalEntry(ctx, { ...base, kind, summary: `a ${kind}` });
    const c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    const offered = await call(app, 'listOffboardingAchievements', { caseId: c.id });
    // the fixture's two resolutions only (its abuse incident and the six kinds above are left out)
    expect(offered.map((p) => [p.summary, p.kind, p.seq])).toEqual([
      ['Doubled organic traffic in six months', 'resolution', 2],
      ['Launched the new online shop', 'resolution', 1],
    ]);
    // the review of the whole timeline (win back) still shows everything
    const timeline = await call(app, 'listOffboardingTimeline', { caseId: c.id });
    expect(timeline.map((p) => p.kind)).toContain('incident_abuse');

    // a resolution logged by mistake, corrected to the abuse it was: neither offered nor printed
    const [launch, seo] = achievementIds as [number, number];
    // what the final report prints: the export reads the picks through these facts
    const facts = createOffboardingFacts(ctx, { money: app.services.money, valuation: app.services.valuation });
    const fixed = app.services.journal.amend({
      amendsId: seo,
      kind: 'incident_abuse',
      channel: 'phone',
      summary: 'It was abuse',
    });
    const after = await call(app, 'listOffboardingAchievements', { caseId: c.id });
    expect(after.map((p) => p.id)).toEqual([launch]);
    expect(facts.entries(client.id, [launch, seo, fixed.id]).map((p) => p.id)).toEqual([launch]);
    // and a pick since corrected (wording) prints as it stands now
    const reworded = app.services.journal.amend({
      amendsId: launch,
      kind: 'resolution',
      channel: 'email',
      summary: 'Launched the new online shop (on time)',
    });
    expect(facts.entries(client.id, [launch]).map((p) => [p.id, p.summary])).toEqual([
      [reworded.id, 'Launched the new online shop (on time)'],
    ]);
  });

  it('offers a call the owner marked as an achievement, never a marked abuse incident or note', async () => {
    const { client } = seedDifficultClient(app);
    const add = (kind: 'call' | 'incident_abuse' | 'note', summary: string, signs: ('achievement' | 'abusive')[]) =>
      app.services.journal.add({
        clientId: client.id,
        kind,
        channel: 'phone',
        occurredAt: '2026-09-25T10:00:00.000Z',
        summary,
        signs,
      });
    const call_ = add('call', 'Walked them through the new shop', ['achievement']);
    add('call', 'Talked about the weather', []);
    add('incident_abuse', 'Shouted again', ['abusive', 'achievement']);
    add('note', 'Internal: raise the price', ['achievement']);
    const c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    const offered = await call(app, 'listOffboardingAchievements', { caseId: c.id });
    // the marked call (25 Sep) and the fixture's two resolutions (15 Sep), newest first
    expect(offered.map((p) => p.summary)).toEqual([
      'Walked them through the new shop',
      'Doubled organic traffic in six months',
      'Launched the new online shop',
    ]);
    // the mark is no red flag: the call counts as a call, and the abuse flag counts one incident
    // (the fixture's) plus this one: 2 events
    const v = app.services.valuation.clientValuation(client.id);
    expect(v.flags.find((f) => f.sign === 'abusive')!.events).toBe(2);
    // unmarking by correction takes it off the list
    app.services.journal.amend({
      amendsId: call_.id,
      kind: 'call',
      channel: 'phone',
      summary: 'Walked them through the new shop',
      signs: [],
    });
    expect((await call(app, 'listOffboardingAchievements', { caseId: c.id })).map((p) => p.summary)).not.toContain(
      'Walked them through the new shop',
    );
  });
});
