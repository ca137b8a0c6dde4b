import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatSignedPercent,
  languages,
} from '../../src/shared/domain/format';
import { hostGaps, loadIntlPolyfills } from '../../src/shared/intl-polyfill';

// Node has full ICU, so its own forms are the reference the app's carried data must match
// (that data is what Chromium and Electron use for Azerbaijani).
const sample = () =>
  languages.flatMap((l) => [
    formatMoney(26_242_400, 'AZN', l),
    formatMoney(12_050_050, 'TRY', l),
    formatMoney(-93_750, 'EUR', l),
    formatPercent(0.995, l),
    formatSignedPercent(-0.125, l),
    formatNumber(1234.5, l),
    formatDate('2026-12-02', l),
    formatDate('2026-05-09', l),
    new Intl.PluralRules(l).select(1),
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date('2026-12-02T22:00:00Z'),
    ),
  ]);

describe('the app carries its own number and date data', () => {
  it('Node lacks nothing, so nothing is replaced there unless forced', () => {
    expect(hostGaps()).toEqual({ PluralRules: [], NumberFormat: [], DateTimeFormat: [] });
  });

  it('the carried data formats exactly as full ICU does, and keeps the host time zone', async () => {
    const native = sample();
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const { replaced } = await loadIntlPolyfills({ force: true });
    expect(replaced).toEqual(expect.arrayContaining(['PluralRules', 'NumberFormat', 'DateTimeFormat']));
    expect((Intl.NumberFormat as unknown as { polyfilled?: boolean }).polyfilled).toBe(true);
    expect((Intl.DateTimeFormat as unknown as { polyfilled?: boolean }).polyfilled).toBe(true);
    expect(sample()).toEqual(native);
    expect(formatMoney(26_242_400, 'AZN', 'az')).toBe('262.424,00\u00a0₼');
    expect(formatDate('2026-12-02', 'az')).toBe('2 dek 2026');
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    // idempotent: the same load, not a second one
    expect(await loadIntlPolyfills()).toEqual({ replaced });
  });
});
