import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  formatMoney,
  formatNumber,
  majorToMinor,
  minorToMajor,
  formatDate,
} from '../../src/shared/domain/format';
import { hourlyCostRateMinor } from '../../src/shared/domain/capacity';

describe('money and numbers through Intl', () => {
  it('knows minor units per currency', () => {
    expect(currencyDigits('TRY')).toBe(2);
    expect(currencyDigits('AZN')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(majorToMinor(1234.56, 'TRY')).toBe(123456);
    expect(minorToMajor(123456, 'TRY')).toBe(1234.56);
  });

  it('formats in each language with its own separators', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, 'tr')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'az')).toBe('1.234.567,5');
    expect(formatMoney(123456, 'TRY', 'tr')).toContain('1.234,56');
    expect(formatMoney(123456, 'AZN', 'az')).toContain('1.234,56');
  });

  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2026-01-05', 'en')).toBe('5 Jan 2026');
    expect(formatDate('2026-01-05', 'tr')).toBe('5 Oca 2026');
  });
});

describe('capacity cost rate', () => {
  it('divides monthly cost by practical hours', () => {
    // 120,000.00 TRY / (160 h × 80 %) = 937.50 TRY per hour
    expect(hourlyCostRateMinor({ monthlyCapacityCostMinor: 12_000_000, paidHoursPerMonth: 160, practicalCapacityPct: 80 })).toBe(
      93_750,
    );
  });
  it('is zero with no hours', () => {
    expect(hourlyCostRateMinor({ monthlyCapacityCostMinor: 100, paidHoursPerMonth: 0, practicalCapacityPct: 80 })).toBe(0);
  });
});
