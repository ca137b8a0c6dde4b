// Writing an exported file: a temp file beside the target, then a rename, so a crash or a
// full disk never leaves half a PDF under the owner's chosen name.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/domain/format';
import type { Dialogs } from '../core/dialogs';
import { dialogText, fileFilter, type DialogPurpose, type FilterKind } from '../dialog-text';

export function writeFileAtomically(path: string, bytes: Uint8Array, opts: { replace: boolean }): void {
  if (!opts.replace && existsSync(path))
    throw new AppError('CONFLICT', `${path} already exists; it was not replaced`, { details: { path } });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('IO', `Could not write ${path}: ${(e as Error).message}`, { details: { path } });
  }
}

/** A file name without characters that Windows, macOS or Linux refuse. Keeps ğ ş ı ə. */
export function safeFileName(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 180) || 'report'
  );
}

/**
 * The save dialog in the owner's language with a safe default name, then the file written via a
 * temp file; the saved path, or null when the owner cancelled. The OS dialog has already asked
 * before returning an existing file's path, so that file is replaced.
 */
export async function saveFileAs(
  dialogs: Dialogs,
  o: { lang: Language; purpose: DialogPurpose; name: string; filter: FilterKind; extension: string; bytes: Uint8Array },
): Promise<string | null> {
  const path = await dialogs.chooseSavePath({
    ...dialogText(o.lang, o.purpose),
    defaultName: `${safeFileName(o.name)}.${o.extension}`,
    filters: [fileFilter(o.lang, o.filter, [o.extension])],
  });
  if (!path) return null;
  writeFileAtomically(path, o.bytes, { replace: true });
  return path;
}
