// Issue 14, defect 1: a correction counts once, as its latest version, in the client's
// valuation, its evidence, the value report and the portfolio's SQL (real temp database).
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { appendJournalEntries } from '../../src/main/journal/chain';
import { valueModel } from '../../src/main/reports/models';
import type { AmendEntryInput, NewEntryInput } from '../../src/shared/contract/journal';

let app: TempApp;
afterEach(() => app?.close());

/** A long-standing client paying 1,000,000 on time; rate 120,000 TRY / (160 h × 80 %) = 937.50 per hour. */
function setUp() {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  app.services.settings.saveProfile(sampleProfile);
  const c = app.services.clients.create(newClient('Kaya', { clientSince: '2020-01-01' }));
  const inv = app.services.money.createInvoice(c.id, {
    number: 'A-1',
    issuedOn: '2026-06-01',
    dueOn: '2026-06-15',
    amountMinor: 1_000_000,
    listPriceMinor: null,
    currency: null,
    description: '',
  });
  app.services.money.addPayment(inv.id, { paidOn: '2026-06-10', amountMinor: 1_000_000, note: '' });
  const add = (over: Partial<NewEntryInput>) =>
    app.services.journal.add({
      clientId: c.id,
      kind: 'call',
      channel: 'phone',
      occurredAt: '2026-10-01T10:00:00.000Z',
      summary: 'Talked',
      ...over,
    });
  const amend = (amendsId: number, over: Partial<AmendEntryInput>) =>
    app.services.journal.amend({ amendsId, kind: 'call', channel: 'phone', summary: 'Talked', ...over });
  return { clientId: c.id, add, amend };
}

/** The portfolio's one aggregate query and the client's own page give the same facts and figures. */
function expectPortfolioMatches(clientId: number) {
  const aggregated = app.services.valuation.portfolioFacts().find((c) => c.facts.clientId === clientId)!;
  const own = app.services.valuation.clientFacts(clientId).facts;
  expect(aggregated.facts).toEqual(own);
  const v = app.services.valuation.clientValuation(clientId);
  const row = app.services.valuation.portfolio().rows.find((r) => r.clientId === clientId)!;
  expect([row.costToServeMinor, row.marginMinor, row.health, row.action]).toEqual([
    v.figures.costToServe.value,
    v.figures.margin.value,
    v.health.score,
    v.recommendation.action,
  ]);
  return v;
}

