// A small layout kit over pdfkit, shared by every report (value report, incident dossier, and
// the offboarding issue's handover report and letters).
//
// How to write a document with it:
//   const pdf = createPdf({ fonts, createdAt, documentId, info, runningHead, footer, pageOf });
//   pdf.titleBlock({ overline: businessName, title, subtitle });
//   pdf.heading('…', 2); pdf.paragraph('…'); pdf.keyValues([['Label', 'value'], …]);
//   pdf.table({ columns: [{ header: '#', width: 1 }, …], rows: [['1', …], …] });
//   pdf.quote('exact words'); pdf.ensureSpace(80); pdf.pageBreak();
//   pdf.signature({ name: ownerName, title: ownerTitle });        // letters
//   pdf.newDocument({ runningHead, footer, pageOf });   // a letter of its own: new page, numbering from 1
//   const bytes = await pdf.end();   // running head, banner and "page x of y" on every page
// Rules that keep output deterministic (same data + language + creation time → same bytes):
// pass `createdAt` (it becomes CreationDate/ModDate) and a `documentId` derived from the data
// (it becomes the trailer /ID); never read the clock or random numbers while rendering.
// `pdf.doc` is the raw pdfkit document for vector drawing; charts.ts has horizontal bars.
// A new document: a render function (see dossier.ts, value-report.ts) plus a case in render.ts,
// so it renders alike in-process (CLI) and in the worker thread (app).
import PDFDocument from 'pdfkit';
import type { PdfFonts } from './fonts';
import { createMeasure, type FontName } from './measure';

export const colors = {
  ink: '#1a1a1a',
  muted: '#5a5a5a',
  rule: '#b8b8b8',
  fill: '#eef1f5',
  accent: '#1f4e79',
  warning: '#b00020',
  quoteBar: '#8a9bb0',
};

const size = { body: 9.5, small: 8, h1: 18, h2: 13, h3: 11 };
const A4 = { width: 595.28, height: 841.89 };
const margins = { top: 62, bottom: 62, left: 56, right: 56 };

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  /** extra Info dictionary keys (ASCII values), e.g. a machine-readable manifest */
  custom?: Record<string, string>;
}

export interface PdfOptions {
  fonts: PdfFonts;
  createdAt: Date;
  /** hex, at least 32 digits; its first 32 become the PDF's /ID */
  documentId: string;
  info: PdfInfo;
  /** BCP-47 language of the text (the PDF's /Lang) */
  lang: string;
  /** small text at the top of every page */
  runningHead: string;
  /** small text at the bottom of every page, before the page number */
  footer: string;
  pageOf: (page: number, total: number) => string;
  /** a red line on every page (e.g. "verification failed") */
  banner?: string;
}

