import { describe, expect, it } from 'vitest';
import { isTimeZone, localDay, localDayStart, localParts, offsetSpans } from '../../src/shared/domain/local-time';
import { factsFromRecords, isOutOfHours, type JournalRecord } from '../../src/shared/domain/valuation-facts';
import { trailingWindow } from '../../src/shared/domain/valuation-window';

const call = (id: number, occurredAt: string): JournalRecord => ({
  id,
  kind: 'call',
  occurredAt,
  durationMinutes: 10,
  signs: [],
});
const facts = (journal: JournalRecord[], zone: string) =>
  factsFromRecords(
    { clientId: 1, clientSince: '2020-01-01', invoices: [], directCosts: [], journal },
    trailingWindow('2026-11-23', 12),
    'TRY',
    zone,
  );
// Monday 16 – Thursday 19 November 2026
const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'];

describe("the owner's clock (issue 14, defect 3)", () => {
  it('Istanbul (UTC+3): four calls at 20:30 are out of hours, four at 09:30 are not', () => {
    // 20:30 in Istanbul = 17:30 UTC (in hours on a UTC clock); 09:30 in Istanbul = 06:30 UTC (out of hours on a UTC clock)
    const evening = days.map((d, i) => call(i + 1, `${d}T17:30:00.000Z`));
    const morning = days.map((d, i) => call(i + 11, `${d}T06:30:00.000Z`));
    expect(facts(evening, 'Europe/Istanbul').outOfHoursContacts).toBe(4);
    expect(facts(morning, 'Europe/Istanbul').outOfHoursContacts).toBe(0);
    // the same rows on a UTC clock: the other way round
    expect(facts(evening, 'UTC').outOfHoursContacts).toBe(0);
    expect(facts(morning, 'UTC').outOfHoursContacts).toBe(4);
  });

  it("the window's first and last days are the owner's", () => {
    // window 2025-11-24 … 2026-11-23; 2025-11-23 22:30 UTC is 24 Nov 01:30 in Istanbul (inside),
    // 2026-11-23 22:30 UTC is 24 Nov 01:30 in Istanbul (after the window)
    const early = call(1, '2025-11-23T22:30:00.000Z');
    const late = call(2, '2026-11-23T22:30:00.000Z');
    expect(facts([early, late], 'Europe/Istanbul').activity.call?.entries).toBe(1);
    expect(facts([early], 'Europe/Istanbul').activity.call?.entries).toBe(1);
    expect(facts([early], 'UTC').activity.call).toBeUndefined();
    expect(facts([late], 'UTC').activity.call?.entries).toBe(1);
  });

  it('daylight saving: Berlin is UTC+2 in July and UTC+1 in November', () => {
    // Monday 6 July 2026 17:30 UTC = 19:30 CEST (out of hours); Monday 16 November 17:30 UTC = 18:30 CET (in hours)
    expect(isOutOfHours('2026-07-06T17:30:00.000Z', 'Europe/Berlin')).toBe(true);
    expect(isOutOfHours('2026-11-16T17:30:00.000Z', 'Europe/Berlin')).toBe(false);
    expect(localParts('2026-07-06T17:30:00.000Z', 'Europe/Berlin')).toEqual({
      day: '2026-07-06',
      hour: 19,
      weekday: 1,
      offsetMinutes: 120,
    });
    // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC
    expect(offsetSpans('2025-11-23T23:00:00.000Z', '2026-11-23T23:00:00.000Z', 'Europe/Berlin')).toEqual([
      { until: '2026-03-29T01:00:00.000Z', offsetMinutes: 60 },
      { until: '2026-10-25T01:00:00.000Z', offsetMinutes: 120 },
      { until: '2026-11-23T23:00:00.000Z', offsetMinutes: 60 },
    ]);
    expect(offsetSpans('2025-11-23T21:00:00.000Z', '2026-11-23T21:00:00.000Z', 'Europe/Istanbul')).toEqual([
      { until: '2026-11-23T21:00:00.000Z', offsetMinutes: 180 },
    ]);
  });

  it('a local day starts at its midnight in the zone', () => {
    expect(localDayStart('2026-11-24', 'Europe/Istanbul')).toBe('2026-11-23T21:00:00.000Z');
    expect(localDayStart('2026-07-06', 'Europe/Berlin')).toBe('2026-07-05T22:00:00.000Z');
    expect(localDayStart('2026-11-24', 'UTC')).toBe('2026-11-24T00:00:00.000Z');
    expect(localDayStart('2026-11-24', 'America/New_York')).toBe('2026-11-24T05:00:00.000Z');
    expect(localDay('2026-11-23T22:30:00.000Z', 'Europe/Istanbul')).toBe('2026-11-24');
    expect(isTimeZone('Europe/Istanbul')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
