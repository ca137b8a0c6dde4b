// The bytes of a CSV file as text: which encoding it is in (a byte order mark, valid UTF-8, or
// a single-byte Turkish code page) and whether it decodes cleanly, then its rows. iconv-lite decodes; chardet
// only names a likely encoding when the file is not one the import reads.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { csvDelimiters, csvEncodings, type CsvDelimiter, type CsvEncoding } from '../../shared/domain/csv-import';

export interface DecodeProblem {
  /** `replacement`: bytes that do not decode in this encoding; `unsupported`: a code page the import does not read */
  reason: 'replacement' | 'unsupported';
  /** how many characters could not be read */
  count: number;
  /** the spreadsheet row (1 = header) of the first one */
  row: number;
  /** the encoding the file is most likely in, as chardet or the rules below name it; null when unknown */
  likely: string | null;
}

export interface Decoded {
  text: string;
  encoding: CsvEncoding;
  bom: boolean;
  problem: DecodeProblem | null;
}

/** The letters Windows-1254 has where Windows-1252 and ISO-8859-1 have Ð Ý Þ ð ý þ. */
const TURKISH_ONLY = /[ğĞşŞıİ]/;
/** Code pages chardet may name that are certainly not Turkish or Western text. */
const FOREIGN = /^(windows-125[1356]|KOI8-R|ISO-8859-[5678]|Shift_JIS|EUC-JP|EUC-KR|GB18030|Big5|ISO-2022-)/i;

function bomOf(bytes: Uint8Array): { encoding: CsvEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The rule for files without a byte order mark: valid UTF-8 is UTF-8. Anything else is a
 * single-byte file. Detectors cannot tell Windows-1254 from Windows-1252 or ISO-8859-1 (they
 * differ only in six letters), so the Turkish code page is preferred whenever the bytes decode
 * to ğ ş ı İ in it, and also when the detector names a Western code page (the two then decode
 * the same). A file the detector names as Cyrillic, Greek, Arabic, Hebrew or East Asian is not
 * read as Turkish unless it has Turkish letters and its words are mostly ASCII letters, as
 * Turkish words are (Cyrillic in 1254 reads "Ïåòğîâ"): it is refused with that name. ISO-8859-9 is never guessed: it decodes like
 * Windows-1254 but has no € or „ (0x80–0x9F), which Excel writes.
 */
export function detectEncoding(bytes: Uint8Array): { encoding: CsvEncoding; bom: boolean; foreign: string | null } {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom.encoding, bom: true, foreign: null };
  if (isUtf8(bytes)) return { encoding: 'utf-8', bom: false, foreign: null };
  const text = iconv.decode(Buffer.from(bytes), 'windows-1254');
  const guess = chardet.detect(bytes);
  // Cyrillic read as 1254 shows ğ too (р is 0xF0), but words then are mostly non-ASCII letters
  const ascii = text.match(/[A-Za-z]/g)?.length ?? 0;
  const other = text.match(/[^\u0000-\u007F\s\d\p{P}\p{S}]/gu)?.length ?? 0;
  const mostlyForeign = other > ascii;
  if (guess && FOREIGN.test(guess) && (mostlyForeign || !TURKISH_ONLY.test(text)))
    return { encoding: 'windows-1254', bom: false, foreign: guess };
  return { encoding: 'windows-1254', bom: false, foreign: null };
}

/** A likely encoding to name when decoding failed: the rules above, else chardet's guess. */
function likelyEncoding(bytes: Uint8Array, tried: CsvEncoding): string | null {
  const d = detectEncoding(bytes);
  if (d.foreign) return d.foreign;
  if (d.encoding !== tried) return d.encoding;
  const guess = chardet.detect(bytes);
  return guess && guess.toLowerCase() !== tried ? guess : null;
}

