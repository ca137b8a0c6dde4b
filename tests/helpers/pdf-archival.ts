// A small, strict reader of the PDFs the kit writes, for the archival checks (issue 19 item 8):
// the structure checks `qpdf --check` makes (header, xref table, trailer, every offset and stream
// length, every reference resolving) and the PDF/A-3b and tagging properties (XMP identification
// matching the Info dictionary, the sRGB output intent, embedded fonts, no .notdef, no
// encryption, MarkInfo, StructTreeRoot, Lang, associated files). pdfjs is a forgiving reader — it
// repairs a broken xref silently — so the structure is read here, byte by byte, instead.
import { inflateSync } from 'node:zlib';

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export class Name {
  constructor(readonly name: string) {}
}
/** A PDF string's bytes. */
export class PdfString {
  constructor(readonly bytes: Buffer) {}
  /** As text: UTF-16BE with its BOM, else PDFDocEncoding (read as Latin-1, enough here). */
  text(): string {
    const b = this.bytes;
    if (b[0] === 0xfe && b[1] === 0xff) {
      const swapped = Buffer.from(b.subarray(2));
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    return b.toString('latin1');
  }
}
export type PdfValue = number | boolean | null | Ref | Name | PdfString | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

export interface PdfObject {
  num: number;
  value: PdfValue;
  /** the raw stream bytes, when the object is a stream */
  stream?: Buffer;
}

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelim = (c: number) => '()<>[]{}/%'.includes(String.fromCharCode(c));

class Lexer {
  constructor(
    private readonly b: Buffer,
    public i: number,
  ) {}
  skip() {
    for (;;) {
      while (this.i < this.b.length && isWhite(this.b[this.i]!)) this.i++;
      if (this.b[this.i] !== 0x25) return; // %
      while (this.i < this.b.length && this.b[this.i] !== 0x0a && this.b[this.i] !== 0x0d) this.i++;
    }
  }
  word(): string {
    this.skip();
    const start = this.i;
    while (this.i < this.b.length && !isWhite(this.b[this.i]!) && !isDelim(this.b[this.i]!)) this.i++;
    return this.b.toString('latin1', start, this.i);
  }
  value(): PdfValue {
    this.skip();
    const c = this.b[this.i];
    if (c === undefined) throw new Error('unexpected end of file');
    const ch = String.fromCharCode(c);
    if (ch === '/') {
      this.i++;
      const raw = this.word();
      return new Name(raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    if (ch === '(') return this.literal();
    if (ch === '<' && this.b[this.i + 1] === 0x3c) {
      this.i += 2;
      const dict: PdfDict = new Map();
      for (;;) {
        this.skip();
        if (this.b[this.i] === 0x3e && this.b[this.i + 1] === 0x3e) {
          this.i += 2;
          return dict;
        }
        const key = this.value();
        if (!(key instanceof Name)) throw new Error(`a dictionary key that is not a name at ${this.i}`);
        dict.set(key.name, this.value());
      }
    }
    if (ch === '<') {
      const end = this.b.indexOf(0x3e, this.i);
      const hex = this.b.toString('latin1', this.i + 1, end).replace(/\s/g, '');
      if (!/^[0-9a-fA-F]*$/.test(hex)) throw new Error(`a bad hex string at ${this.i}`);
      this.i = end + 1;
      return new PdfString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
    }
    if (ch === '[') {
      this.i++;
      const arr: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (this.b[this.i] === 0x5d) {
          this.i++;
          return arr;
        }
        arr.push(this.value());
      }
    }
    const w = this.word();
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) throw new Error(`an unknown token ${JSON.stringify(w)} at ${this.i}`);
    // an integer followed by "gen R" is a reference
    if (/^\d+$/.test(w)) {
      const save = this.i;
      const gen = this.word();
      const r = this.word();
      if (/^\d+$/.test(gen) && r === 'R') return new Ref(Number(w), Number(gen));
      this.i = save;
    }
    return Number(w);
  }
  literal(): PdfString {
    const out: number[] = [];
    let depth = 0;
    const b = this.b;
    for (this.i++; this.i < b.length; this.i++) {
      const c = b[this.i]!;
      if (c === 0x5c) {
        const n = b[++this.i]!;
        const map: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (map[n] !== undefined) out.push(map[n]);
        else if (n >= 0x30 && n <= 0x37) {
          let oct = String.fromCharCode(n);
          while (oct.length < 3 && b[this.i + 1]! >= 0x30 && b[this.i + 1]! <= 0x37) oct += String.fromCharCode(b[++this.i]!);
          out.push(parseInt(oct, 8) & 0xff);
        } else if (n === 0x0d || n === 0x0a) {
          if (n === 0x0d && b[this.i + 1] === 0x0a) this.i++;
        } else out.push(n);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (depth-- === 0) {
          this.i++;
          return new PdfString(Buffer.from(out));
        }
        out.push(c);
      } else out.push(c);
    }
    throw new Error('an unterminated string');
  }
}

export interface ParsedPdf {
  bytes: Buffer;
  version: string;
  trailer: PdfDict;
  objects: Map<number, PdfObject>;
  /** an object, following a reference */
  get(v: PdfValue | undefined): PdfValue | undefined;
  dict(v: PdfValue | undefined): PdfDict;
  /** a stream's bytes, inflated when it is Flate-encoded */
  data(v: PdfValue | undefined): Buffer;
}

/**
 * Parses the whole file through its xref table, as a strict reader would, and throws on the
 * first thing a `qpdf --check` would report: a bad header, an xref entry pointing elsewhere than
 * its object, a stream whose /Length is wrong, a trailer /Size that disagrees, a broken reference.
 */
export function parsePdf(bytes: Buffer): ParsedPdf {
  const head = bytes.toString('latin1', 0, 32);
  const version = /^%PDF-(\d\.\d)\r?\n/.exec(head)?.[1];
  if (!version) throw new Error('no %PDF- header');
  const second = bytes.subarray(head.indexOf('\n') + 1, head.indexOf('\n') + 6);
  if (second[0] !== 0x25 || ![1, 2, 3, 4].every((k) => second[k]! > 127)) throw new Error('no binary comment after the header');
  const tail = bytes.toString('latin1', bytes.length - 64);
  const sx = /startxref\r?\n(\d+)\r?\n%%EOF\r?\n?$/.exec(tail);
  if (!sx) throw new Error('no startxref / %%EOF at the end');
  const xrefAt = Number(sx[1]);
  const lx = new Lexer(bytes, xrefAt);
  if (lx.word() !== 'xref') throw new Error(`startxref ${xrefAt} does not point to an xref table`);
  const offsets = new Map<number, number>();
  let total = 0;
  for (;;) {
    const save = lx.i;
    const first = lx.word();
    if (first === 'trailer') break;
    if (!/^\d+$/.test(first)) throw new Error(`a bad xref subsection at ${save}`);
    const count = Number(lx.word());
    lx.skip();
    for (let k = 0; k < count; k++) {
      const line = bytes.toString('latin1', lx.i, lx.i + 20);
      const m = /^(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)$/.exec(line);
      if (!m) throw new Error(`a bad xref entry ${JSON.stringify(line)}`);
      if (m[3] === 'n') offsets.set(Number(first) + k, Number(m[1]));
      lx.i += 20;
    }
    total = Math.max(total, Number(first) + count);
  }
  const trailer = lx.value();
  if (!(trailer instanceof Map)) throw new Error('the trailer is not a dictionary');
  if (trailer.get('Size') !== total)
    throw new Error(`trailer /Size ${String(trailer.get('Size'))} but the xref has ${total} entries`);

  const objects = new Map<number, PdfObject>();
  for (const [num, at] of offsets) {
    if (bytes.toString('latin1', at, at + `${num} 0 obj`.length) !== `${num} 0 obj`)
      throw new Error(`xref entry ${num} points to ${at}, not to "${num} 0 obj"`);
    const ol = new Lexer(bytes, at);
    const n = ol.word();
    const g = ol.word();
    if (Number(n) !== num || ol.word() !== 'obj') throw new Error(`xref entry ${num} points to ${at}, not to "${num} 0 obj"`);
    if (g !== '0') throw new Error(`object ${num} has generation ${g}`);
    const value = ol.value();
    const save = ol.i;
    const kw = ol.word();
    let stream: Buffer | undefined;
    if (kw === 'stream') {
      if (!(value instanceof Map)) throw new Error(`stream ${num} without a dictionary`);
      let start = ol.i;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] !== 0x0a) throw new Error(`stream ${num}: "stream" not followed by an end of line`);
      start++;
      const len = value.get('Length');
      if (typeof len !== 'number') throw new Error(`stream ${num}: /Length is not a direct integer`);
      stream = bytes.subarray(start, start + len);
      ol.i = start + len;
      if (!/^\r?\n?endstream/.test(bytes.toString('latin1', ol.i, ol.i + 12)))
        throw new Error(`stream ${num}: /Length ${len} does not end at "endstream"`);
      ol.word();
      if (ol.word() !== 'endobj') throw new Error(`stream ${num} is not closed by endobj`);
    } else if (kw !== 'endobj') {
      ol.i = save;
      throw new Error(`object ${num} is not closed by endobj`);
    }
    objects.set(num, { num, value, ...(stream ? { stream } : {}) });
  }

  // every reference resolves to an object in the xref
  const walk = (v: PdfValue, from: number) => {
    if (v instanceof Ref) {
      if (!objects.has(v.num)) throw new Error(`object ${from} refers to ${v.num} 0 R, which is not in the file`);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, from));
    else if (v instanceof Map) v.forEach((x) => walk(x, from));
  };
  for (const o of objects.values()) walk(o.value, o.num);
  walk(trailer, 0);

  const get = (v: PdfValue | undefined): PdfValue | undefined => (v instanceof Ref ? objects.get(v.num)?.value : v);
  const dict = (v: PdfValue | undefined): PdfDict => {
    const d = get(v);
    if (!(d instanceof Map)) throw new Error(`expected a dictionary, got ${String(d)}`);
    return d;
  };
  const data = (v: PdfValue | undefined): Buffer => {
    if (!(v instanceof Ref)) throw new Error('expected a reference to a stream');
    const o = objects.get(v.num);
    if (!o?.stream) throw new Error(`object ${v.num} is not a stream`);
    const filter = dict(o.value).get('Filter');
    if (filter === undefined) return o.stream;
    if (filter instanceof Name && filter.name === 'FlateDecode') return inflateSync(o.stream);
    throw new Error(`object ${v.num}: filter ${String(filter)}`);
  };
  return { bytes, version, trailer, objects, get, dict, data };
}

