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
// pass `createdAt` (it becomes CreationDate/ModDate, in the Info dictionary and the XMP alike)
// and a `documentId` derived from the data (it becomes the trailer /ID); never read the clock or
// random numbers while rendering.
// Archival form: every PDF is PDF/A-3b (ISO 19005-3), made in one place, `pdfOptions` below —
// PDF 1.7, XMP metadata that matches the Info dictionary, the sRGB output intent, only the
// embedded DejaVu fonts (never a standard-14 font) and never the .notdef glyph. Files ride along
// as PDF/A-3 associated files through `pdf.attach` (or `pdf.doc.file`, given the same defaults).
// Tagged for accessibility: the blocks below add their structure elements (H1–H3, P, Table,
// BlockQuote, Figure) under one Document element; rules, fills and the running head are
// artifacts. A document drawing on `pdf.doc` itself wraps that in `pdf.figure` or `pdf.artifact`.
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
/** between the lines of every text block */
const lineGap = 1.5;

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

/** The archival form every document is written in (ISO 19005-3, level B). */
export const pdfConformance = 'PDF/A-3b';

/** The pdfkit options of every PDF the app makes: kept here, in one place. */
export function pdfOptions(o: Pick<PdfOptions, 'lang'>, info: Record<string, string | Date>): PDFKit.PDFDocumentOptions {
  return {
    size: [A4.width, A4.height],
    margins,
    bufferPages: true,
    autoFirstPage: true,
    // PDF/A-3 is PDF 1.7; pdfkit writes no XMP at all for its default 1.3
    pdfVersion: '1.7',
    subset: pdfConformance,
    tagged: true,
    lang: o.lang,
    displayTitle: true,
    info: info as PDFKit.DocumentInfo,
    // pdfkit would load Helvetica as the current font; only the embedded fonts are ever used
    font: null as unknown as string,
  };
}

/** How a file attached to the PDF relates to it (PDF/A-3 /AFRelationship). */
export type AttachmentRelationship = 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'Unspecified';

export interface AttachmentOptions {
  /** the file's name as a reader lists it */
  name: string;
  /** MIME type, e.g. 'application/json' (PDF/A-3 requires one) */
  type?: string;
  description?: string;
  relationship?: AttachmentRelationship;
  /** defaults to the document's creation time, so the bytes stay deterministic */
  modifiedDate?: Date;
  creationDate?: Date;
  hidden?: boolean;
}

/** XML text: escaped, and without the characters XML 1.0 cannot hold. */
function xmlText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Info strings lose control characters (no XMP can hold them, and they must match). */
function infoText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

const xmpDate = (d: Date) => `${d.toISOString().split('.')[0]}Z`;

/**
 * The XMP description of the Info dictionary, property for property (PDF/A requires them
 * equivalent). pdfkit's own neither escapes `&` or `<` (a business "Kaya & Oğlu" would break the
 * XML) nor writes the modification date.
 */
function xmpInfo(info: Record<string, string | Date>): string {
  const str = (k: string) => (typeof info[k] === 'string' ? xmlText(info[k]) : '');
  const date = (k: string) => (info[k] instanceof Date ? xmpDate(info[k]) : '');
  const alt = (tag: string, v: string) =>
    v ? `<${tag}><rdf:Alt><rdf:li xml:lang="x-default">${v}</rdf:li></rdf:Alt></${tag}>` : '';
  const prop = (tag: string, v: string) => (v ? `<${tag}>${v}</${tag}>` : '');
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    prop('xmp:CreateDate', date('CreationDate')),
    prop('xmp:ModifyDate', date('ModDate')),
    prop('xmp:CreatorTool', str('Creator')),
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    alt('dc:title', str('Title')),
    str('Author') ? `<dc:creator><rdf:Seq><rdf:li>${str('Author')}</rdf:li></rdf:Seq></dc:creator>` : '',
    alt('dc:description', str('Subject')),
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    prop('pdf:Producer', str('Producer')),
    prop('pdf:Keywords', str('Keywords')),
    '</rdf:Description>',
  ]
    .filter(Boolean)
    .join('\n');
}

