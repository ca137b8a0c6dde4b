// Reads the dossier manifest (or a journal receipt) back from a PDF written by the kit: the Info
// dictionary entry `/ClientDossierManifest n 0 R` (or `/ClientDossierReceipt`) points to an
// object holding one literal string of ASCII JSON.
import { parseManifest, type DossierManifest } from '../../shared/domain/dossier-manifest';
import { parseReceipt, type JournalReceipt } from '../../shared/domain/journal-receipt';

const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

function literalStringAt(s: string, start: number): string | null {
  if (s[start] !== '(') return null;
  let out = '';
  let depth = 1;
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      const n = s[++i] ?? '';
      out += escapes[n] ?? n;
    } else if (c === '(') {
      depth++;
      out += c;
    } else if (c === ')') {
      if (--depth === 0) return out;
      out += c;
    } else out += c;
  }
  return null;
}

/** The literal string an Info dictionary key of this PDF points to, or null. */
export function readInfoString(pdf: Buffer, key: string): string | null {
  const s = pdf.toString('latin1');
  // eslint-disable-next-line security/detect-non-literal-regexp -- key is one of our own ASCII names
  const ref = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(s);
  if (!ref) return null;
  const marker = `${ref[1]} 0 obj`;
  const line = [`\n${marker}`, `\r${marker}`].map((m) => s.indexOf(m)).find((i) => i >= 0);
  if (line === undefined) return null;
  let start = line + marker.length + 1;
  while (/\s/.test(s[start] ?? '')) start++;
  return literalStringAt(s, start);
}

export function readDossierManifest(pdf: Buffer): DossierManifest | null {
  const json = readInfoString(pdf, 'ClientDossierManifest');
  return json === null ? null : parseManifest(json);
}

export function readReceiptPdf(pdf: Buffer): JournalReceipt | null {
  const json = readInfoString(pdf, 'ClientDossierReceipt');
  return json === null ? null : parseReceipt(json);
}