export interface TableColumn {
  header: string;
  /** relative width */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export type Pdf = ReturnType<typeof createPdf>;

export function createPdf(o: PdfOptions) {
  const info: Record<string, string | Date> = {
    Title: o.info.title,
    Author: o.info.author,
    Subject: o.info.subject,
    Keywords: o.info.keywords ?? '',
    Creator: 'Client Dossier',
    Producer: 'Client Dossier (pdfkit)',
    CreationDate: o.createdAt,
    ModDate: o.createdAt,
    ...o.info.custom,
  };
  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margins,
    bufferPages: true,
    autoFirstPage: true,
    lang: o.lang,
    displayTitle: true,
    info: info as PDFKit.DocumentInfo,
  });
  // pdfkit derives /ID from an MD5 of the info; make it the document's own identity instead.
  (doc as unknown as { _id: Uint8Array })._id = Buffer.from(o.documentId.slice(0, 32), 'hex');
  doc.registerFont('body', o.fonts.regular);
  doc.registerFont('bold', o.fonts.bold);
  // A character the font lacks (CJK, most emoji) prints as the empty box, glyph 0, which pdfkit
  // maps to U+0000 — and text extraction stops there, losing the rest of the line. Map it to
  // U+FFFD instead, so copying and searching keep everything after it.
  for (const name of ['bold', 'body']) {
    doc.font(name);
    const unicode = (doc as unknown as { _font: { unicode?: number[][] } })._font.unicode;
    if (unicode) unicode[0] = [0xfffd];
  }
  doc.fontSize(size.body).fillColor(colors.ink);

  const left = margins.left;
  const width = A4.width - margins.left - margins.right;
  const bottom = () => A4.height - margins.bottom;
  const remaining = () => bottom() - doc.y;

  function pageBreak() {
    doc.addPage();
    doc.x = left;
  }

  // Documents within the PDF (each letter): the page index each starts at, with its own running
  // head, footer and "page x of y". Pages before the first are the PDF's own (options above).
  interface Part {
    start: number;
    runningHead: string;
    footer: string;
    pageOf: (page: number, total: number) => string;
  }
  const parts: Part[] = [];
  const pageIndex = () => {
    const r = doc.bufferedPageRange();
    return r.start + r.count - 1;
  };
  let touched = false;

  /** Starts a document of its own on a fresh page: its pages are numbered from 1. */
  function newDocument(p: Partial<Omit<Part, 'start'>> = {}) {
    if (touched) pageBreak();
    parts.push({
      start: pageIndex(),
      runningHead: p.runningHead ?? o.runningHead,
      footer: p.footer ?? o.footer,
      pageOf: p.pageOf ?? o.pageOf,
    });
  }

  // A block that runs onto another page ("Entry #12 (continued)"): every page started while it
  // is open gets its label in the top margin, drawn with the running head when the document ends.
  let openBlock: string | null = null;
  const continued = new Map<number, string>();
  doc.on('pageAdded', () => {
    if (openBlock !== null) continued.set(doc.bufferedPageRange().count - 1, openBlock);
  });
  /** Marks the pages that follow as continuing this block, until `continues(null)`. */
  function continues(label: string | null) {
    openBlock = label;
  }

  /** Starts a new page unless `h` points still fit (keeps a heading with what follows). */
  function ensureSpace(h: number) {
    if (remaining() < h) pageBreak();
  }

  function spacer(h = size.body * 0.6) {
    doc.y += h;
  }

  // Setting the same fill colour again only adds operators (and pdfkit parses the colour each
  // time): set it when it changed, or on another page (each page starts from black).
  let colorPage: unknown = null;
  function setFill(c: string) {
    if (doc.page === colorPage && (doc as unknown as { _fillColor?: [string] })._fillColor?.[0] === c) return;
    doc.fillColor(c);
    colorPage = doc.page;
  }

  function text(
    s: string,
    opts: { font?: 'body' | 'bold'; size?: number; color?: string; indent?: number; align?: 'left' | 'right' | 'center' } = {},
  ) {
    const indent = opts.indent ?? 0;
    touched = true;
    setFill(opts.color ?? colors.ink);
    doc
      .font(opts.font ?? 'body')
      .fontSize(opts.size ?? size.body)
      .text(s, left + indent, doc.y, { width: width - indent, align: opts.align ?? 'left', lineGap: 1.5 });
    doc.x = left;
  }

  function titleBlock(t: { overline: string; title: string; subtitle?: string }) {
    text(t.overline, { size: size.small, color: colors.muted });
    spacer(4);
    text(t.title, { font: 'bold', size: size.h1, color: colors.accent });
    if (t.subtitle) text(t.subtitle, { size: size.h3, color: colors.muted });
    spacer(6);
    rule();
    spacer(8);
  }

  function heading(s: string, level: 1 | 2 | 3 = 2) {
    const px = level === 1 ? size.h1 : level === 2 ? size.h2 : size.h3;
    ensureSpace(px * 5);
    spacer(level === 3 ? 4 : 8);
    text(s, { font: 'bold', size: px, color: level === 3 ? colors.ink : colors.accent });
    spacer(3);
  }

  /** `keep`: a paragraph shorter than a page starts on the next page rather than split. */
  function paragraph(
    s: string,
    opts: {
      color?: string;
      size?: number;
      indent?: number;
      font?: 'body' | 'bold';
      align?: 'left' | 'right' | 'center';
      keep?: boolean;
    } = {},
  ) {
    if (opts.keep) {
      const cell = {
        text: s,
        width: width - (opts.indent ?? 0),
        font: opts.font ?? 'body',
        size: opts.size ?? size.body,
      } as const;
      if (!measure.surelyFits([cell], remaining() - 3)) {
        const h = measure.wrapped(cell);
        if (h < bottom() - margins.top) ensureSpace(h + 3);
      }
    }
    text(s, opts);
    spacer(3);
  }

  function rule(color = colors.rule) {
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke();
  }

  const measure = createMeasure(doc, 1.5);

  /** Label–value pairs in two columns; a pair never splits across pages. */
  function keyValues(pairs: readonly (readonly [string, string])[], opts: { labelWidth?: number; valueSize?: number } = {}) {
    const lw = opts.labelWidth ?? width * 0.3;
    const vw = width - lw - 8;
    const vpx = opts.valueSize ?? size.body;
    for (const [label, value] of pairs) {
      const cells = [
        { text: label, width: lw, font: 'bold', size: size.body },
        { text: value || '—', width: vw, font: 'body', size: vpx },
      ] as const;
      if (!measure.surelyFits(cells, remaining() - 2)) {
        const h = Math.max(...cells.map(measure.wrapped));
        if (h < bottom() - margins.top) ensureSpace(h + 2);
      }
      const y = doc.y;
      setFill(colors.muted);
      doc.font('bold').fontSize(size.body).text(label, left, y, { width: lw, lineGap: 1.5 });
      const afterLabel = doc.y;
      const page = doc.page;
      setFill(colors.ink);
      doc
        .font('body')
        .fontSize(vpx)
        .text(value || '—', left + lw + 8, y, { width: vw, lineGap: 1.5 });
      // a value longer than a page flows on; then only where it ended counts
      doc.y = (doc.page === page ? Math.max(doc.y, afterLabel) : doc.y) + 2;
      doc.x = left;
    }
    spacer(3);
  }

  /** Exact words, set apart: indented, in quotation marks, with a bar on the left. */
  function quote(s: string, marks: readonly [string, string] = ['“', '”']) {
    const indent = 18;
    const body = `${marks[0]}${s}${marks[1]}`;
    const cell = { text: body, width: width - indent, font: 'body', size: size.body } as const;
    if (!measure.surelyFits([cell], remaining() - 4)) {
      const h = measure.wrapped(cell);
      if (h < bottom() - margins.top) ensureSpace(h + 4);
    }
    const y = doc.y;
    const page = doc.page;
    text(body, { indent });
    if (doc.page === page) {
      doc
        .moveTo(left + 6, y)
        .lineTo(left + 6, doc.y)
        .lineWidth(2)
        .strokeColor(colors.quoteBar)
        .stroke();
    }
    spacer(4);
  }

  /**
   * A table whose rows wrap inside their cells and break across pages, repeating the header
   * row on every page. A row never splits; a row taller than a page is clipped with an ellipsis.
   */
  function table(t: { columns: readonly TableColumn[]; rows: readonly (readonly string[])[]; fontSize?: number }) {
    const px = t.fontSize ?? size.small + 0.5;
    const pad = 3;
    const total = t.columns.reduce((s, c) => s + c.width, 0);
    const widths = t.columns.map((c) => (c.width / total) * width);
    const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const maxRow = bottom() - margins.top - 40;

    /**
     * One row: with a height `h` its cells are clipped to it (with an ellipsis); without, the
     * row is as tall as its tallest cell turned out — read off where the cells ended, the same
     * figure heightOfString gives — so a row known to fit is wrapped once, not measured first.
     */
    const drawRow = (cells: readonly string[], font: FontName, fill: string | null, h: number | null) => {
      const y = doc.y;
      if (fill && h !== null) doc.rect(left, y, width, h).fill(fill);
      let end = y + pad;
      cells.forEach((c, i) => {
        setFill(colors.ink);
        doc
          .font(font)
          .fontSize(px)
          .text(c, xs[i]! + pad, y + pad, {
            width: widths[i]! - 2 * pad,
            ...(h === null ? {} : { height: h - 2 * pad, ellipsis: true }),
            lineGap: 1.5,
            align: t.columns[i]!.align ?? 'left',
          });
        end = Math.max(end, doc.y);
      });
      const rowH = h ?? end + pad - y;
      doc
        .moveTo(left, y + rowH)
        .lineTo(left + width, y + rowH)
        .lineWidth(0.4)
        .strokeColor(colors.rule)
        .stroke();
      doc.y = y + rowH;
      doc.x = left;
    };
    const header = t.columns.map((c) => c.header);
    const cellsOf = (r: readonly string[], font: FontName) =>
      r.map((text, i) => ({ text, width: widths[i]! - 2 * pad, font, size: px }));
    const headerH = Math.max(...cellsOf(header, 'bold').map(measure.height)) + 2 * pad;
    const headerHeight = () => headerH;

    const rowHeight = (r: readonly string[]) => Math.min(Math.max(...cellsOf(r, 'body').map(measure.height)) + 2 * pad, maxRow);
    ensureSpace(headerHeight() + (t.rows[0] ? rowHeight(t.rows[0]) : 0));
    drawRow(header, 'bold', colors.fill, headerHeight());
    for (const r of t.rows) {
      if (measure.surelyFits(cellsOf(r, 'body'), Math.min(remaining(), maxRow) - 2 * pad)) {
        drawRow(r, 'body', null, null);
        continue;
      }
      const h = rowHeight(r);
      if (remaining() < h) {
        pageBreak();
        drawRow(header, 'bold', colors.fill, headerHeight());
      }
      drawRow(r, 'body', null, h);
    }
    spacer(6);
  }

  /** A signature block for letters and reports: space to sign, a line, the name and title. */
  function signature(s: { name: string; title?: string; place?: string }) {
    ensureSpace(90);
    spacer(40);
    doc
      .moveTo(left, doc.y)
      .lineTo(left + 200, doc.y)
      .lineWidth(0.6)
      .strokeColor(colors.ink)
      .stroke();
    spacer(4);
    text(s.name, { font: 'bold' });
    if (s.title) text(s.title, { color: colors.muted });
    if (s.place) text(s.place, { color: colors.muted, size: size.small });
    spacer(6);
  }

  /** Running head, banner and "page x of y" on every page, then the finished bytes. */
  function end(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((ok, fail) => {
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => ok(Buffer.concat(chunks)));
      doc.on('error', fail);
    });
    const range = doc.bufferedPageRange();
    const last = range.start + range.count;
    const own: Part = { start: range.start, runningHead: o.runningHead, footer: o.footer, pageOf: o.pageOf };
    const ordered = parts[0]?.start === range.start ? parts : [own, ...parts];
    for (let i = range.start; i < last; i++) {
      const at = ordered.findLastIndex((p) => p.start <= i);
      const part = ordered[at]!;
      const partEnd = ordered[at + 1]?.start ?? last;
      doc.switchToPage(i);
      // Drawing inside the margins must not make pdfkit start another page.
      const saved = doc.page.margins;
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      const small = { width, lineBreak: false } as const;
      doc
        .font('body')
        .fontSize(size.small - 0.5)
        .fillColor(colors.muted);
      doc.text(part.runningHead, left, 30, { ...small, height: 12, ellipsis: true });
      if (o.banner)
        doc
          .font('bold')
          .fillColor(colors.warning)
          .text(o.banner, left, 42, { ...small, height: 12, ellipsis: true });
      const cont = continued.get(i - range.start);
      if (cont !== undefined)
        doc
          .font('bold')
          .fontSize(size.small)
          .fillColor(colors.accent)
          .text(cont, left, o.banner ? 52 : 46, { ...small, height: 12, ellipsis: true });
      doc
        .moveTo(left, A4.height - 46)
        .lineTo(left + width, A4.height - 46)
        .lineWidth(0.4)
        .strokeColor(colors.rule)
        .stroke();
      const pageText = part.pageOf(i - part.start + 1, partEnd - part.start);
      doc
        .font('body')
        .fontSize(size.small - 0.5)
        .fillColor(colors.muted);
      const pw = doc.widthOfString(pageText);
      doc.text(part.footer, left, A4.height - 40, { width: width - pw - 12, lineBreak: false, height: 12, ellipsis: true });
      doc.text(pageText, left + width - pw, A4.height - 40, { width: pw + 1, lineBreak: false });
      if (o.banner)
        doc
          .font('bold')
          .fillColor(colors.warning)
          .text(o.banner, left, A4.height - 28, { ...small, height: 12, ellipsis: true });
      doc.page.margins = saved;
    }
    doc.end();
    return done;
  }

  return {
    doc,
    pageCount: () => doc.bufferedPageRange().count,
    colors,
    size,
    width,
    left,
    remaining,
    titleBlock,
    heading,
    paragraph,
    keyValues,
    quote,
    table,
    rule,
    spacer,
    ensureSpace,
    pageBreak,
    newDocument,
    continues,
    signature,
    end,
  };
}