const nameOf = (v: PdfValue | undefined) => (v instanceof Name ? v.name : undefined);
const textOf = (v: PdfValue | undefined) => (v instanceof PdfString ? v.text() : undefined);

/** A PDF date (D:YYYYMMDDHHmmSSZ) as the XMP form of the same instant. */
function pdfDateToXmp(s: string): string {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) throw new Error(`a date pdfkit would not write: ${s}`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

function xmlUnescape(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'amp'
      ? '&'
      : e === 'lt'
        ? '<'
        : e === 'gt'
          ? '>'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}

/** Well-formed enough for an XMP packet: tags nest and close, no bare `&` or `<` in text. */
function checkXml(xml: string): void {
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[^?]*\?>/g;
  let last = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const between = xml.slice(last, m.index);
    if (/<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(between))
      throw new Error(`XMP: bad text ${JSON.stringify(between.slice(0, 80))}`);
    last = re.lastIndex;
    if (!m[2]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) throw new Error(`XMP: </${m[2]}> closes nothing open`);
    } else if (!m[4]) stack.push(m[2]);
  }
  if (/<|&(?!(amp|lt|gt|quot|apos);)/.test(xml.slice(last))) throw new Error('XMP: bad text after the last tag');
  if (stack.length) throw new Error(`XMP: <${stack.join('>, <')}> never closed`);
}

