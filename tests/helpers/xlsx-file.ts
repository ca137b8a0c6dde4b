// An .xlsx workbook built the way Excel writes one (a zip of XML parts: workbook, its relations,
// shared strings, styles with number formats, a sheet with merged cells and formulas), for
// import tests. No spreadsheet library is in the lockfile, so the zip is made here: deflated
// parts, CRC-32 from node:zlib, a central directory.
import { crc32, deflateRawSync } from 'node:zlib';

export function zip(parts: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell: text (a shared string), a number with a style (0 general, 1 a date, 2 #,##0.00 ₺), or a formula with its cached value. */
export type XCell = string | { n: number; s?: number } | { f: string; v: string | number; s?: number } | null;

/**
 * A workbook whose first sheet (named `sheetName`) holds `rows` from row `firstRow` on, with
 * `merges` (e.g. "A1:E1"). Style 1 is the built-in date format 14, style 2 a custom
 * `#,##0.00 "₺"`, style 3 a custom `dd.mm.yyyy`.
 */
export function xlsx(
  rows: XCell[][],
  opts: {
    sheetName?: string;
    merges?: string[];
    firstRow?: number;
    blankRowsAfter?: number;
    /** dates counted from 1904, as old Mac workbooks do */
    date1904?: boolean;
    /** every element of the sheet with a namespace prefix (`<x:row>`), as the OpenXML SDK writes */
    prefixed?: boolean;
  } = {},
): Buffer {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const si = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const col = (i: number) => (i >= 26 ? String.fromCharCode(64 + Math.floor(i / 26)) : '') + String.fromCharCode(65 + (i % 26));
  const first = opts.firstRow ?? 1;
  const xmlRows = rows.map((cells, r) => {
    const ref = (c: number) => `${col(c)}${r + first}`;
    const xs = cells
      .map((c, i) => {
        if (c === null) return `<c r="${ref(i)}" s="2"/>`; // a formatted but empty cell
        if (typeof c === 'string') return `<c r="${ref(i)}" t="s"><v>${si(c)}</v></c>`;
        if ('f' in c)
          return typeof c.v === 'string'
            ? `<c r="${ref(i)}" t="str"><f>${esc(c.f)}</f><v>${esc(c.v)}</v></c>`
            : `<c r="${ref(i)}" s="${c.s ?? 0}"><f>${esc(c.f)}</f><v>${c.v}</v></c>`;
        return `<c r="${ref(i)}" s="${c.s ?? 0}"><v>${c.n}</v></c>`;
      })
      .join('');
    return `<row r="${r + first}" spans="1:${cells.length}">${xs}</row>`;
  });
  // Excel keeps formatted empty rows below the data
  for (let k = 0; k < (opts.blankRowsAfter ?? 0); k++)
    xmlRows.push(`<row r="${rows.length + first + k}"><c r="A${rows.length + first + k}" s="2"/></row>`);
  const prefix = (xml: string) =>
    opts.prefixed ? xml.replace(/<(\/?)([a-zA-Z])/g, '<$1x:$2') : xml.replace('xmlns:x=', 'xmlns=');
  const merges = opts.merges?.length
    ? `<mergeCells count="${opts.merges.length}">${opts.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${ns} ${rel}>${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="${esc(opts.sheetName ?? 'Sayfa1')}" sheetId="1" r:id="rId1"/><sheet name="Notlar" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet ${ns}><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;₺&quot;"/><numFmt numFmtId="165" formatCode="dd\\.mm\\.yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((s) => `<si><t xml:space="preserve">${esc(s).replace(/\r/g, '_x000D_')}</t></si>`)
      .join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prefix(`<worksheet ${ns.replace('xmlns=', 'xmlns:x=')} ${rel}><dimension ref="A1"/><sheetData>${xmlRows.join('')}</sheetData>${merges}</worksheet>`)}`,
    'xl/worksheets/sheet2.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${ns}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>not this sheet</t></is></c></row></sheetData></worksheet>`,
  });
}
