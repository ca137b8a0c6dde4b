// "Open" on an attachment: the stored file is named by its fingerprint, without an extension,
// and must never be changed. The OS is handed a read-only copy in a temporary folder, under
// the name it was attached with (so the right program opens it); editing that copy cannot
// touch the evidence.
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

export const openCopiesRoot = () => join(tmpdir(), 'client-dossier-open');

/** The attached name, without characters that Windows, macOS or Linux refuse; keeps ğ ş ı ə. */
function cleanName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  if (cleaned.length <= 180) return cleaned || 'attachment';
  const ext = extname(cleaned).slice(0, 16);
  return cleaned.slice(0, 180 - ext.length) + ext;
}

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Copies the stored file to <root>/<fingerprint>/<original name>, read-only; returns its path. */
export function readOnlyCopy(stored: string, sha256: string, originalName: string, root = openCopiesRoot()): string {
  const dir = join(root, sha256.slice(0, 16));
  const dest = join(dir, cleanName(originalName));
  if (existsSync(dest)) {
    // Opened before: reuse it if it is still the same bytes, else replace it.
    if (sha256Of(dest) === sha256) {
      chmodSync(dest, 0o444);
      return dest;
    }
    chmodSync(dest, 0o600);
    rmSync(dest, { force: true });
  }
  mkdirSync(dir, { recursive: true });
  copyFileSync(stored, dest);
  chmodSync(dest, 0o444);
  return dest;
}
