// Issue 14, defect 3: out-of-hours contacts, the window's days and "today" on the owner's clock
// (the profile's time zone, else the computer's), the same on the client page and in the portfolio SQL.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';

let app: TempApp;
afterEach(() => app?.close());

function setUp(timeZone: string | null, now = '2026-11-23T10:00:00.000Z') {
  app = createTempApp({ now });
  app.services.settings.saveProfile({ ...sampleProfile, timeZone });
  const c = app.services.clients.create(newClient('Kaya', { clientSince: '2020-01-01' }));
  const call = (occurredAt: string) =>
    app.services.journal.add({
      clientId: c.id,
      kind: 'call',
      channel: 'phone',
      occurredAt,
      durationMinutes: 10,
      summary: 'call',
    });
  return { clientId: c.id, call };
}

function facts(clientId: number) {
  const aggregated = app.services.valuation.portfolioFacts().find((c) => c.facts.clientId === clientId)!;
  const own = app.services.valuation.clientFacts(clientId).facts;
  expect(aggregated.facts).toEqual(own);
  return own;
}

// Monday 16 – Thursday 19 November 2026
const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'];

describe("the owner's time zone (issue 14, defect 3)", () => {
  it('Istanbul: four calls at 20:30 count 4 out of hours, four at 09:30 count 0', () => {
    const { clientId, call } = setUp('Europe/Istanbul');
    for (const d of days) call(`${d}T17:30:00.000Z`); // 20:30 in Istanbul (UTC+3)
    expect(facts(clientId).outOfHoursContacts).toBe(4);
    const other = app.services.clients.create(newClient('Morning', { clientSince: '2020-01-01' })).id;
    for (const d of days)
      app.services.journal.add({
        clientId: other,
        kind: 'call',
        channel: 'phone',
        occurredAt: `${d}T06:30:00.000Z`,
        summary: 'm',
      }); // 09:30
    expect(facts(other).outOfHoursContacts).toBe(0);
  });

  it('Berlin with daylight saving: 17:30 UTC is 19:30 in July (out of hours), 18:30 in November (in hours)', () => {
    const { clientId, call } = setUp('Europe/Berlin');
    call('2026-07-06T17:30:00.000Z'); // Monday, CEST (UTC+2)
    call('2026-11-16T17:30:00.000Z'); // Monday, CET (UTC+1)
    call('2026-03-30T17:30:00.000Z'); // Monday after the change: 19:30 CEST, out of hours
    call('2026-03-27T17:30:00.000Z'); // Friday before it: 18:30 CET, in hours
    expect(facts(clientId).outOfHoursContacts).toBe(2);
  });

  it("the weekday is the owner's when the offset crosses midnight (Kiritimati, UTC+14)", () => {
    const { clientId, call } = setUp('Pacific/Kiritimati');
    call('2026-11-20T20:00:00.000Z'); // Friday 20:00 UTC = Saturday 10:00 local: weekend
    call('2026-11-22T20:00:00.000Z'); // Sunday 20:00 UTC = Monday 10:00 local: working hours
    expect(facts(clientId).outOfHoursContacts).toBe(1);
  });

  it('"today" and the window are the owner\'s: at 22:30 UTC on 23 Nov it is already 24 Nov in Istanbul', () => {
    const { clientId, call } = setUp('Europe/Istanbul', '2026-11-23T22:30:00.000Z');
    const w = app.services.valuation.clientFacts(clientId).window;
    expect([w.from, w.to]).toEqual(['2025-11-25', '2026-11-24']);
    call('2025-11-24T21:30:00.000Z'); // 25 Nov 00:30 in Istanbul: the window's first day
    call('2025-11-24T20:30:00.000Z'); // 24 Nov 23:30 in Istanbul: before the window
    call('2026-11-23T22:00:00.000Z'); // 24 Nov 01:00 in Istanbul: today
    expect(facts(clientId).activity.call?.entries).toBe(2);
  });

  it("defaults to the computer's zone (UTC here) and refuses a zone that does not exist", () => {
    const { clientId, call } = setUp(null);
    for (const d of days) call(`${d}T17:30:00.000Z`);
    expect(facts(clientId).outOfHoursContacts).toBe(0);
    expect(() => app.services.settings.saveProfile({ ...sampleProfile, timeZone: 'Mars/Olympus' })).toThrow();
  });
});
