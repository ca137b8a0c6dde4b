// The cheap height figures must never be below what pdfkit really needs: an exact figure
// equals heightOfString, a bound is at least as tall. Otherwise a row would be clipped or a
// label–value pair split across pages.
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadFonts, sourceFontsDir } from '../../src/main/pdf/fonts';
import { createMeasure, type MeasuredCell } from '../../src/main/pdf/measure';

function newDoc() {
  const fonts = loadFonts(sourceFontsDir());
  const doc = new PDFDocument({ size: 'A4' });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  return doc;
}

const word = fc.oneof(
  fc.constantFrom('a', 'Şikâyet', 'görüşme', 'İnşaat', 'əlaqə', 'revizyon;', '2026-11-23T10:00:00Z', '—', '“söz”', 'W'),
  fc.string({
    unit: fc.constantFrom(...'abcçdefgğhıijklmnoöprsştuüvyzəƏİ0123456789-/.,:'.split('')),
    minLength: 1,
    maxLength: 30,
  }),
  fc.constant('0123456789abcdef'.repeat(4)),
);
const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '\n', '-')), { minLength: 1, maxLength: 60 }).map((parts) =>
  parts
    .map(([w, sep]) => w + sep)
    .join('')
    .trimEnd(),
);
const cell = fc.record({
  text,
  width: fc.double({ min: 40, max: 480, noNaN: true }),
  font: fc.constantFrom('body' as const, 'bold' as const),
  size: fc.constantFrom(7.5, 8.5, 9.5, 13),
});

describe('cheap text heights (pdf/measure.ts)', () => {
  it('an exact figure equals heightOfString and a bound is never below it', () => {
    const doc = newDoc();
    const m = createMeasure(doc, 1.5);
    let exact = 0;
    let bounded = 0;
    fc.assert(
      fc.property(cell, (c: MeasuredCell) => {
        const real = m.wrapped(c);
        for (const tight of [false, true]) {
          const e = m.estimate(c, tight);
          if (!e) continue;
          if (e.exact) {
            exact++;
            expect(e.h).toBeCloseTo(real, 6);
          } else {
            bounded++;
            expect(e.h).toBeGreaterThanOrEqual(real - 1e-6);
          }
        }
        expect(m.height(c)).toBeCloseTo(real, 6);
      }),
      { numRuns: 400 },
    );
    // both kinds of figure were exercised
    expect(exact).toBeGreaterThan(20);
    expect(bounded).toBeGreaterThan(20);
  });

  it('surelyFits says yes only when the wrapped height fits', () => {
    const doc = newDoc();
    const m = createMeasure(doc, 1.5);
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 700, noNaN: true }),
        (cells, space) => {
          if (m.surelyFits(cells, space)) expect(Math.max(...cells.map(m.wrapped))).toBeLessThanOrEqual(space + 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });
});
