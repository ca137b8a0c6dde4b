import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { openCopiesRoot } from '../../src/main/journal/open-copy';
import { createHash } from 'node:crypto';
import { createTempApp, type TempApp, newClient } from '../helpers/temp-db';
import { storeAttachment } from '../../src/main/journal/attachments';
import { attachmentPath } from '../../src/main/journal/chain';
import { dispatch } from '../../src/main/dispatch';

let app: TempApp;
let src: string;
let clientId: number;
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

beforeEach(() => {
  app = createTempApp({ deps: { attachmentMaxBytes: 1024 } });
  src = join(app.dir, 'incoming');
  mkdirSync(src);
  clientId = app.services.clients.create(newClient('Mehmet Kaya')).id;
});
afterEach(() => app.close());

const file = (name: string, content: string | Buffer) => {
  const p = join(src, name);
  writeFileSync(p, content);
  return p;
};

describe('attachments', () => {
  it('copies chosen files content-addressed, stores identical files once and shows the fingerprint', async () => {
    app.dialogs.queue.open.push([
      file('ses kaydı.txt', 'recording'),
      file('copy.txt', 'recording'),
      file('photo.png', 'png-bytes'),
    ]);
    const r = await app.services.journal.chooseAttachments();
    expect(r.refused).toEqual([]);
    expect(r.stored.map((a) => a.sha256)).toEqual([sha('recording'), sha('recording'), sha('png-bytes')]);
    expect(r.stored[0]).toEqual({
      sha256: sha('recording'),
      originalName: 'ses kaydı.txt',
      sizeBytes: 9,
      mediaType: 'text/plain',
    });
    expect(r.stored[2]!.mediaType).toBe('image/png');
    const dataDir = app.services.ctx.dataDir;
    expect(readFileSync(attachmentPath(dataDir, sha('recording')), 'utf8')).toBe('recording');
    const stored = readdirSync(join(dataDir, 'attachments'), { recursive: true }).filter((f) => /[0-9a-f]{64}$/.test(String(f)));
    expect(stored).toHaveLength(2);
    expect(readdirSync(join(dataDir, 'attachments', 'tmp'))).toEqual([]);

    const entry = app.services.journal.add({
      clientId,
      kind: 'incident_abuse',
      channel: 'phone',
      summary: 'Shouting on the phone',
      attachments: r.stored.slice(0, 1),
    });
    expect(entry.attachments).toEqual([r.stored[0]]);
    expect((await app.services.journal.verification.run(null)).ok).toBe(true);
  });

  it('never overwrites a stored file', async () => {
    const p = file('a.txt', 'original');
    const first = await storeAttachment(app.services.ctx.dataDir, p, 1024);
    expect(first).toMatchObject({ ok: true, isNew: true });
    const again = await storeAttachment(app.services.ctx.dataDir, p, 1024);
    expect(again).toMatchObject({ ok: true, isNew: false });
  });

  it('refuses files over the size limit with a reason and the limit', async () => {
    app.dialogs.queue.open.push([file('big.bin', Buffer.alloc(1025)), file('ok.bin', Buffer.alloc(1024))]);
    const r = await app.services.journal.chooseAttachments();
    expect(r.refused).toEqual([{ name: 'big.bin', reason: 'too_large' }]);
    expect(r.stored).toHaveLength(1);
    expect(r.maxBytes).toBe(1024);
  });

  it('refuses a 5 GB sparse file at once, at the default 100 MB limit, without reading it', async () => {
    const big = createTempApp();
    try {
      const path = join(big.dir, 'huge.iso');
      closeSync(openSync(path, 'w'));
      truncateSync(path, 5 * 1024 ** 3); // sparse: 5 GB long, no blocks written
      big.dialogs.queue.open.push([path]);
      const r = await big.services.journal.chooseAttachments();
      expect(r.refused).toEqual([{ name: 'huge.iso', reason: 'too_large' }]);
      expect(r.stored).toHaveLength(0);
      const stored = existsSync(join(big.services.ctx.dataDir, 'attachments'))
        ? readdirSync(join(big.services.ctx.dataDir, 'attachments'))
        : [];
      expect(stored.filter((d) => d !== 'tmp' && d !== '.tmp')).toEqual([]);
    } finally {
      big.close();
    }
  });

  it('refuses symlinks, FIFOs, devices and folders', async () => {
    const target = file('target.txt', 'secret');
    const link = join(src, 'link.txt');
    symlinkSync(target, link);
    const fifo = join(src, 'pipe');
    execFileSync('mkfifo', [fifo]);
    app.dialogs.queue.open.push([link, fifo, '/dev/zero', src, join(src, 'missing.txt')]);
    const r = await app.services.journal.chooseAttachments();
    expect(r.stored).toEqual([]);
    expect(r.refused.map((x) => x.reason)).toEqual(['symlink', 'not_a_file', 'not_a_file', 'not_a_file', 'unreadable']);
  });

  it('keeps a traversal or control-character name only as harmless metadata', async () => {
    const p = file('evil.txt', 'x');
    const r = await storeAttachment(app.services.ctx.dataDir, p, 1024);
    expect(r.ok).toBe(true);
    // a renderer that lies about the name cannot put a path into the record
    const e = app.services.journal.add({
      clientId,
      kind: 'note',
      channel: 'other',
      summary: 'n',
      attachments: [{ sha256: sha('x'), originalName: '../../etc/passwd' }],
    });
    expect(e.attachments[0]!.originalName).toBe('passwd');
    const e2 = app.services.journal.add({
      clientId,
      kind: 'note',
      channel: 'other',
      summary: 'n',
      attachments: [{ sha256: sha('x'), originalName: '..\\..\\\u202Egnp.exe' }],
    });
    expect(e2.attachments[0]!.originalName).toBe('gnp.exe');
    expect(existsSync(join(app.dir, 'etc'))).toBe(false);
  });

  it('refuses a file that grows while it is copied', async () => {
    const p = file('growing.log', 'start');
    // Grow the file right after it was opened and checked (as a logger appending to it would).
    const r = await storeAttachment(app.services.ctx.dataDir, p, 1024, { afterOpen: () => appendFileSync(p, ' and more') });
    expect(r).toEqual({ ok: false, name: 'growing.log', reason: 'changed_while_reading' });
  });

  it('refuses a fingerprint that is not in the store', async () => {
    const r = await dispatch(app.api, 'addJournalEntry', {
      clientId,
      kind: 'note',
      channel: 'other',
      summary: 'n',
      attachments: [{ sha256: 'a'.repeat(64), originalName: 'x' }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const bad = await dispatch(app.api, 'addJournalEntry', {
      clientId,
      kind: 'note',
      channel: 'other',
      summary: 'n',
      attachments: [{ sha256: '../../x', originalName: 'x' }],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('opens only attachments the journal references, resolved in main from the fingerprint', async () => {
    app.dialogs.queue.open.push([file('a.pdf', 'pdf')]);
    const { stored } = await app.services.journal.chooseAttachments();
    const r0 = await dispatch(app.api, 'openAttachment', { sha256: stored[0]!.sha256 });
    expect(r0).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    app.services.journal.add({ clientId, kind: 'note', channel: 'other', summary: 'n', attachments: stored });
    const r = await dispatch(app.api, 'openAttachment', { sha256: stored[0]!.sha256 });
    expect(r).toEqual({ ok: true, value: { opened: true } });
    // Not the stored evidence (named by its fingerprint, no extension) but a read-only copy
    // under the attached name, in a temporary folder.
    const copy = join(openCopiesRoot(), sha('pdf').slice(0, 16), 'a.pdf');
    expect(app.dialogs.opened).toEqual([copy]);
    expect(app.dialogs.opened[0]).not.toBe(attachmentPath(app.services.ctx.dataDir, sha('pdf')));
    expect(readFileSync(copy)).toEqual(readFileSync(attachmentPath(app.services.ctx.dataDir, sha('pdf'))));
    expect(statSync(copy).mode & 0o222).toBe(0);
    // Opening again reuses the copy; a copy changed meanwhile is replaced by the evidence.
    chmodSync(copy, 0o644);
    writeFileSync(copy, 'edited by a PDF reader');
    await dispatch(app.api, 'openAttachment', { sha256: stored[0]!.sha256 });
    expect(readFileSync(copy)).toEqual(readFileSync(attachmentPath(app.services.ctx.dataDir, sha('pdf'))));
    expect(statSync(copy).mode & 0o222).toBe(0);
    expect(app.dialogs.opened).toEqual([copy, copy]);
    chmodSync(copy, 0o644);
    rmSync(dirname(copy), { recursive: true, force: true });
    const path = await dispatch(app.api, 'openAttachment', { sha256: '/etc/passwd' });
    expect(path).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(app.dialogs.opened).toHaveLength(2);
  });
});
