// An Excel workbook (.xlsx, Office Open XML) read as the rows of its first sheet, for the import:
// what the owner sees in Excel — a formula's last computed value, a date cell as its date, a
// number without its display format — with each row's own number. A title row merged across
// the columns above the header is skipped, and a two-row header (a merged group cell above its
// columns) is read as one. No dependency: the zip is read here and inflated with node:zlib.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../shared/errors';

/** A file that starts like a zip archive (an .xlsx is one). */
export const isZip = (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50;
/** An Excel 97–2003 workbook (.xls, an OLE compound file): not read, the owner is told to save as .xlsx or CSV. */
export const isOldExcel = (b: Buffer) => b.length > 8 && b.readUInt32BE(0) === 0xd0cf11e0 && b.readUInt32BE(4) === 0xa1b11ae1;

const MAX_PART = 256 * 1024 * 1024;

function refused(reason: string, message: string): never {
  throw new AppError('VALIDATION', message, { details: { reason } });
}

/** Element names without a namespace prefix: some writers (the OpenXML SDK) spell `<x:row>` for `<row>`. */
const unprefixed = (xml: string) => xml.replace(/<(\/?)[A-Za-z][\w.-]*:(?=[A-Za-z])/g, '<$1');

/** The named parts of a zip archive, inflated on demand (stored or deflated; no zip64). */
function zipParts(b: Buffer): (name: string) => string | null {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--)
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) refused('xlsx', 'This Excel file is damaged or incomplete (no zip directory).');
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const entries = new Map<string, { method: number; size: number; offset: number }>();
  for (let n = 0; n < count && p + 46 <= b.length && b.readUInt32LE(p) === 0x02014b50; n++) {
    const method = b.readUInt16LE(p + 10);
    const size = b.readUInt32LE(p + 20);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const offset = b.readUInt32LE(p + 42);
    entries.set(b.toString('utf8', p + 46, p + 46 + nameLen), { method, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return (name) => {
    const e = entries.get(name);
    if (!e || e.offset + 30 > b.length) return null;
    const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
    const data = b.subarray(start, start + e.size);
    try {
      if (e.method === 0) return unprefixed(data.toString('utf8'));
      if (e.method === 8) return unprefixed(inflateRawSync(data, { maxOutputLength: MAX_PART }).toString('utf8'));
    } catch {
      refused('xlsx', 'This Excel file is damaged or incomplete (a part does not unpack).');
    }
    return refused('xlsx', 'This Excel file uses a compression the import does not read; save it as "CSV UTF-8".');
  };
}

/** XML text with its entities and OOXML's `_xHHHH_` escapes (e.g. `_x000D_` for a carriage return) decoded. */
function xmlText(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&(#x[0-9A-Fa-f]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e as 'lt'];
    });
}

/** One attribute of a start tag (`r`, `r:id`, `numFmtId`…), undecoded. */
function attr(tag: string, name: string): string | undefined {
  for (const m of tag.matchAll(/\s([\w:]+)="([^"]*)"/g)) if (m[1] === name) return m[2];
  return undefined;
}
/** The visible text of a string item: its `<t>` runs, without phonetic guides (`<rPh>`). */
const runs = (si: string) =>
  // eslint-disable-next-line security/detect-unsafe-regex -- no nested repetition: linear time
  [...si.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g)]
    .map((m) => xmlText(m[1] ?? ''))
    .join('');

/** Column letters (A, Z, AA…) of a cell reference, as a 0-based index. */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
const rowOf = (ref: string) => Number(/\d+$/.exec(ref)?.[0] ?? 0);

/** Which cell styles show a date (built-in formats 14–22, 45–47, or a custom format with d, m or y outside quotes). */
function dateStyles(styles: string | null): Set<number> {
  const out = new Set<number>();
  if (!styles) return out;
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\s[^>]*>/g))
    custom.set(Number(attr(m[0], 'numFmtId')), xmlText(attr(m[0], 'formatCode') ?? ''));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  let i = 0;
  for (const m of xfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    const code = (custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || /[dy]/i.test(code) || /(^|[^h:])m+([^:s]|$)/i.test(code)) out.add(i);
    i++;
  }
  return out;
}

/** A number as the owner would type it: float noise removed, the language's decimal mark, no grouping. */
function numberText(v: string, decimalMark: '.' | ','): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  const s = String(Number(n.toPrecision(15)));
  return /e/i.test(s) ? s : s.replace('.', decimalMark);
}

/** An Excel serial day as YYYY-MM-DD (the 1900 system, or 1904 as old Mac workbooks count); a time of day is dropped. */
const serialDate = (v: number, from1904: boolean) =>
  new Date(Date.UTC(1899, 11, 30) + (Math.floor(v) + (from1904 ? 1462 : 0)) * 86_400_000).toISOString().slice(0, 10);

