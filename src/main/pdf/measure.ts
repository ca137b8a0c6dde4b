// How tall a text will be, cheaply. pdfkit's heightOfString wraps a text completely, and then
// drawing wraps it again; a dossier has ~15 fields per entry, so measuring everything doubled
// the work. Most fields are one line, or fit with room to spare, and that can be told from the
// text's total width alone (pdfkit caches each word's shaping, so widths are cheap):
//   - one paragraph narrower than the column: exactly one line;
//   - otherwise an upper bound from greedy wrapping: every line but the last either is at least
//     half the column wide, or is followed by a word wider than half the column — and each kind
//     can occur at most 2T/w times (T the total width) — so lines ≤ 4T/w + 1 per paragraph;
//   - when that loose bound does not fit the space left, a tighter one from the widest word:
//     (lines − 1)(w − widest) < T;
//   - only when neither fits is the text wrapped to measure it (near the bottom of a page).
export type FontName = 'body' | 'bold';

interface FontkitFont {
  unitsPerEm: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}

export interface MeasuredCell {
  text: string;
  width: number;
  font: FontName;
  size: number;
}

/** An exact height (one line), an upper bound, or null (measure by wrapping). */
export type Estimate = { h: number; exact: boolean } | null;

/** Characters whose line breaking the estimate does not model; such texts are measured. */
const unmodelled = /[\r\t\u00ad\u2028\u2029]/;

export function createMeasure(doc: PDFKit.PDFDocument, lineGap: number) {
  const lineHeight = (font: FontName, px: number) => {
    doc.font(font).fontSize(px);
    return doc.currentLineHeight(true) + lineGap;
  };

  // Widths without shaping: the sum of each character's advance (cached per font), with a
  // margin for kerning. Shaping a word the first time is the dear part of pdfkit's layout, and
  // the line breaker splits words differently (at hyphens, slashes), so shaping here would
  // shape many words twice. Kerning in DejaVu only ever narrows a pair, ligatures too; the
  // margin covers what it might not.
  // Per font: the advances of the first 0x3000 code points in an array (NaN: not looked up
  // yet), the rest in a map — a dossier measures every time stamp and hash it prints.
  const advances = new Map<FontName, { low: Float64Array; high: Map<number, number> }>();
  const lowEnd = 0x3000;
  function advanceWidth(s: string, font: FontName, px: number): number {
    let widths = advances.get(font);
    if (!widths) advances.set(font, (widths = { low: new Float64Array(lowEnd).fill(Number.NaN), high: new Map() }));
    const { low, high } = widths;
    let f: FontkitFont | null = null;
    let units = 0;
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let w = cp < lowEnd ? low[cp]! : high.get(cp);
      if (w === undefined || Number.isNaN(w)) {
        f ??= (doc as unknown as { _font: { font: FontkitFont } })._font.font;
        w = f.glyphForCodePoint(cp).advanceWidth / f.unitsPerEm;
        if (cp < lowEnd) low[cp] = w;
        else high.set(cp, w);
      }
      units += w;
    }
    return units * px * 1.01 + 0.5;
  }

  function estimate(c: MeasuredCell, tight: boolean): Estimate {
    if (c.text === '' || unmodelled.test(c.text)) return null;
    const line = lineHeight(c.font, c.size);
    const paragraphs = c.text.split('\n');
    let lines = 0;
    for (const [i, p] of paragraphs.entries()) {
      // pdfkit wraps a paragraph together with its line break, whose glyph has a width too
      const inText = i < paragraphs.length - 1 ? `${p}\n` : p;
      const total = inText === '' ? 0 : advanceWidth(inText, c.font, c.size);
      if (total < c.width) {
        lines += 1;
        continue;
      }
      if (!tight) {
        lines += Math.ceil((4 * total) / c.width) + 2;
        continue;
      }
      let widest = 0;
      for (const word of p.split(' ')) widest = Math.max(widest, advanceWidth(`${word} `, c.font, c.size));
      if (widest > c.width / 2) return null; // long unbroken runs break inside words
      lines += Math.ceil(total / (c.width - widest)) + 1;
    }
    return { h: lines * line, exact: paragraphs.length === 1 && lines === 1 };
  }

  /** What pdfkit's heightOfString gives, by wrapping. */
  function wrapped(c: MeasuredCell): number {
    doc.font(c.font).fontSize(c.size);
    return doc.heightOfString(c.text, { width: c.width, lineGap });
  }

  // labels, kinds and "none" come back thousands of times: by column (font, size, width),
  // then by the text itself, whose hash the string keeps (a joined key was hashed anew each time)
  const oneLiners = new Map<string, Map<string, Estimate>>();
  let cachedCount = 0;
  function cached(c: MeasuredCell): Estimate {
    if (c.text.length > 40) return estimate(c, false);
    const column = `${c.font}|${c.size}|${c.width}`;
    let texts = oneLiners.get(column);
    if (!texts) oneLiners.set(column, (texts = new Map()));
    let e = texts.get(c.text);
    if (e === undefined) {
      e = estimate(c, false);
      if (cachedCount < 5_000) {
        texts.set(c.text, e);
        cachedCount++;
      }
    }
    return e;
  }

  return {
    estimate: (c: MeasuredCell, tight = false) => (tight ? estimate(c, true) : cached(c)),
    wrapped,
    /** The exact height; wraps only a text of more than one line. */
    height(c: MeasuredCell): number {
      const e = cached(c);
      return e?.exact ? e.h : wrapped(c);
    },
    /** True when the tallest of `cells` surely fits in `space` points, without wrapping any of them. */
    surelyFits(cells: readonly MeasuredCell[], space: number): boolean {
      for (const tight of [false, true]) {
        let h = 0;
        for (const c of cells) {
          const e = tight ? estimate(c, true) : cached(c);
          if (!e) return false;
          h = Math.max(h, e.h);
        }
        if (h <= space) return true;
      }
      return false;
    },
  };
}
