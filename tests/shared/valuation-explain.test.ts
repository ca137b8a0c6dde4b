// Every "how is this computed" line of the value report, in every language, with the client's own
// numbers: each {{value}} it names is given, and no operator stands without its number
// ("… = ÷ 0,28" was printed for the lifetime value in all three languages).
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/shared/domain/format';
import { formatParams } from '../../src/shared/domain/valuation-explain';
import { defaultActivityCatalogue, defaultValuationSettings, valueClient } from '../../src/shared/domain/valuation';
import { factsFromRecords } from '../../src/shared/domain/valuation-facts';
import { trailingWindow } from '../../src/shared/domain/valuation-window';
import { catalogues } from '../../src/shared/i18n';

const w = trailingWindow('2026-11-23', 12);
const facts = factsFromRecords(
  {
    clientId: 1,
    clientSince: '2024-01-01',
    invoices: [
      {
        id: 1,
        issuedOn: '2026-03-01',
        dueOn: '2026-03-31',
        amountMinor: 1_000_000,
        listPriceMinor: null,
        currency: 'TRY',
        voidedAt: null,
        payments: [{ id: 1, paidOn: '2026-03-20', amountMinor: 1_000_000, voidedAt: null }],
      },
    ],
    directCosts: [],
    journal: [{ id: 1, kind: 'call', occurredAt: '2026-03-02T10:00:00.000Z', durationMinutes: 30, signs: [] }],
  },
  w,
  'TRY',
);
const v = valueClient({
  facts,
  window: w,
  hourlyCostRateMinor: 93_750,
  catalogue: defaultActivityCatalogue,
  settings: defaultValuationSettings,
  context: {
    totalRevenueMinor: 11_000_000,
    totalMinutes: 6_000,
    typicalAnnualMarginMinor: 2_000_000,
    typicalMarginPct: 0.25,
    typicalMarginPerHourMinor: 150_000,
    observedRetention: null,
  },
  isHighProfile: false,
});

describe.each(languages)('the formula lines in %s', (lang) => {
  const how = catalogues[lang].value.how as Record<string, string>;
  it.each(Object.entries(v.figures))('%s names only the values it is given, each next to its operator', (_, f) => {
    // a counted line has plural forms (_one/_other): its fuller form is checked
    const template = how[f.how] ?? how[`${f.how}_other`];
    expect(template, f.how).toBeTypeOf('string');
    const params = formatParams(f.params, 'TRY', lang);
    for (const [, name] of template!.matchAll(/\{\{(\w+)\}\}/g)) expect(params, `${f.how}: ${name}`).toHaveProperty(name!);
    const line = template!.replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(params[n]!));
    expect(line, line).not.toMatch(/[=×÷−+]\s*[=×÷]|[=×÷]\s*[.)]|\(\s*[×÷=]/u);
  });

  it('the lifetime value reads "annual margin × retention ÷ (1 + d − r) = numerator ÷ denominator"', () => {
    const params = formatParams(v.figures.clv.params, 'TRY', lang);
    const line = how['clv']!.replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(params[n]!));
    expect(line).toContain(`= ${params['numerator']} ÷ ${params['denominator']}`);
  });
});
