// Attachments are evidence: copied into the data folder under their SHA-256 (identical files
// stored once), never overwritten, never followed through a link, never read from a device.
import { createHash, randomBytes } from 'node:crypto';
import { constants, existsSync, lstatSync, mkdirSync } from 'node:fs';
import { link, lstat, open, readFile, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { AttachmentRefusal, JournalAttachment } from '../../shared/contract/journal';
import { mediaTypeOf, sanitiseFileName } from '../../shared/domain/journal-entry';
import { AppError } from '../../shared/errors';
import { attachmentPath } from './chain';

export const DEFAULT_ATTACHMENT_MAX_BYTES = 100 * 1024 * 1024;
const CHUNK = 1024 * 1024;

export type StoreResult =
  { ok: true; attachment: JournalAttachment; isNew: boolean } | { ok: false; name: string; reason: AttachmentRefusal };

class Refused extends Error {
  constructor(readonly reason: AttachmentRefusal) {
    super(reason);
  }
}

/**
 * Copies one file into the store. lstat first (no links, only regular files), then open with
 * O_NOFOLLOW|O_NONBLOCK and check the opened file is the one we looked at; the size is
 * re-checked while streaming, so a file that grows (or is swapped) is refused.
 */
export async function storeAttachment(
  dataDir: string,
  sourcePath: string,
  maxBytes: number,
  /** test seam: runs once the file is open and checked, before it is read */
  hooks: { afterOpen?: () => void } = {},
): Promise<StoreResult> {
  const name = sanitiseFileName(basename(sourcePath));
  const tmpDir = join(dataDir, 'attachments', 'tmp');
  const tmp = join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}`);
  let isTmpWritten = false;
  try {
    const seen = await lstat(sourcePath).catch(() => {
      throw new Refused('unreadable');
    });
    if (seen.isSymbolicLink()) throw new Refused('symlink');
    if (!seen.isFile()) throw new Refused('not_a_file');
    if (seen.size > maxBytes) throw new Refused('too_large');

    const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
    const src = await open(sourcePath, flags).catch((e: NodeJS.ErrnoException) => {
      throw new Refused(e.code === 'ELOOP' ? 'symlink' : 'unreadable');
    });
    try {
      const st = await src.stat();
      if (!st.isFile()) throw new Refused('not_a_file');
      if (st.ino !== seen.ino || st.dev !== seen.dev) throw new Refused('changed_while_reading');
      if (st.size > maxBytes) throw new Refused('too_large');
      hooks.afterOpen?.();
      mkdirSync(tmpDir, { recursive: true });
      const out = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      isTmpWritten = true;
      const hash = createHash('sha256');
      let total = 0;
      try {
        const buf = Buffer.allocUnsafe(CHUNK);
        for (;;) {
          const { bytesRead } = await src.read(buf, 0, CHUNK, null);
          if (bytesRead === 0) break;
          total += bytesRead;
          if (total > maxBytes) throw new Refused('too_large');
          if (total > st.size) throw new Refused('changed_while_reading');
          hash.update(buf.subarray(0, bytesRead));
          await out.write(buf, 0, bytesRead);
        }
        await out.sync();
      } finally {
        await out.close();
      }
      if (total !== st.size || (await src.stat()).size !== st.size) throw new Refused('changed_while_reading');
      const sha256 = hash.digest('hex');
      const target = attachmentPath(dataDir, sha256);
      mkdirSync(dirname(target), { recursive: true });
      // link() never replaces an existing file: the first copy of a fingerprint stays forever.
      const isNew = await link(tmp, target).then(
        () => true,
        (e: NodeJS.ErrnoException) => {
          if (e.code === 'EEXIST') return false;
          throw e;
        },
      );
      return { ok: true, isNew, attachment: { sha256, originalName: name, sizeBytes: total, mediaType: mediaTypeOf(name) } };
    } finally {
      await src.close();
    }
  } catch (e) {
    if (e instanceof Refused) return { ok: false, name, reason: e.reason };
    throw new AppError('IO', `Could not copy the attachment ${name}: ${(e as Error).message}`);
  } finally {
    if (isTmpWritten) await unlink(tmp).catch(() => undefined);
  }
}

/**
 * Stores bytes that came without a path (a file dropped on the journal) exactly as a chosen file
 * is stored: written to a temporary file, fingerprinted, linked in place, never overwriting.
 */
export async function storeAttachmentBytes(
  dataDir: string,
  fileName: string,
  bytes: Uint8Array,
  maxBytes: number,
): Promise<StoreResult> {
  const name = sanitiseFileName(fileName);
  if (bytes.byteLength > maxBytes) return { ok: false, name, reason: 'too_large' };
  const tmpDir = join(dataDir, 'attachments', 'tmp');
  const tmp = join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}`);
  mkdirSync(tmpDir, { recursive: true });
  try {
    await writeFile(tmp, bytes, { mode: 0o600, flag: 'wx', flush: true });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = attachmentPath(dataDir, sha256);
    mkdirSync(dirname(target), { recursive: true });
    const isNew = await link(tmp, target).then(
      () => true,
      (e: NodeJS.ErrnoException) => {
        if (e.code === 'EEXIST') return false;
        throw e;
      },
    );
    return { ok: true, isNew, attachment: { sha256, originalName: name, sizeBytes: bytes.byteLength, mediaType: mediaTypeOf(name) } };
  } catch (e) {
    throw new AppError('IO', `Could not store the file ${name}: ${(e as Error).message}`);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

/** The bytes of a stored attachment (what its fingerprint names). */
export async function readStoredAttachment(dataDir: string, sha256: string): Promise<Buffer> {
  return readFile(storedAttachmentFile(dataDir, sha256).path);
}

/** A stored attachment's location, only if it is really there as a regular file. */
export function storedAttachmentFile(dataDir: string, sha256: string): { path: string; sizeBytes: number } {
  const path = attachmentPath(dataDir, sha256);
  const st = existsSync(path) ? lstatSync(path) : null;
  if (!st || !st.isFile())
    throw new AppError('NOT_FOUND', `The attachment ${sha256.slice(0, 12)}… is missing from the data folder.`, {
      details: { sha256 },
    });
  return { path, sizeBytes: st.size };
}
