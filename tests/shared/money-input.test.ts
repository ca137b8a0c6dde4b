import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, languages } from '../../src/shared/domain/format';
import { moneyInputProblem, parseMoneyInput } from '../../src/shared/domain/money-input';
import { translatorFor } from '../../src/main/pdf/translate';

const read = (text: string, lang: 'en' | 'tr' | 'az', currency = 'TRY') => parseMoneyInput(text, currency, lang);

describe('money typed in the owner’s language', () => {
  it('reads 12500,50, 12.500,50 and 12500.50 as twelve thousand five hundred and a half in tr and az', () => {
    for (const lang of ['tr', 'az'] as const)
      for (const text of ['12500,50', '12.500,50', '12500.50', '12 500,50', '₺12.500,50', '12.500,50 TRY'])
        expect(read(text, lang), `${lang} ${text}`).toEqual({ ok: true, minor: 1_250_050 });
  });

  it('reads 12,500.50 and 12500.50 in English', () => {
    for (const text of ['12,500.50', '12500.50', '12500,50', '€12,500.50'])
      expect(read(text, 'en', 'EUR')).toEqual({ ok: true, minor: 1_250_050 });
  });

  it('takes the language’s thousands mark before three digits', () => {
    expect(read('1.234', 'tr')).toEqual({ ok: true, minor: 123_400 });
    expect(read('1,234', 'en')).toEqual({ ok: true, minor: 123_400 });
    expect(read('1.250.000', 'az', 'AZN')).toEqual({ ok: true, minor: 125_000_000 });
    expect(read('1,250,000', 'en')).toEqual({ ok: true, minor: 125_000_000 });
  });

  it('refuses an amount it could read two ways, and says both readings', () => {
    // tr "1,234": a decimal mark with three decimals (TRY has two) or an English thousands mark.
    expect(read('1,234', 'tr')).toEqual({ ok: false, reason: 'ambiguous', readings: [123_400, 123] });
    // en "12.500": 12,500 typed the Turkish way, or 12.50.
    expect(read('12.500', 'en')).toEqual({ ok: false, reason: 'ambiguous', readings: [1_250_000, 1_250] });
  });

  it('refuses what is not an amount, and never silently multiplies it', () => {
    expect(read('', 'tr')).toEqual({ ok: false, reason: 'empty' });
    expect(read('abc', 'tr')).toEqual({ ok: false, reason: 'invalid' });
    expect(read('12,50,5', 'tr')).toEqual({ ok: false, reason: 'invalid' });
    expect(read('1.23.4', 'tr')).toEqual({ ok: false, reason: 'invalid' });
    expect(read('-5', 'tr')).toEqual({ ok: false, reason: 'negative' });
    expect(read('12,505', 'tr')).toMatchObject({ ok: false });
    expect(read('1,2345', 'tr')).toEqual({ ok: false, reason: 'too_precise' });
    expect(read('10000000000000', 'en')).toEqual({ ok: false, reason: 'too_large' });
  });

  it('reads back every amount it formats, in every language (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.constantFrom(...languages),
        fc.constantFrom('TRY', 'AZN', 'EUR'),
        (minor, lang, currency) => {
          expect(parseMoneyInput(formatMoney(minor, currency, lang), currency, lang)).toEqual({ ok: true, minor });
        },
      ),
    );
  });
});

describe('currency marks as spreadsheets print them (audit, 2026-12-03)', () => {
  it('reads the currency’s own code and sign, and "TL" as Turkish lira is written', () => {
    for (const s of ['1.234,56 TL', 'TL 1.234,56', '1.234,56 tl', '₺1.234,56', '1.234,56 ₺', '1.234,56 TRY', '1.234,56\u00a0TL'])
      expect(read(s, 'tr')).toEqual({ ok: true, minor: 123_456 });
    expect(read('12,50 ₼', 'az', 'AZN')).toEqual({ ok: true, minor: 1_250 });
    expect(read('12,50 AZN', 'az', 'AZN')).toEqual({ ok: true, minor: 1_250 });
    expect(read('$1,234.56', 'en', 'USD')).toEqual({ ok: true, minor: 123_456 });
  });

  it('never reads another currency’s amount as this one: €100 is not 100 lira', () => {
    expect(read('€1.234,56', 'tr')).toEqual({ ok: false, reason: 'other_currency', mark: '€' });
    expect(read('100 EUR', 'tr')).toEqual({ ok: false, reason: 'other_currency', mark: 'EUR' });
    expect(read('$99.50', 'en', 'EUR')).toEqual({ ok: false, reason: 'other_currency', mark: '$' });
    expect(read('12,50 TL', 'az', 'AZN')).toEqual({ ok: false, reason: 'other_currency', mark: 'TL' });
    expect(moneyInputProblem(read('100 EUR', 'tr'), 'TRY', 'tr')).toEqual({
      key: 'money.input.otherCurrency',
      values: { mark: 'EUR', currency: 'TRY' },
    });
    expect(translatorFor('en')('money.input.otherCurrency', { mark: '€', currency: 'TRY' })).toBe(
      'This amount is marked €, but its currency here is TRY: it is not converted. Enter it in TRY, or give the record the currency € stands for.',
    );
  });
});
