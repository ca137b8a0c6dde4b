// Cost to serve in a team: each entry's time at its author's own cost rate (team_people, pulled
// from the server) when the team gave them one, the owner's hourly rate otherwise. A single-user
// file (no team_people) computes exactly as before.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../../helpers/temp-db';
import { appendJournalEntries } from '../../../src/main/journal/chain';
import type { JournalKind } from '../../../src/shared/domain/journal-kinds';

let app: TempApp;
afterEach(() => app?.close());

const at = '2026-11-10T10:00:00.000Z';

function business() {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  app.services.settings.saveProfile({ ...sampleProfile });
  const client = app.services.clients.create(newClient('Demir Ltd', { clientSince: '2025-01-01' }));
  const write = (author: string, kind: JournalKind, durationMinutes: number | null) =>
    appendJournalEntries(app.services.ctx, [
      { clientId: client.id, kind, channel: 'phone', occurredAt: at, summary: `${kind} by ${author}`, durationMinutes, author },
    ]);
  // the owner's rate: 12,000,000 a month ÷ (160 h × 80 %) = 93,750 minor units an hour
  expect(app.services.settings.view().hourlyCostRateMinor).toBe(93_750);
  write('ayse_k', 'call', 30);
  write('mehmet_d', 'meeting', 90);
  write('mehmet_d', 'call', null); // no duration: a call's standard 15 minutes
  write(sampleProfile.ownerName, 'email', 10);
  write('zeynep_a', 'call', 20); // a team person without a rate of their own
  return client.id;
}

const people = (rows: [string, string, number | null][]) => {
  const insert = app.database.sqlite.prepare(
    "INSERT INTO team_people (role_name, name, role, cost_rate_minor) VALUES (?, ?, 'staff', ?)",
  );
  for (const r of rows) insert.run(...r);
};

describe('cost to serve with people’s own cost rates', () => {
  it('costs each entry at its author’s rate: two people, two rates, worked out by hand', () => {
    const id = business();
    people([
      ['ayse_k', 'Ayşe Kaya', 60_000], // 600.00 an hour
      ['mehmet_d', 'Mehmet Demir', 30_000], // 300.00 an hour
      ['zeynep_a', 'Zeynep Arslan', null],
    ]);
    // call:    Ayşe 30 min × 60,000 + Mehmet 15 min × 30,000 + Zeynep 20 min × 93,750 (owner's rate)
    //          = (1,800,000 + 450,000 + 1,875,000) ÷ 60 = 68,750
    // meeting: Mehmet 90 min × 30,000 ÷ 60 = 45,000
    // email:   the owner 10 min × 93,750 ÷ 60 = 15,625
    // time cost = 68,750 + 45,000 + 15,625 = 129,375 (1,293.75 TRY); no delivery, no direct costs
    const v = app.services.valuation.clientValuation(id);
    expect(v.costByKind.map((k) => [k.kind, k.minutes, k.costMinor])).toEqual([
      ['call', 65, 68_750],
      ['email', 10, 15_625],
      ['meeting', 90, 45_000],
    ]);
    expect(v.figures.timeCost.value).toBe(129_375);
    expect(v.figures.costToServe.value).toBe(129_375);
    expect(v.figures.timeCost.how).toBe('timeCostRates');
    // the portfolio's one aggregate query gives the same facts and the same cost
    const row = app.services.valuation.portfolio().rows.find((r) => r.clientId === id)!;
    expect(row.costToServeMinor).toBe(129_375);
    const aggregated = app.services.valuation.portfolioFacts().find((c) => c.facts.clientId === id)!;
    expect(aggregated.facts).toEqual(app.services.valuation.clientFacts(id).facts);
    expect(aggregated.facts.activity.call?.rated).toEqual([
      { rateMinor: 30_000, loggedMinutes: 0, unloggedEntries: 1 },
      { rateMinor: 60_000, loggedMinutes: 30, unloggedEntries: 0 },
    ]);
  });

  it('a single-user file computes exactly as before: every minute at the owner’s rate', () => {
    const id = business();
    // 65 call minutes × 93,750 ÷ 60 = 101,562.5 → 101,563; 90 meeting minutes → 140,625; 10 email minutes → 15,625
    const v = app.services.valuation.clientValuation(id);
    expect(v.costByKind.map((k) => [k.kind, k.costMinor])).toEqual([
      ['call', 101_563],
      ['email', 15_625],
      ['meeting', 140_625],
    ]);
    expect(v.figures.costToServe.value).toBe(257_813);
    expect(v.figures.timeCost.how).toBe('timeCost');
    expect(app.services.valuation.portfolio().rows.find((r) => r.clientId === id)!.costToServeMinor).toBe(257_813);
  });

  it('the sample business (no team): no rated time anywhere, every kind costed as minutes × the owner’s rate', () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    app.services.sampleData.load('en');
    const rate = app.services.settings.view().hourlyCostRateMinor;
    for (const c of app.services.valuation.portfolioFacts()) {
      for (const a of Object.values(c.facts.activity)) expect(a).not.toHaveProperty('rated');
      const v = app.services.valuation.clientValuation(c.facts.clientId);
      for (const k of v.costByKind) expect(k.costMinor).toBe(Math.round((k.minutes * rate) / 60));
      expect(v.figures.timeCost.how).toBe('timeCost');
    }
  });
});
