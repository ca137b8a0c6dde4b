// Writing an exported file: a temp file beside the target, then a rename, so a crash or a
// full disk never leaves half a PDF under the owner's chosen name.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors';

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
