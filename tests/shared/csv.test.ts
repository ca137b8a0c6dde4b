import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import {
  csvCell,
  decimalToMinor,
  minorToDecimal,
  neutraliseFormula,
  restoreFormulaText,
  toCsv,
} from '../../src/shared/domain/csv';

describe('CSV writing', () => {
  it('escapes every formula start and quotes separators', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+90 555')).toBe("'+90 555");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=cmd')).toBe(`"'\r=cmd"`);
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
  });

  it('property: any text survives a round trip through toCsv and a CSV parser, never starting a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 10 }), (rows) => {
        const parsed = Papa.parse<string[]>(toCsv(['a', 'b'], rows).slice(1), { skipEmptyLines: 'greedy' }).data.slice(1);
        const kept = rows.filter((r) => r.some((c) => c.trim() !== ''));
        const got = parsed.filter((r) => r.some((c) => c.trim() !== ''));
        expect(got.map((r) => r.map(restoreFormulaText))).toEqual(kept);
        for (const r of got) for (const c of r) expect(/^[=+\-@\t\r]/.test(c)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('neutralise and restore are inverse for our own cells', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(restoreFormulaText(neutraliseFormula(s))).toBe(s);
      }),
    );
  });
});

describe('amounts', () => {
  it('reads spreadsheet amounts into minor units without floats', () => {
    expect(decimalToMinor('1234.5')).toBe(123450);
    expect(decimalToMinor('1.234,50')).toBe(123450);
    expect(decimalToMinor('1,234.50')).toBe(123450);
    expect(decimalToMinor('-0,07')).toBe(-7);
    expect(decimalToMinor('12')).toBe(1200);
    expect(decimalToMinor('1e5')).toBeNull();
    expect(decimalToMinor('abc')).toBeNull();
    expect(decimalToMinor('')).toBeNull();
  });

  it('property: minorToDecimal → decimalToMinor is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (m) => {
        expect(decimalToMinor(minorToDecimal(m))).toBe(m);
      }),
    );
  });
});