export interface ArchivalReport {
  version: string;
  pages: number;
  xmp: string;
  info: Record<string, string>;
  lang: string | undefined;
  fonts: string[];
  /** the structure elements' types, in tree order; with its language when it has one (Sect[en]) */
  structure: string[];
  attachments: { name: string; relationship: string; mime: string; data: Buffer }[];
}

/**
 * Every check of an archival (PDF/A-3b), tagged PDF; throws an Error naming the first failure,
 * returns what it read otherwise.
 */
export function checkArchival(bytes: Buffer): ArchivalReport {
  const pdf = parsePdf(bytes);
  const { trailer } = pdf;
  if (pdf.version !== '1.7') throw new Error(`PDF ${pdf.version}, not 1.7 (PDF/A-3)`);
  if (trailer.has('Encrypt')) throw new Error('the file is encrypted');
  const id = trailer.get('ID');
  if (!Array.isArray(id) || id.length !== 2 || !id.every((x) => x instanceof PdfString && x.bytes.length === 16))
    throw new Error('the trailer has no /ID of two 16-byte strings');
  const root = pdf.dict(trailer.get('Root'));
  if (nameOf(root.get('Type')) !== 'Catalog') throw new Error('the root is not a /Catalog');

  // pages: the tree's /Count, its kids and the page objects agree
  const pageTree = pdf.dict(root.get('Pages'));
  const kids = pageTree.get('Kids');
  if (!Array.isArray(kids)) throw new Error('the page tree has no /Kids');
  const pageObjects = [...pdf.objects.values()].filter((o) => o.value instanceof Map && nameOf(o.value.get('Type')) === 'Page');
  if (pageTree.get('Count') !== kids.length || kids.length !== pageObjects.length)
    throw new Error(`page count: /Count ${String(pageTree.get('Count'))}, ${kids.length} kids, ${pageObjects.length} pages`);
  for (const k of kids) if (nameOf(pdf.dict(k).get('Type')) !== 'Page') throw new Error('a kid of /Pages that is not a page');

  // Info dictionary
  const info: Record<string, string> = {};
  for (const [k, v] of pdf.dict(trailer.get('Info'))) {
    const s = textOf(pdf.get(v));
    if (s === undefined) throw new Error(`Info /${k} is not a string`);
    info[k] = s;
  }

  // implementation limits (ISO 19005-3 6.1.13): strings up to 32767 bytes, names up to 127
  const limits = (v: PdfValue | undefined, at: number): void => {
    if (v instanceof PdfString && v.bytes.length > 32767) throw new Error(`object ${at}: a string of ${v.bytes.length} bytes`);
    if (v instanceof Name && Buffer.byteLength(v.name, 'latin1') > 127) throw new Error(`object ${at}: a name over 127 bytes`);
    if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) > 2147483647) throw new Error(`object ${at}: integer ${v}`);
    if (Array.isArray(v)) v.forEach((x) => limits(x, at));
    if (v instanceof Map) v.forEach((x) => limits(x, at));
  };
  for (const o of pdf.objects.values()) limits(o.value, o.num);

  // XMP: PDF/A-3, level B, and the same title, author, subject, keywords, tools and dates as Info
  const metaRef = root.get('Metadata');
  const meta = pdf.dict(metaRef);
  if (nameOf(meta.get('Type')) !== 'Metadata' || nameOf(meta.get('Subtype')) !== 'XML') throw new Error('no XMP metadata stream');
  if (meta.has('Filter')) throw new Error('the XMP is compressed');
  const xmp = pdf.data(metaRef).toString('utf8');
  checkXml(xmp);
  if (!xmp.startsWith('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>')) throw new Error('XMP: no xpacket header');
  const one = (tag: string) => {
    // eslint-disable-next-line security/detect-non-literal-regexp -- our own tag names
    const all = [...xmp.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))];
    if (all.length > 1) throw new Error(`XMP: ${tag} twice`);
    const v = all[0]?.[1];
    return v === undefined ? undefined : xmlUnescape(v.trim());
  };
  if (one('pdfaid:part') !== '3') throw new Error(`XMP: pdfaid:part ${one('pdfaid:part')}`);
  if (one('pdfaid:conformance') !== 'B') throw new Error(`XMP: pdfaid:conformance ${one('pdfaid:conformance')}`);
  const li = (tag: string) => {
    const v = one(tag);
    return v === undefined ? undefined : xmlUnescape(/<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/.exec(v)?.[1] ?? '');
  };
  const pairs: [string, string | undefined][] = [
    ['Title', li('dc:title')],
    ['Author', li('dc:creator')],
    ['Subject', li('dc:description')],
    ['Keywords', one('pdf:Keywords')],
    ['Producer', one('pdf:Producer')],
    ['Creator', one('xmp:CreatorTool')],
  ];
  for (const [key, x] of pairs) {
    const i = info[key];
    if ((i ?? '') !== (x ?? '')) throw new Error(`Info /${key} ${JSON.stringify(i)} but XMP ${JSON.stringify(x)}`);
  }
  for (const [key, tag] of [
    ['CreationDate', 'xmp:CreateDate'],
    ['ModDate', 'xmp:ModifyDate'],
  ] as const) {
    const i = info[key];
    if (i === undefined) throw new Error(`Info has no /${key}`);
    if (pdfDateToXmp(i) !== one(tag)) throw new Error(`Info /${key} ${i} but XMP ${tag} ${one(tag)}`);
  }

  // the output intent: GTS_PDFA1 with an RGB ICC profile
  const intents = pdf.get(root.get('OutputIntents'));
  if (!Array.isArray(intents) || intents.length !== 1) throw new Error('not exactly one output intent');
  const intent = pdf.dict(intents[0]);
  if (nameOf(intent.get('S')) !== 'GTS_PDFA1') throw new Error('the output intent is not GTS_PDFA1');
  if (!textOf(intent.get('OutputConditionIdentifier'))) throw new Error('the output intent has no OutputConditionIdentifier');
  const profileRef = intent.get('DestOutputProfile');
  if (pdf.dict(profileRef).get('N') !== 3) throw new Error('the ICC profile is not /N 3');
  const icc = pdf.data(profileRef);
  if (
    icc.toString('latin1', 36, 40) !== 'acsp' ||
    icc.toString('latin1', 16, 20) !== 'RGB ' ||
    icc.readUInt32BE(0) !== icc.length
  )
    throw new Error('DestOutputProfile is not an RGB ICC profile');

  // fonts: every one embedded, none of the standard 14 by name only
  const fonts: string[] = [];
  for (const o of pdf.objects.values()) {
    const d = o.value;
    if (!(d instanceof Map) || nameOf(d.get('Type')) !== 'Font') continue;
    const subtype = nameOf(d.get('Subtype'));
    if (subtype === 'CIDFontType0' || subtype === 'CIDFontType2') continue; // checked through their Type0 parent
    const base = nameOf(d.get('BaseFont')) ?? '?';
    fonts.push(base);
    const descendants = subtype === 'Type0' ? pdf.get(d.get('DescendantFonts')) : [o.value];
    if (!Array.isArray(descendants)) throw new Error(`font ${base}: no descendant fonts`);
    for (const dfRef of descendants) {
      const df = pdf.dict(dfRef);
      if (!df.has('FontDescriptor')) throw new Error(`font ${base} is not embedded (no FontDescriptor)`);
      const fd = pdf.dict(df.get('FontDescriptor'));
      const program = fd.get('FontFile2') ?? fd.get('FontFile3') ?? fd.get('FontFile');
      if (!program) throw new Error(`font ${base} is not embedded (no FontFile2/FontFile3)`);
      if (pdf.data(program).length === 0) throw new Error(`font ${base}: an empty font program`);
      if (nameOf(df.get('Subtype')) === 'CIDFontType2' && !df.has('CIDToGIDMap')) throw new Error(`font ${base}: no CIDToGIDMap`);
    }
    if (subtype === 'Type0' && !d.has('ToUnicode')) throw new Error(`font ${base}: no ToUnicode`);
  }

  // no text shows the .notdef glyph (ISO 19005-3 6.2.11.8): every font is Identity-H, so every
  // string in a text-showing operator is two-byte glyph ids, and 0000 is .notdef
  for (const p of pageObjects) {
    const page = p.value as PdfDict;
    const contents = page.get('Contents');
    for (const c of Array.isArray(contents) ? contents : [contents!]) {
      const ops = pdf.data(c).toString('latin1');
      for (const m of ops.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
        const hexes = m[1] !== undefined ? [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]!) : [m[2]!];
        for (const h of hexes)
          for (let k = 0; k < h.length; k += 4)
            if (h.slice(k, k + 4) === '0000') throw new Error(`page object ${p.num} shows the .notdef glyph`);
      }
      if (/\(([^)]*)\)\s*Tj/.test(ops)) throw new Error(`page object ${p.num}: a literal string shown (a simple font?)`);
    }
  }

  // tagged: MarkInfo, a structure tree, a language, the title shown
  const markInfo = pdf.dict(root.get('MarkInfo'));
  if (markInfo.get('Marked') !== true) throw new Error('not /MarkInfo << /Marked true >>');
  const tree = pdf.dict(root.get('StructTreeRoot'));
  if (nameOf(tree.get('Type')) !== 'StructTreeRoot') throw new Error('no StructTreeRoot');
  if (!tree.has('ParentTree')) throw new Error('the StructTreeRoot has no ParentTree');
  const structure: string[] = [];
  const visit = (v: PdfValue | undefined, depth: number) => {
    const k = pdf.get(v);
    if (Array.isArray(k)) return k.forEach((x) => visit(x, depth));
    if (!(k instanceof Map) || !k.has('S')) return; // an MCID or an MCR
    if (depth > 64) throw new Error('the structure tree is too deep (a cycle?)');
    const elLang = textOf(k.get('Lang'));
    structure.push(`${nameOf(k.get('S'))!}${elLang ? `[${elLang}]` : ''}`);
    visit(k.get('K'), depth + 1);
  };
  visit(tree.get('K'), 0);
  if (structure[0] !== 'Document') throw new Error(`the structure tree starts with ${structure[0]}, not Document`);
  for (const p of pageObjects) {
    const page = p.value as PdfDict;
    if (nameOf(page.get('Tabs')) !== 'S') throw new Error('a page without /Tabs /S');
  }
  const lang = textOf(root.get('Lang'));
  if (!lang) throw new Error('no /Lang');
  if (pdf.dict(root.get('ViewerPreferences')).get('DisplayDocTitle') !== true) throw new Error('no DisplayDocTitle');
  if (!info.Title) throw new Error('no Title');

  // associated files (ISO 19005-3 6.8): a file specification with F, UF, AFRelationship and an
  // embedded file with its MIME type and modification date, listed in the catalog's /AF
  const af = pdf.get(root.get('AF'));
  const afNums = new Set(Array.isArray(af) ? af.map((r) => (r instanceof Ref ? r.num : -1)) : []);
  const attachments: ArchivalReport['attachments'] = [];
  for (const o of pdf.objects.values()) {
    const d = o.value;
    if (!(d instanceof Map)) continue;
    const type = nameOf(d.get('Type'));
    if (type === 'EmbeddedFile') {
      if (!d.has('Subtype')) throw new Error(`embedded file ${o.num} has no MIME type (/Subtype)`);
      if (!pdf.dict(d.get('Params')).has('ModDate')) throw new Error(`embedded file ${o.num} has no /Params /ModDate`);
    }
    if (type !== 'Filespec') continue;
    const name = textOf(d.get('UF'));
    if (!name || !textOf(d.get('F'))) throw new Error(`file specification ${o.num} lacks /F or /UF`);
    const rel = nameOf(d.get('AFRelationship'));
    if (!rel || !['Source', 'Data', 'Alternative', 'Supplement', 'Unspecified'].includes(rel))
      throw new Error(`file specification ${name} has no valid /AFRelationship`);
    if (!afNums.has(o.num)) throw new Error(`file specification ${name} is not in the catalog's /AF`);
    const ef = pdf.dict(d.get('EF')).get('F');
    const efd = pdf.dict(ef);
    attachments.push({ name, relationship: rel, mime: nameOf(efd.get('Subtype'))!, data: pdf.data(ef) });
  }
  for (const forbidden of ['JavaScript', 'AA', 'OpenAction']) {
    if (root.has(forbidden)) throw new Error(`the catalog has /${forbidden}`);
  }
  const names = root.has('Names') ? pdf.dict(root.get('Names')) : new Map();
  if (names.has('JavaScript')) throw new Error('the document has JavaScript');

  return { version: pdf.version, pages: kids.length, xmp, info, lang, fonts, structure, attachments };
}