/** The file decoded in `encoding` (detected when not given), with what could not be read. */
export function decodeCsv(bytes: Uint8Array, encoding?: CsvEncoding): Decoded {
  const detected = detectEncoding(bytes);
  const chosen = encoding ?? detected.encoding;
  const bom = bomOf(bytes);
  const ownBom = bom !== null && bom.encoding === chosen;
  const body = Buffer.from(bytes.subarray(ownBom ? bom.length : 0));
  const text = iconv.decode(body, chosen, { stripBOM: true });
  let problem: DecodeProblem | null = null;
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  if (bad > 0) {
    const row = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    problem = { reason: 'replacement', count: bad, row, likely: likelyEncoding(bytes, chosen) };
  } else if (!encoding && detected.foreign) {
    problem = { reason: 'unsupported', count: 0, row: 1, likely: detected.foreign };
  }
  return { text, encoding: chosen, bom: ownBom, problem };
}

/** An encoding named on the command line (`utf8`, `UTF-16LE`, `cp1254`, `latin5`…), or null. */
export function encodingNamed(name: string): CsvEncoding | null {
  const n = name.toLowerCase().replace(/[_\s]/g, '-');
  const aliases: Record<string, CsvEncoding> = {
    utf8: 'utf-8',
    'utf-8-bom': 'utf-8',
    utf16le: 'utf-16le',
    utf16be: 'utf-16be',
    cp1254: 'windows-1254',
    'win-1254': 'windows-1254',
    latin5: 'iso-8859-9',
    'iso8859-9': 'iso-8859-9',
  };
  return (csvEncodings as readonly string[]).includes(n) ? (n as CsvEncoding) : (aliases[n] ?? null);
}

/** Rows of a decoded file; the delimiter is papaparse's guess among `,` `;` tab unless given. */
export function parseCsv(
  content: string,
  delimiter?: CsvDelimiter,
): {
  headers: string[];
  rows: string[][];
  /** each row's number as the spreadsheet shows it (the header is row 1; blank rows count, a quoted line break does not) */
  rowNumbers: number[];
  malformed: Map<number, string>;
  delimiter: CsvDelimiter;
} {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  // `sep=;` on the first line names the delimiter for Excel, which hides that line: so do we
  const sep = /^sep=([,;\t])[^\S\r\n]*(?:\r\n|\r|\n)/i.exec(text);
  const body = sep ? text.slice(sep[0].length) : text;
  if (sep && !delimiter) delimiter = sep[1] as CsvDelimiter;
  // blank rows are dropped here, not by papaparse, so every row keeps the number Excel shows it
  // under: `;;;;` between two rows is row 3 of the sheet, and the row after it row 4
  // papaparse guesses the delimiter well only with blank rows skipped: guess on the first rows so
  const guessed =
    delimiter ??
    Papa.parse<string[]>(body, { preview: 50, skipEmptyLines: 'greedy', delimiter: '', delimitersToGuess: [...csvDelimiters] })
      .meta.delimiter;
  const result = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: guessed });
  const blank = (r: string[]) => r.every((c) => c.trim() === '');
  const records = result.data.map((cells, i) => ({ cells, i })).filter((r) => !blank(r.cells));
  const [header, ...data] = records;
  const headers = header?.cells ?? [];
  const position = new Map(data.map((r, k) => [r.i, k]));
  const malformed = new Map<number, string>();
  for (const e of result.errors) {
    const k = e.row === undefined ? undefined : position.get(e.row);
    if (k !== undefined && e.code !== 'UndetectableDelimiter') malformed.set(k, e.code);
  }
  const used = (csvDelimiters as readonly string[]).includes(result.meta.delimiter) ? result.meta.delimiter : ',';
  return {
    headers: headers.map((h) => h.trim()),
    rows: data.map((r) => r.cells),
    rowNumbers: data.map((r) => r.i + 1),
    malformed,
    delimiter: used as CsvDelimiter,
  };
}

/** How to read a file: each one detected when not given. */
export interface ReadOptions {
  encoding?: CsvEncoding | undefined;
  delimiter?: CsvDelimiter | undefined;
}

/** The English words of a decoding problem, for the CLI and the error's message. */
export function decodeProblemText(p: DecodeProblem, encoding: CsvEncoding): string {
  const likely = p.likely ? ` It looks like ${p.likely}.` : '';
  return p.reason === 'unsupported'
    ? `This file looks like ${p.likely ?? 'another encoding'}, which the import does not read; save it as "CSV UTF-8".`
    : `${p.count} characters cannot be read as ${encoding} (the first in row ${p.row}).${likely} Choose its encoding, or save it as "CSV UTF-8".`;
}