interface FontkitFont {
  hasGlyphForCodePoint(cp: number): boolean;
}

/**
 * The text as the font can print it. PDF/A forbids showing the .notdef glyph (glyph 0, the empty
 * box), which a character the font lacks (CJK, most emoji, U+2066) would print as: it becomes
 * U+FFFD, the replacement character, a visible mark that copies and searches as itself (not as
 * U+0000, where text extraction used to stop). A tab prints as a space; other control characters
 * (the CR of a CRLF) print as nothing.
 */
function printable(s: string, font: FontkitFont): string {
  let out: string | null = null;
  let i = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const ok = cp >= 0x20 && cp !== 0x7f && (cp < 0x80 || font.hasGlyphForCodePoint(cp));
    if (!ok && out === null) out = s.slice(0, i);
    if (out !== null) out += ok ? ch : cp === 0x09 ? ' ' : cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? '' : '\ufffd';
    i += ch.length;
  }
  return out ?? s;
}

export function createPdf(o: PdfOptions) {
  const info: Record<string, string | Date> = {
    Title: infoText(o.info.title),
    Author: infoText(o.info.author),
    Subject: infoText(o.info.subject),
    ...(o.info.keywords ? { Keywords: infoText(o.info.keywords) } : {}),
    Creator: 'Client Dossier',
    Producer: 'Client Dossier (pdfkit)',
    CreationDate: o.createdAt,
    ModDate: o.createdAt,
    ...o.info.custom,
  };
  const doc = new PDFDocument(pdfOptions(o, info));
  // pdfkit derives /ID from an MD5 of the info; make it the document's own identity instead.
  (doc as unknown as { _id: Uint8Array })._id = Buffer.from(o.documentId.slice(0, 32), 'hex');
  (doc as unknown as { _addInfo: () => void })._addInfo = () => doc.appendXML(xmpInfo(info));
  doc.registerFont('body', o.fonts.regular);
  doc.registerFont('bold', o.fonts.bold);
  for (const name of ['bold', 'body']) {
    doc.font(name);
    const font = (
      doc as unknown as { _font: { font: FontkitFont; unicode?: number[][]; layoutRun?: (t: string, f?: unknown) => unknown } }
    )._font;
    // glyph 0 is never shown (above); should it be, it copies as U+FFFD, not as U+0000
    if (font.unicode) font.unicode[0] = [0xfffd];
    const layoutRun = font.layoutRun?.bind(font);
    if (layoutRun) font.layoutRun = (t, f) => layoutRun(printable(t, font.font), f);
  }
  doc.fontSize(size.body).fillColor(colors.ink);

  // Files carried inside the PDF (PDF/A-3 associated files): a MIME type, a relationship and a
  // modification date are required, and the dates come from the document, never the clock.
  const file = doc.file.bind(doc) as (src: Buffer, opts: object) => PDFKit.PDFDocument;
  (doc as unknown as { file: (src: Buffer, opts: AttachmentOptions) => PDFKit.PDFDocument }).file = (src, opts) =>
    file(src, {
      type: 'application/octet-stream',
      relationship: 'Supplement',
      creationDate: o.createdAt,
      modifiedDate: o.createdAt,
      ...opts,
    });
  /** Embeds a file in the PDF (a reader lists it under attachments). */
  function attach(data: Buffer | Uint8Array, opts: AttachmentOptions) {
    (doc as unknown as { file: (src: Uint8Array, opts: AttachmentOptions) => unknown }).file(data, opts);
  }

  // The structure tree: one Document element; a letter (newDocument) is a section of its own.
  const root = doc.struct('Document');
  doc.addStructure(root);
  let section: PDFKit.PDFStructureElement = root;
  /** Content drawn by `draw`, tagged as one structure element of this type. */
  function tagged(
    type: string,
    draw: () => void,
    opts: PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' } = {},
  ) {
    section.add(doc.struct(type, opts, draw));
  }
  /** Content drawn by `draw`, straight into the current element (no element of its own). */
  function content(draw: () => void) {
    section.add(draw);
  }
  /** Drawing that is not content (rules, fills, bars' backgrounds, the running head). */
  function artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout') {
    doc.markContent('Artifact', { type });
    draw();
    doc.endMarkedContent();
  }
  /** A container element (Table, TR, BlockQuote) whose children `fill` adds. */
  function group(type: string, fill: () => void, opts: PDFKit.Mixins.StructureElementOptions = {}) {
    const el = doc.struct(type, opts);
    section.add(el);
    const outer = section;
    section = el;
    try {
      fill();
    } finally {
      section = outer;
      el.end();
    }
  }
  /** Vector drawing that means something (a chart): one Figure with its text alternative. */
  function figure(alt: string, draw: () => void) {
    tagged('Figure', draw, { alt });
  }

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

  /**
   * Starts a document of its own on a fresh page: its pages are numbered from 1. It is a section
   * of the structure tree, in its own language (`lang`, when it differs from the PDF's).
   */
  function newDocument(p: Partial<Omit<Part, 'start'>> & { lang?: string } = {}) {
    if (touched) pageBreak();
    if (section !== root) section.end();
    section = doc.struct('Sect', p.lang && p.lang !== o.lang ? { lang: p.lang } : {});
    root.add(section);
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
      .text(s, left + indent, doc.y, { width: width - indent, align: opts.align ?? 'left', lineGap });
    doc.x = left;
  }

  function titleBlock(t: { overline: string; title: string; subtitle?: string }) {
    tagged('P', () => text(t.overline, { size: size.small, color: colors.muted }));
    spacer(4);
    tagged('H1', () => text(t.title, { font: 'bold', size: size.h1, color: colors.accent }));
    if (t.subtitle) tagged('P', () => text(t.subtitle!, { size: size.h3, color: colors.muted }));
    spacer(6);
    rule();
    spacer(8);
  }

  function heading(s: string, level: 1 | 2 | 3 = 2) {
    const px = level === 1 ? size.h1 : level === 2 ? size.h2 : size.h3;
    ensureSpace(px * 5);
    spacer(level === 3 ? 4 : 8);
    tagged(`H${level}`, () => text(s, { font: 'bold', size: px, color: level === 3 ? colors.ink : colors.accent }));
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
    tagged('P', () => text(s, opts));
    spacer(3);
  }

  function rule(color = colors.rule) {
    artifact(() =>
      doc
        .moveTo(left, doc.y)
        .lineTo(left + width, doc.y)
        .lineWidth(0.6)
        .strokeColor(color)
        .stroke(),
    );
  }

  const measure = createMeasure(doc, lineGap);

  /**
   * Label–value pairs in two columns; a pair never splits across pages. The block is one Div in
   * the structure tree holding the pairs, label then value, in reading order: most of a dossier is
   * these pairs, and an element for each (or a table of TR, TH and TD) tripled a 1,000-entry
   * dossier's size — a structure element is an uncompressed object of its own.
   */
  function keyValues(pairs: readonly (readonly [string, string])[], opts: { labelWidth?: number; valueSize?: number } = {}) {
    const lw = opts.labelWidth ?? width * 0.3;
    const vw = width - lw - 8;
    const vpx = opts.valueSize ?? size.body;
    // one marked-content sequence for the whole block (pdfkit carries it over a page break):
    // a sequence per pair cost a BDC/EMC pair and a parent-tree entry each, ~20 per entry
    group('Div', () => content(() => pairs.forEach(([label, value]) => pair(label, value))));
    spacer(3);

    function pair(label: string, value: string) {
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
      doc.font('bold').fontSize(size.body).text(label, left, y, { width: lw, lineGap });
      const afterLabel = doc.y;
      const page = doc.page;
      setFill(colors.ink);
      doc
        .font('body')
        .fontSize(vpx)
        .text(value || '—', left + lw + 8, y, { width: vw, lineGap });
      // a value longer than a page flows on; then only where it ended counts
      doc.y = (doc.page === page ? Math.max(doc.y, afterLabel) : doc.y) + 2;
      doc.x = left;
    }
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
    tagged('BlockQuote', () => text(body, { indent }));
    if (doc.page === page) {
      artifact(() =>
        doc
          .moveTo(left + 6, y)
          .lineTo(left + 6, doc.y)
          .lineWidth(2)
          .strokeColor(colors.quoteBar)
          .stroke(),
      );
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
    const drawRow = (cells: readonly string[], font: FontName, fill: string | null, h: number | null, repeated = false) => {
      const y = doc.y;
      let end = y + pad;
      const background = () => {
        if (fill && h !== null) doc.rect(left, y, width, h).fill(fill);
      };
      const hasBackground = fill !== null && h !== null;
      const cell = (c: string, i: number) => {
        setFill(colors.ink);
        doc
          .font(font)
          .fontSize(px)
          .text(c, xs[i]! + pad, y + pad, {
            width: widths[i]! - 2 * pad,
            ...(h === null ? {} : { height: h - 2 * pad, ellipsis: true }),
            lineGap,
            align: t.columns[i]!.align ?? 'left',
          });
        end = Math.max(end, doc.y);
      };
      // the header repeated on a further page is layout, not another row of the table
      if (repeated)
        artifact(() => {
          background();
          cells.forEach(cell);
        });
      else {
        // a row without a fill draws no background: no empty artifact for it
        if (hasBackground) artifact(background);
        const th = font === 'bold';
        group('TR', () => cells.forEach((c, i) => tagged(th ? 'TH' : 'TD', () => cell(c, i), th ? { scope: 'Column' } : {})));
      }
      const rowH = h ?? end + pad - y;
      artifact(() =>
        doc
          .moveTo(left, y + rowH)
          .lineTo(left + width, y + rowH)
          .lineWidth(0.4)
          .strokeColor(colors.rule)
          .stroke(),
      );
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
    group('Table', () => {
      drawRow(header, 'bold', colors.fill, headerHeight());
      for (const r of t.rows) {
        if (measure.surelyFits(cellsOf(r, 'body'), Math.min(remaining(), maxRow) - 2 * pad)) {
          drawRow(r, 'body', null, null);
          continue;
        }
        const h = rowHeight(r);
        if (remaining() < h) {
          pageBreak();
          drawRow(header, 'bold', colors.fill, headerHeight(), true);
        }
        drawRow(r, 'body', null, h);
      }
    });
    spacer(6);
  }

  /** A signature block for letters and reports: space to sign, a line, the name and title. */
  function signature(s: { name: string; title?: string; place?: string }) {
    ensureSpace(90);
    spacer(40);
    artifact(() =>
      doc
        .moveTo(left, doc.y)
        .lineTo(left + 200, doc.y)
        .lineWidth(0.6)
        .strokeColor(colors.ink)
        .stroke(),
    );
    spacer(4);
    tagged('P', () => {
      text(s.name, { font: 'bold' });
      if (s.title) text(s.title, { color: colors.muted });
      if (s.place) text(s.place, { color: colors.muted, size: size.small });
    });
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
    if (section !== root) section.end();
    for (let i = range.start; i < last; i++) {
      const at = ordered.findLastIndex((p) => p.start <= i);
      const part = ordered[at]!;
      const partEnd = ordered[at + 1]?.start ?? last;
      doc.switchToPage(i);
      // Drawing inside the margins must not make pdfkit start another page.
      const saved = doc.page.margins;
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      // what repeats on every page is pagination, not the document's content
      doc.markContent('Artifact', { type: 'Pagination' });
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
      doc.endMarkedContent();
      doc.page.margins = saved;
    }
    root.end();
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
    figure,
    artifact,
    attach,
    end,
  };
}
