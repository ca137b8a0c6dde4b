import { describe, expect, it } from 'vitest';
import { formatPercent, formatSignedPercent, languages, percentAffixes } from '../../src/shared/domain/format';
import { formatFlagParams } from '../../src/shared/domain/valuation-explain';

describe('one percent style per language', () => {
  it('signs a change the way each language writes a percent', () => {
    expect(formatSignedPercent(0.2, 'en')).toBe('+20%');
    expect(formatSignedPercent(-0.1, 'en')).toBe('-10%');
    expect(formatSignedPercent(0.2, 'tr')).toBe('+%20');
    expect(formatSignedPercent(0.125, 'az')).toBe('+12,5%');
    expect(formatSignedPercent(0, 'tr')).toBe('%0');
  });

  it("an input's affixes are the percent form's own", () => {
    expect(percentAffixes('en')).toEqual({ prefix: '', suffix: '%' });
    expect(percentAffixes('tr')).toEqual({ prefix: '%', suffix: '' });
    expect(percentAffixes('az')).toEqual({ prefix: '', suffix: '%' });
    for (const lang of languages) {
      const { prefix, suffix } = percentAffixes(lang);
      expect(`${prefix}40${suffix}`).toBe(formatPercent(0.4, lang));
      expect(formatSignedPercent(0.4, lang)).toContain(formatPercent(0.4, lang));
    }
  });

  it("a red flag's percent points are shown as a percent, its counts as numbers", () => {
    expect(formatFlagParams({ pushback: 1200, discountPct: 12.5 }, 'tr')).toEqual({ pushback: '1.200', discountPct: '%12,5' });
    expect(formatFlagParams({ discountPct: 12.5 }, 'en')).toEqual({ discountPct: '12.5%' });
  });
});