describe('a correction counts once (issue 14, defect 1)', () => {
  it('a call of 30 minutes corrected to 40 is 1 call of 40 minutes, on the client page and in the portfolio', () => {
    const { clientId, add, amend } = setUp();
    const call = add({ durationMinutes: 30 });
    amend(call.id, { durationMinutes: 40 });
    const v = expectPortfolioMatches(clientId);
    // 40 min × 93,750 / 60 = 62,500 kuruş (counting both: 2 calls, 70 min → 109,375)
    expect(v.costByKind).toEqual([{ kind: 'call', entries: 1, minutes: 40, costMinor: 62_500 }]);
    expect(v.figures.timeCost.value).toBe(62_500);
    // margin 1,000,000 − 62,500 = 937,500
    expect(v.figures.margin.value).toBe(937_500);
  });

  it('fixing a typo in the one abuse incident changes neither health (83) nor the advice (keep)', () => {
    const { clientId, add, amend } = setUp();
    const incident = add({ kind: 'incident_abuse', summary: 'Shoutde at Ece', signs: ['abusive'], severity: 'high' });
    const before = expectPortfolioMatches(clientId);
    const fix = amend(incident.id, { kind: 'incident_abuse', summary: 'Shouted at Ece', signs: ['abusive'], severity: 'high' });
    const after = expectPortfolioMatches(clientId);
    for (const v of [before, after]) {
      // one event: score 0.25 → health 1 − 0.7 × 0.25 = 0.825 → 83 (counted twice: score 1 → 30, part ways)
      expect(v.health).toEqual({ score: 83, band: 'green' });
      // 1,000,000 − 30 standard minutes × 93,750 / 60 (46,875) = 953,125, 95 % margin
      expect(v.figures.margin.value).toBe(953_125);
      expect(v.recommendation.action).toBe('keep');
      expect(v.recommendation.reasons.map((r) => r.key)).toEqual(['healthyAndProfitable']);
    }
    expect(after.figures).toEqual(before.figures);
    // the evidence is the entry as it stands: the correction, once
    const abusive = after.flags.find((f) => f.sign === 'abusive')!;
    expect(abusive).toMatchObject({ events: 1, level: 'note', entryIds: [fix.id] });
    // the value report names it by the correction's journal number and date
    const model = valueModel(
      app.services.ctx,
      { settings: app.services.settings, clients: app.services.clients, valuation: app.services.valuation, version: 't' },
      clientId,
    );
    expect(model.evidence.entries).toEqual([{ id: fix.id, seq: fix.seq, occurredAt: fix.occurredAt }]);
  });

  it('a threat logged by mistake and corrected to an ordinary call counts as a call, not a threat', () => {
    const { clientId, add, amend } = setUp();
    const threat = add({ kind: 'incident_threat', signs: ['abusive'], severity: 'critical' });
    const fix = amend(threat.id, { kind: 'call', signs: [], durationMinutes: 10 });
    const v = expectPortfolioMatches(clientId);
    // no evidence of abuse: health 100; 1 call of 10 min × 93,750 / 60 = 15,625
    expect(v.flags.find((f) => f.sign === 'abusive')).toMatchObject({ events: 0, score: 0, entryIds: [] });
    expect(v.health.score).toBe(100);
    expect(v.costByKind).toEqual([{ kind: 'call', entries: 1, minutes: 10, costMinor: 15_625 }]);
    expect(v.recommendation.action).toBe('keep');
    expect(fix.amendsId).toBe(threat.id);
  });

  it('a correction written as a note fixes wording only: the threat still counts, and is the evidence', () => {
    const { clientId, add, amend } = setUp();
    const threat = add({ kind: 'incident_threat', signs: ['abusive'], severity: 'critical', durationMinutes: 12 });
    amend(threat.id, { kind: 'note', channel: 'other', summary: 'The witness was Əli Həsənov, not Gülşen Öztürk' });
    const v = expectPortfolioMatches(clientId);
    // one threat of 12 min: 12 × 93,750 / 60 = 18,750; abuse score 0.25 → health 1 − 0.7 × 0.25 → 83
    expect(v.costByKind).toEqual([{ kind: 'incident_threat', entries: 1, minutes: 12, costMinor: 18_750 }]);
    expect(v.flags.find((f) => f.sign === 'abusive')).toMatchObject({ events: 1, score: 0.25, entryIds: [threat.id] });
    expect(v.health.score).toBe(83);
  });

  it('a chain of two corrections stands as the second, wherever the corrections point', () => {
    const { clientId, add, amend } = setUp();
    const call = add({ durationMinutes: 30 });
    const first = amend(call.id, { durationMinutes: 40 });
    amend(first.id, { durationMinutes: 25 }); // the service points it at the original
    // A true chain (a correction of a correction), as another writer of the journal may store it:
    // a 45-minute meeting corrected to a 20-minute call, then to a 15-minute e-mail.
    const [meeting] = appendJournalEntries(app.services.ctx, [
      {
        clientId,
        kind: 'meeting',
        channel: 'in_person',
        occurredAt: '2026-10-05T10:00:00.000Z',
        durationMinutes: 45,
        summary: 'm',
      },
    ]);
    const [toCall] = appendJournalEntries(app.services.ctx, [
      {
        clientId,
        kind: 'call',
        channel: 'phone',
        occurredAt: '2026-10-05T10:00:00.000Z',
        durationMinutes: 20,
        summary: 'm',
        amendsId: meeting!.id,
      },
    ]);
    appendJournalEntries(app.services.ctx, [
      {
        clientId,
        kind: 'email',
        channel: 'email',
        occurredAt: '2026-10-05T10:00:00.000Z',
        durationMinutes: 15,
        summary: 'm',
        amendsId: toCall!.id,
      },
    ]);
    const v = expectPortfolioMatches(clientId);
    // call 25 min × 93,750 / 60 = 39,062.5 → 39,063; e-mail 15 min → 23,437.5 → 23,438; no meeting
    expect(v.costByKind).toEqual([
      { kind: 'call', entries: 1, minutes: 25, costMinor: 39_063 },
      { kind: 'email', entries: 1, minutes: 15, costMinor: 23_438 },
    ]);
    expect(v.figures.timeCost.value).toBe(39_063 + 23_438);
  });

  it('a correction that moves the date moves the entry into or out of the window, in the portfolio too', () => {
    const { clientId, add, amend } = setUp();
    // the window runs 2025-11-24 … 2026-11-23
    const inWindow = add({ durationMinutes: 30 });
    amend(inWindow.id, { durationMinutes: 30, occurredAt: '2025-06-01T10:00:00.000Z' });
    const old = add({ kind: 'meeting', channel: 'in_person', occurredAt: '2025-05-01T10:00:00.000Z', durationMinutes: 60 });
    amend(old.id, { kind: 'meeting', channel: 'in_person', occurredAt: '2026-05-01T10:00:00.000Z', durationMinutes: 60 });
    const v = expectPortfolioMatches(clientId);
    // only the meeting, now 2026-05-01: 60 min × 93,750 / 60 = 93,750
    expect(v.costByKind).toEqual([{ kind: 'meeting', entries: 1, minutes: 60, costMinor: 93_750 }]);
  });
});
