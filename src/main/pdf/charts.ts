// Charts drawn as vector graphics with pdfkit (sharp at any zoom, text stays selectable).
import type { Pdf } from './kit';

export interface Bar {
  label: string;
  value: number;
  /** the value as printed beside the bar */
  text: string;
  color?: string;
}

/**
 * Horizontal bars with their labels on the left and values on the right; negative values
 * extend left of a zero line. `max` fixes the scale (e.g. 1 for scores).
 */
export function horizontalBars(pdf: Pdf, bars: readonly Bar[], opts: { title?: string; max?: number; labelWidth?: number } = {}) {
  if (bars.length === 0) return;
  const doc = pdf.doc;
  const barH = 11;
  const gap = 5;
  const labelW = opts.labelWidth ?? pdf.width * 0.32;
  const valueW = pdf.width * 0.2;
  const plotX = pdf.left + labelW + 6;
  const plotW = pdf.width - labelW - valueW - 12;
  const height = bars.length * (barH + gap) + (opts.title ? 18 : 0) + 8;
  pdf.ensureSpace(height);
  if (opts.title) pdf.paragraph(opts.title, { font: 'bold', color: pdf.colors.muted });
  const lo = Math.min(0, ...bars.map((b) => b.value));
  const hi = Math.max(opts.max ?? 0, ...bars.map((b) => b.value));
  const span = hi - lo || 1;
  const x = (v: number) => plotX + ((v - lo) / span) * plotW;
  const top = pdf.doc.y;
  // one Figure in the structure tree, its bars read out as text
  const alt = [opts.title, ...bars.map((b) => `${b.label}: ${b.text}`)].filter(Boolean).join('; ');
  pdf.figure(alt, () => draw(top));
  doc.x = pdf.left;
  doc.y = top + bars.length * (barH + gap) - gap + 10;

  function draw(top: number) {
    bars.forEach((b, i) => {
      const y = top + i * (barH + gap);
      doc
        .font('body')
        .fontSize(pdf.size.small)
        .fillColor(pdf.colors.ink)
        .text(b.label, pdf.left, y + 1.5, { width: labelW, height: barH, ellipsis: true, lineBreak: false });
      doc.rect(plotX, y, plotW, barH).fill(pdf.colors.fill);
      const from = x(Math.min(0, b.value));
      const w = Math.max(Math.abs(x(b.value) - x(0)), b.value === 0 ? 0 : 0.8);
      if (w > 0) doc.rect(from, y, w, barH).fill(b.color ?? (b.value < 0 ? pdf.colors.warning : pdf.colors.accent));
      doc
        .font('body')
        .fontSize(pdf.size.small)
        .fillColor(pdf.colors.ink)
        .text(b.text, plotX + plotW + 6, y + 1.5, { width: valueW, lineBreak: false });
    });
    const bottom = top + bars.length * (barH + gap) - gap;
    doc
      .moveTo(x(0), top - 2)
      .lineTo(x(0), bottom + 2)
      .lineWidth(0.8)
      .strokeColor(pdf.colors.ink)
      .stroke();
  }
}
