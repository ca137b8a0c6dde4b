import { describe, expect, it } from 'vitest';
import { dayWindow, dayWindowSql } from '../../src/shared/domain/day-window';
import { localDayStart as dayStartIn } from '../../src/shared/domain/local-time';

describe("a period in the owner's days", () => {
  it('starts each day at local midnight', () => {
    expect(dayStartIn('2026-04-01', 'UTC')).toBe('2026-04-01T00:00:00.000Z');
    // Istanbul is UTC+3 all year: 1 April begins at 31 March 21:00 UTC
    expect(dayStartIn('2026-04-01', 'Europe/Istanbul')).toBe('2026-03-31T21:00:00.000Z');
    // Baku is UTC+4
    expect(dayStartIn('2026-12-03', 'Asia/Baku')).toBe('2026-12-02T20:00:00.000Z');
    // New York on the day clocks go forward (8 March 2026, 02:00 → 03:00): midnight is still UTC−5
    expect(dayStartIn('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(dayStartIn('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
  });

  it('includes the last day whole and leaves open ends open', () => {
    expect(dayWindow('2026-03-01', '2026-03-31', 'Europe/Istanbul')).toEqual({
      start: '2026-02-28T21:00:00.000Z',
      end: '2026-03-31T21:00:00.000Z',
    });
    expect(dayWindow(null, undefined, 'UTC')).toEqual({ start: null, end: null });
    expect(dayWindowSql('e.occurred_at', null, '2026-03-31', 'UTC')).toEqual({
      where: ['e.occurred_at < ?'],
      params: ['2026-04-01T00:00:00.000Z'],
    });
  });
});
