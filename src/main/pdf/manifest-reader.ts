// Reads the dossier manifest back from a PDF written by the kit: the Info dictionary entry
// `/ClientDossierManifest n 0 R` points to an object holding one literal string of ASCII JSON.
import { parseManifest, type DossierManifest } from '../../shared/domain/dossier-manifest';

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

export function readDossierManifest(pdf: Buffer): DossierManifest | null {
  const s = pdf.toString('latin1');
  const ref = /\/ClientDossierManifest\s+(\d+)\s+0\s+R/.exec(s);
  if (!ref) return null;
  const marker = `${ref[1]} 0 obj`;
  const line = [`\n${marker}`, `\r${marker}`].map((m) => s.indexOf(m)).find((i) => i >= 0);
  if (line === undefined) return null;
  let start = line + marker.length + 1;
  while (/\s/.test(s[start] ?? '')) start++;
  const json = literalStringAt(s, start);
  return json === null ? null : parseManifest(json);
}
