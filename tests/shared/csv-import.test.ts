import { describe, expect, it } from 'vitest';
import { amountCell } from '../../src/shared/domain/csv-import';
import { moneyInputProblem, parseMoneyInput } from '../../src/shared/domain/money-input';

const nb = '\u00a0';

describe("CSV amount cells read with the money fields' parser", () => {
  it('12500,50, 12.500,50 and 12500.50 are 12,500.50 in tr and az; en takes 12,500.50', () => {
    for (const lang of ['tr', 'az'] as const)
      for (const s of ['12500,50', '12.500,50', '12500.50', '12 500,50', '₺12.500,50', '12.500,50 TRY'])
        expect(amountCell(s, 'TRY', lang), `${lang} ${s}`).toEqual({ ok: true, minor: 1_250_050 });
    for (const s of ['12,500.50', '12500.50', '12500,50'])
      expect(amountCell(s, 'USD', 'en'), s).toEqual({ ok: true, minor: 1_250_050 });
    expect(amountCell('1.234', 'TRY', 'tr')).toEqual({ ok: true, minor: 123_400 });
    expect(amountCell('1,234', 'USD', 'en')).toEqual({ ok: true, minor: 123_400 });
  });

  it('an empty cell is no amount; the currency of the row sets the decimals', () => {
    expect(amountCell('', 'TRY', 'tr')).toEqual({ ok: true, minor: undefined });
    expect(amountCell('1.234', 'JPY', 'en')).toEqual({ ok: true, minor: 1234 });
    expect(amountCell('12,50', 'JPY', 'tr')).toMatchObject({
      ok: false,
      message: 'money.input.tooPrecise',
      values: { currency: 'JPY' },
    });
    // a currency cell that is no code: read with two decimals (the row's schema refuses the code)
    expect(amountCell('12,50', 'lira', 'tr')).toEqual({ ok: true, minor: 1250 });
  });

  it("refuses an ambiguous, negative, over-precise, huge or unreadable cell with the fields' reason", () => {
    expect(amountCell('1,234', 'TRY', 'tr')).toEqual({
      ok: false,
      message: 'money.input.ambiguous',
      values: { first: '₺1.234,00', second: '₺1,23', example: '12500,50' },
    });
    expect(amountCell('1.234', 'USD', 'en')).toEqual({
      ok: false,
      message: 'money.input.ambiguous',
      values: { first: 'US$1,234.00', second: 'US$1.23', example: '12500.50' },
    });
    expect(amountCell('2,500', 'AZN', 'az')).toMatchObject({ values: { first: `2.500,00${nb}₼`, second: `2,50${nb}₼` } });
    // no credit notes in an import: a negative amount is refused, as it was before and as typed in
    expect(amountCell('-500,00', 'TRY', 'tr')).toMatchObject({ ok: false, message: 'money.input.negative' });
    expect(amountCell('12,505', 'TRY', 'az')).toMatchObject({ ok: false, message: 'money.input.ambiguous' });
    expect(amountCell('12,5055', 'TRY', 'tr')).toMatchObject({ ok: false, message: 'money.input.tooPrecise' });
    expect(amountCell('9999999999999', 'TRY', 'tr')).toMatchObject({ ok: false, message: 'money.input.tooLarge' });
    for (const s of ['ten', '1e5', '12,50,3', '=1+1'])
      expect(amountCell(s, 'TRY', 'tr'), s).toMatchObject({ ok: false, message: 'money.input.invalid' });
  });

  it('the reasons are the ones a money field shows', () => {
    const r = parseMoneyInput('1,234', 'TRY', 'tr');
    expect(moneyInputProblem(r, 'TRY', 'tr')).toEqual({
      key: 'money.input.ambiguous',
      values: { first: '₺1.234,00', second: '₺1,23', example: '12500,50' },
    });
    expect(moneyInputProblem(parseMoneyInput('', 'TRY', 'tr'), 'TRY', 'tr')).toBeNull();
    expect(moneyInputProblem(parseMoneyInput('12,50', 'TRY', 'tr'), 'TRY', 'tr')).toBeNull();
  });
});
