// Issue 14 defect 7: "1 invoices". Every count chooses its message by i18next plural keys
// (`_one`/`_other`; Turkish and Azerbaijani have the same two categories, and keep the noun
// singular after a numeral: "1 fatura", "2 fatura"). Each key this change touched is rendered
// at count 1 and 2 in every language.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { catalogues } from '../../src/shared/i18n';
import { formatFlagParams, formatParams, num, money, date } from '../../src/shared/domain/valuation-explain';
import { otherCurrencyLine } from '../../src/shared/domain/conversion';

const langs = ['en', 'tr', 'az'] as const;
function tFor(lang: (typeof langs)[number]) {
  const i = i18next.createInstance();
  void i.init({
    resources: { [lang]: { translation: catalogues[lang] } },
    lng: lang,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i.t.bind(i);
}

/** key → the values for count n (what the screens pass), and the English words expected at 1 and 2 */
const cases: [string, (n: number, lang: (typeof langs)[number]) => Record<string, unknown>, string, string][] = [
  ['value.windowLabel', (n) => ({ from: 'a', to: 'b', months: String(n), count: n }), '1 month with you', '2 months with you'],
  [
    'value.how.revenue',
    (n, l) => formatParams({ invoices: num(n), from: date('2026-01-01'), to: date('2026-12-31') }, 'TRY', l, 'value.how.revenue'),
    '1 invoice issued',
    '2 invoices issued',
  ],
  [
    'value.how.timeCost',
    (n, l) => formatParams({ minutes: num(n), hours: num(0), rate: money(100) }, 'TRY', l, 'value.how.timeCost'),
    '1 minute (',
    '2 minutes (',
  ],
  [
    'value.how.annualisedMargin',
    (n, l) => formatParams({ margin: money(100), months: num(n) }, 'TRY', l, 'value.how.annualisedMargin'),
    '÷ 1 month.',
    '÷ 2 months.',
  ],
  // value.how.replacementValue was replaced by replacementValue_revenue/_hours/_none (a replacement of similar size)
  [
    'value.how.attentionRatio',
    (n, l) =>
      formatParams(
        { minuteShare: num(1), revenueShare: num(1), minutes: num(1), totalMinutes: num(n) },
        'TRY',
        l,
        'value.how.attentionRatio',
      ),
    'of 1 minute)',
    'of 2 minutes)',
  ],
  [
    'value.how.attentionNoRevenue',
    (n, l) => formatParams({ minuteShare: num(1), minutes: num(n) }, 'TRY', l, 'value.how.attentionNoRevenue'),
    '(1 minute)',
    '(2 minutes)',
  ],
  [
    'value.how.avgDaysLate',
    (n, l) => formatParams({ late: num(1), considered: num(n), change: num(0) }, 'TRY', l, 'value.how.avgDaysLate'),
    '1 of 1 invoice paid',
    '1 of 2 invoices paid',
  ],
  [
    'value.reasons.collect',
    (n, l) => formatParams({ overdue: money(100), days: num(n) }, 'TRY', l, 'value.reasons.collect'),
    '(oldest 1 day)',
    '(oldest 2 days)',
  ],
  [
    'value.reasons.flagsRaised',
    (n, l) => formatParams({ count: num(n) }, 'TRY', l, 'value.reasons.flagsRaised'),
    '1 red flag is raised',
    '2 red flags are raised',
  ],
  [
    'value.flags.how.pays_late',
    (n, l) => formatFlagParams({ late: n, avgDays: 10, reminders: 1, grace: 7 }, l, 'value.flags.how.pays_late'),
    '1 invoice more than 7 days late',
    '2 invoices more than 7 days late',
  ],
  [
    'value.flags.how.haggles',
    (n, l) => formatFlagParams({ pushback: 1, discounted: n, discountPct: 5 }, l, 'value.flags.how.haggles'),
    '1 invoice below list price',
    '2 invoices below list price',
  ],
  ['value.flags.how.events', (n, l) => formatFlagParams({ events: n }, l, 'value.flags.how.events'), '1 recorded event.', '2 recorded events.'],
  ['value.flags.trend.how', (n) => ({ count: n, days: '8' }), 'the last 1 invoice:', 'the last 2 invoices:'],
  [
    'value.currencies.left',
    (n, l) => otherCurrencyLine({ currency: 'EUR', invoices: n, amountMinor: 320_000, rate: null, convertedMinor: null }, 'TRY', l).params,
    'in 1 invoice',
    'in 2 invoices',
  ],
  [
    'value.currencies.included',
    (n, l) =>
      otherCurrencyLine(
        { currency: 'EUR', invoices: n, amountMinor: 1, rate: { currency: 'EUR', rate: 35.2, on: '2026-11-20' }, convertedMinor: 35 },
        'TRY',
        l,
      ).params,
    'in 1 invoice at',
    'in 2 invoices at',
  ],
  ['clients.paymentTerms.daysValue', (n) => ({ count: n }), 'Net 1 day', 'Net 2 days'],
  ['offboarding.warnings.actFast', (n) => ({ count: n }), '1 day since', '2 days since'],
  ['reports.screen.saved', (n) => ({ pages: String(n), count: n, path: 'x.pdf' }), 'Saved 1 page to', 'Saved 2 pages to'],
  ['journal.verify.running', (n) => ({ checked: '0', total: String(n), count: n }), 'of 1 entry…', 'of 2 entries…'],
  ['safety.health.checking', (n) => ({ checked: '0', total: String(n), count: n }), 'of 1 entry…', 'of 2 entries…'],
  ['safety.restore.ok', (n) => ({ entries: String(n), count: n }), '(1 entry)', '(2 entries)'],
  ['safety.export.doneAll', (n) => ({ files: String(n), count: n, folder: 'f' }), 'Exported 1 file to', 'Exported 2 files to'],
  ['safety.export.doneCsv', (n) => ({ rows: String(n), count: n, path: 'p' }), 'Saved 1 row to', 'Saved 2 rows to'],
  ['safety.lock.idleAfter', (n) => ({ minutes: n, count: n }), 'After 1 minute without', 'After 2 minutes without'],
  ['reports.bytes', (n) => ({ size: String(n), count: n }), '1 byte', '2 bytes'],
  ['portfolio.window', (n) => ({ months: String(n), count: n, to: 'x' }), 'Trailing 1 month,', 'Trailing 2 months,'],
];

const leaf = (lang: (typeof langs)[number], path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalogues[lang]);

describe('plural forms (issue 14, defect 7)', () => {
  for (const lang of langs) {
    it(`${lang}: every touched count has _one and _other, and renders 1 and 2 with the number in it`, () => {
      const t = tFor(lang);
      for (const [key, params, one, two] of cases) {
        expect(typeof leaf(lang, `${key}_one`), `${lang} ${key}_one`).toBe('string');
        expect(typeof leaf(lang, `${key}_other`), `${lang} ${key}_other`).toBe('string');
        expect(leaf(lang, key), `${lang} ${key} has no plain form left`).toBeUndefined();
        const at1 = String(t(key, params(1, lang) as never));
        const at2 = String(t(key, params(2, lang) as never));
        expect(at1, `${lang} ${key}`).not.toContain(key);
        expect(at1, `${lang} ${key} @1`).toMatch(/1/);
        expect(at2, `${lang} ${key} @2`).toMatch(/2/);
        if (lang === 'en') {
          expect(at1, key).toContain(one);
          expect(at2, key).toContain(two);
        }
      }
    });
  }

  it('Turkish and Azerbaijani keep the noun singular after a numeral: "1 fatura", "2 fatura"', () => {
    const p = (n: number, l: 'tr' | 'az') =>
      formatParams({ invoices: num(n), from: date('2026-01-01'), to: date('2026-12-31') }, 'TRY', l, 'value.how.revenue');
    expect(tFor('tr')('value.how.revenue', p(1, 'tr') as never)).toContain('1 fatura');
    expect(tFor('tr')('value.how.revenue', p(2, 'tr') as never)).toContain('2 fatura');
    expect(tFor('az')('value.how.revenue', p(1, 'az') as never)).toContain('1 faktura');
    expect(tFor('az')('value.how.revenue', p(2, 'az') as never)).toContain('2 faktura');
  });

  it('every _one key in the catalogues has its _other in every language', () => {
    const keys = (o: unknown, prefix = ''): string[] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
        typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
      );
    for (const lang of langs) {
      const all = new Set(keys(catalogues[lang]));
      for (const k of all) if (k.endsWith('_one')) expect(all.has(k.replace(/_one$/, '_other')), `${lang} ${k}`).toBe(true);
    }
  });
});