export interface XlsxRows {
  sheetName: string;
  headers: string[];
  rows: string[][];
  /** each data row's number in Excel */
  rowNumbers: number[];
}

/** The first worksheet's rows: header, data rows with their Excel row numbers. Throws a VALIDATION AppError for a file it cannot read. */
export function readXlsx(bytes: Buffer, decimalMark: '.' | ','): XlsxRows {
  const part = zipParts(bytes);
  const workbook = part('xl/workbook.xml');
  if (!workbook) refused('xlsx', 'This zip file is not an Excel workbook (.xlsx).');
  const firstSheet = /<sheet\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const workbookPr = /<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const from1904 = ['1', 'true'].includes(attr(workbookPr, 'date1904') ?? '');
  const sheetName = xmlText(attr(firstSheet, 'name') ?? '');
  const relId = attr(firstSheet, 'r:id');
  const rels = part('xl/_rels/workbook.xml.rels') ?? '';
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => attr(r, 'Id') === relId);
  const target = rel ? (attr(rel, 'Target') ?? '') : 'worksheets/sheet1.xml';
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const sheet = part(sheetPath);
  if (!sheet) refused('xlsx', 'This Excel file has no worksheet the import can read.');
  const shared = [...(part('xl/sharedStrings.xml') ?? '').matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\s*\/>/g)].map((m) =>
    runs(m[1] ?? ''),
  );
  const dates = dateStyles(part('xl/styles.xml'));

  /** A cell's value as Excel shows it: the text, a formula's cached result, a date cell's date, a number. */
  const cellValue = (type: string, body: string, style: number): string => {
    if (type === 'inlineStr') return runs(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    if (v === undefined) return '';
    if (type === 's') return shared[Number(v)] ?? '';
    if (type === 'str' || type === 'e') return xmlText(v);
    if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
    if (type === 'd') return xmlText(v).slice(0, 10);
    if (dates.has(style) && Number.isFinite(Number(v))) return serialDate(Number(v), from1904);
    return numberText(v, decimalMark);
  };
  const byRow = new Map<number, string[]>();
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(sheet)?.[1] ?? '';
  let implicitRow = 0;
  for (const r of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNo = Number(attr(r[1] ?? '', 'r') ?? implicitRow + 1);
    implicitRow = rowNo;
    const cells: string[] = [];
    let implicitCol = -1;
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const head = c[1] ?? '';
      const ref = attr(head, 'r');
      const col = ref ? columnOf(ref) : implicitCol + 1;
      implicitCol = col;
      cells[col] = cellValue(attr(head, 't') ?? 'n', c[2] ?? '', Number(attr(head, 's') ?? 0));
    }
    byRow.set(
      rowNo,
      Array.from(cells, (x) => x ?? ''),
    );
  }

  const merges = [...sheet.matchAll(/<mergeCell\b[^>]*ref="([A-Z]+\d+):([A-Z]+\d+)"/g)].map((m) => ({
    r1: rowOf(m[1]!),
    c1: columnOf(m[1]!),
    r2: rowOf(m[2]!),
    c2: columnOf(m[2]!),
  }));
  const filled = (cells: string[] | undefined) => (cells ?? []).filter((x) => x.trim() !== '').length;
  const numbers = [...byRow.keys()].sort((a, b) => a - b).filter((n) => filled(byRow.get(n)) > 0);
  // a title above the header: one value in a cell merged across several columns
  let h = 0;
  while (h < numbers.length - 1) {
    const cells = byRow.get(numbers[h]!)!;
    const col = cells.findIndex((x) => x.trim() !== '');
    const title = filled(cells) === 1 && merges.some((m) => m.r1 === numbers[h] && m.c1 === col && m.c2 > m.c1);
    if (!title) break;
    h++;
  }
  if (h >= numbers.length) return { sheetName, headers: [], rows: [], rowNumbers: [] };
  const headerRow = numbers[h]!;
  let headers = [...byRow.get(headerRow)!];
  let firstData = h + 1;
  // a two-row header: a group cell merged across columns (or down two rows) with the columns' names below it
  const below = byRow.get(headerRow + 1);
  if (below && numbers[h + 1] === headerRow + 1 && merges.some((m) => m.r1 === headerRow && (m.c2 > m.c1 || m.r2 > m.r1))) {
    const width = Math.max(headers.length, below.length);
    headers = Array.from({ length: width }, (_, i) => {
      const under = (below[i] ?? '').trim();
      if (under) return under;
      const m = merges.find((g) => g.r1 === headerRow && g.c1 <= i && i <= g.c2);
      return (headers[m ? m.c1 : i] ?? '').trim();
    });
    firstData = h + 2;
  }
  const dataRows = numbers.slice(firstData);
  return {
    sheetName,
    headers: headers.map((x) => x.trim()),
    rows: dataRows.map((n) => byRow.get(n)!),
    rowNumbers: dataRows,
  };
}
