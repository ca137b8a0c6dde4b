// Trusted timestamps on journal receipts (issue 19 item 3), against a real RFC 3161 authority on
// loopback (openssl ts -reply behind node:http, a throw-away CA and TSA certificate per run):
// the token kept in the JSON and embedded in the PDF, checked offline; a receipt changed by one
// byte; the network down, the request queued and retried; and tampering after a timestamped receipt.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { runCli } from '../../src/main/cli';
import { appendJournalEntries, chainHash, rowToChainEntry, type StoredRow } from '../../src/main/journal/chain';
import { readReceiptPdf } from '../../src/main/pdf/manifest-reader';
import { verifyTimestamp } from '../../src/main/reports/timestamp';
import { parseReceipt, receiptIdInput } from '../../src/shared/domain/journal-receipt';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';
import { openPdf, pdfText, seedDossierClient } from '../helpers/report-fixtures';
import { startLoopbackTsa, type LoopbackTsa } from '../helpers/tsa';

let tsa: LoopbackTsa;
beforeAll(async () => {
  tsa = await startLoopbackTsa();
}, 60_000);
afterAll(async () => {
  await tsa?.close();
});
const apps: TempApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const signer = 'CN=Test TSA, O=Loopback Timestamping Test, C=TR';

async function setup() {
  const app = createTempApp();
  apps.push(app);
  const { client } = await seedDossierClient(app, { extra: 3 });
  const other = app.services.clients.create(newClient('Leyla Əliyeva')).id;
  appendJournalEntries(
    app.services.ctx,
    ['bir', 'iki'].map((summary) => ({
      clientId: other,
      kind: 'call' as const,
      channel: 'phone' as const,
      occurredAt: '2026-11-20T09:00:00.000Z',
      summary,
    })),
  );
  return { app, a: client.id, db: app.database.path };
}

/** From outside, on the file: change an entry, recompute every later hash and the head. */
function rewriteAndRecompute(path: string, clientId: number, seq: number, summary: string) {
  const raw = new Database(path);
  raw.exec('DROP TRIGGER journal_entries_no_update; DROP TRIGGER journal_heads_forward_only;');
  raw.prepare('UPDATE journal_entries SET summary = ? WHERE client_id = ? AND seq = ?').run(summary, clientId, seq);
  const rows = raw.prepare('SELECT * FROM journal_entries WHERE client_id = ? ORDER BY seq').all(clientId) as StoredRow[];
  let prev = rows.find((r) => r.seq === seq)!.prev_hash;
  for (const r of rows.filter((r) => r.seq >= seq)) {
    const hash = chainHash(prev, rowToChainEntry(r, []));
    raw.prepare('UPDATE journal_entries SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, r.id);
    prev = hash;
  }
  raw.prepare('UPDATE journal_heads SET hash = ? WHERE client_id = ?').run(prev, clientId);
  raw.close();
}

/** The one embedded file stream of a PDF (pdfkit writes it Flate-compressed), decoded. */
function embeddedFile(pdf: Buffer): Buffer {
  const s = pdf.toString('latin1');
  const at = s.indexOf('/Type /EmbeddedFile');
  const dictStart = s.lastIndexOf(' obj', at);
  const start = s.indexOf('stream', at) + 'stream'.length;
  const body = pdf.subarray(start + (s[start] === '\r' ? 2 : 1), s.indexOf('endstream', start));
  const raw = s.slice(dictStart, at + 400).includes('/FlateDecode') ? inflateSync(body, { finishFlush: 2 }) : body;
  return Buffer.from(raw);
}

describe('a timestamped journal receipt', () => {
  it('keeps the token in its JSON and verifies offline: imprint, signer named, time shown', async () => {
    const { app, db } = await setup();
    const out = join(app.dir, 'receipt.json');
    const before = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000).toISOString();
    const made = await cli('receipt', '--db', db, '--out', out, '--tsa', tsa.url);
    expect(made.code, made.out).toBe(0);
    expect(made.out).toContain(`timestamped by ${signer} at `);
    const r = parseReceipt(readFileSync(out, 'utf8'))!;
    expect(r.timestamp).toMatchObject({ authority: tsa.url, nonce: expect.stringMatching(/^[0-9a-f]{16}$/) });
    // the token stamps the SHA-256 of the receipt's canonical JSON, which is its id
    const digest = createHash('sha256').update(receiptIdInput(r), 'utf8').digest('hex');
    expect(digest).toBe(r.receiptId);
    const c = verifyTimestamp(Buffer.from(r.timestamp!.token, 'base64'), digest, r.timestamp!.nonce);
    expect(c).toMatchObject({ ok: true, imprint: digest, signer });
    expect(c.genTime! >= before).toBe(true);

    const v = await cli('verify', '--db', db, '--against', out);
    expect(v.code, v.out).toBe(0);
    expect(v.out).toContain(`timestamped by ${signer} at ${c.genTime}, verified`);
    expect(v.out).toContain('matches: the live journal contains exactly the receipt');

    // the app's list of receipts made says the same
    const item = app.services.receipts.list().receipts[0]!;
    expect(item.timestamp).toMatchObject({ state: 'stamped', ok: true, signer, genTime: c.genTime });
  });

  it('in the PDF: a printed summary, the JSON with the token, and the token as an attached file', async () => {
    const { app, db } = await setup();
    const out = join(app.dir, 'receipt.pdf');
    expect((await cli('receipt', '--db', db, '--out', out, '--tsa', tsa.url)).code).toBe(0);
    const bytes = readFileSync(out);
    const r = readReceiptPdf(bytes)!;
    const c = verifyTimestamp(Buffer.from(r.timestamp!.token, 'base64'), r.receiptId, r.timestamp!.nonce);
    expect(c.ok).toBe(true);
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Trusted timestamp (RFC 3161)');
    expect(text).toContain(signer);
    expect(text).toContain(c.genTime!);
    expect(text).toContain(c.serial!);
    expect(text.replace(/\s+/g, '')).toContain(`sha256${r.receiptId}`);
    expect(text).toContain('Verified: the digest is this receipt’s id');
    // the file attachment: listed by a PDF reader under its name, and its bytes are the token
    const { task, doc } = await openPdf(bytes);
    try {
      const att = (await doc.getAttachments()) as unknown;
      const files = (att instanceof Map ? [...att.values()] : Object.values(att ?? {})) as { filename: string }[];
      expect(files.map((f) => f.filename)).toEqual(['receipt-timestamp.tst']);
    } finally {
      await task.destroy();
    }
    expect(embeddedFile(bytes).toString('base64')).toBe(r.timestamp!.token);
    const v = await cli('verify', '--db', db, '--against', out);
    expect(v.code).toBe(0);
    expect(v.out).toContain(`timestamped by ${signer}`);
  });

  it('changed by one byte (and its id recomputed to pass as a receipt) no longer matches its token', async () => {
    const { app, db } = await setup();
    const out = join(app.dir, 'receipt.json');
    expect((await cli('receipt', '--db', db, '--out', out, '--tsa', tsa.url)).code).toBe(0);
    const r = parseReceipt(readFileSync(out, 'utf8'))!;
    const name = r.chains[1]!.clientName;
    const edited = { ...r, chains: r.chains.map((c, i) => (i === 1 ? { ...c, clientName: `X${name.slice(1)}` } : c)) };
    edited.receiptId = createHash('sha256').update(receiptIdInput(edited), 'utf8').digest('hex');
    writeFileSync(out, JSON.stringify(edited, null, 2));
    const v = await cli('verify', '--db', db, '--against', out);
    expect(v.code).toBe(1);
    expect(v.out).toContain('TIMESTAMP TOKEN DOES NOT MATCH (imprint)');
  });

  it('without a network: made and saved, the request queued ("pending"), stamped by a retry once the authority answers', async () => {
    const { app, db } = await setup();
    app.services.receipts.setAuthority(tsa.url);
    await tsa.stop();
    let restarted = false;
    try {
      const out = join(app.dir, 'offline.pdf');
      app.dialogs.queue.save.push(out);
      const made = await app.api.makeReceipt(undefined);
      expect(made).toMatchObject({
        status: 'saved',
        timestamp: { state: 'pending', authority: tsa.url, attempts: 1, lastError: 'unreachable' },
      });
      expect(readReceiptPdf(readFileSync(out))!.timestamp).toBeUndefined();
      expect(app.services.receipts.list().receipts[0]!.timestamp).toMatchObject({ state: 'pending' });
      expect(app.services.receipts.timestampSettings()).toEqual({ url: tsa.url, pending: 1 });
      // still down: the retry keeps it waiting
      const again = await cli('receipt', '--db', db, '--retry-timestamps');
      expect(again.code).toBe(1);
      expect(again.out).toContain('0 receipts timestamped, 1 still pending');

      await tsa.start();
      restarted = true;
      const retry = await cli('receipt', '--db', db, '--retry-timestamps');
      expect(retry.code, retry.out).toBe(0);
      expect(retry.out).toContain('1 receipts timestamped, 0 still pending');
      // the file written before now carries the token, and the list says stamped
      const r = readReceiptPdf(readFileSync(out))!;
      expect(verifyTimestamp(Buffer.from(r.timestamp!.token, 'base64'), r.receiptId, r.timestamp!.nonce).ok).toBe(true);
      expect(app.services.receipts.list().receipts[0]!.timestamp).toMatchObject({ state: 'stamped', ok: true, signer });
      expect(app.services.receipts.timestampSettings().pending).toBe(0);
      const v = await cli('verify', '--db', db, '--against', out);
      expect(v.out).toContain(`timestamped by ${signer}`);
    } finally {
      if (!restarted) await tsa.start();
    }
  });

  it('the journal rewritten from outside after a timestamped receipt (every later hash recomputed) is caught against it', async () => {
    const { app, a, db } = await setup();
    const out = join(app.dir, 'receipt.json');
    expect((await cli('receipt', '--db', db, '--out', out, '--tsa', tsa.url)).code).toBe(0);
    rewriteAndRecompute(db, a, 2, 'Nothing happened');
    expect((await cli('verify', '--db', db)).code).toBe(0);
    const v = await cli('verify', '--db', db, '--against', out);
    expect(v.code).toBe(1);
    expect(v.out).toContain(`client ${a}: CHANGED`);
    expect(v.out).toContain(`timestamped by ${signer}`);
    expect(v.out).toContain('DOES NOT MATCH the receipt');
    // and in the app: the receipt picked is checked per client, its timestamp with it
    app.dialogs.queue.open.push([out]);
    const inApp = await app.api.verifyAgainstDossier({ source: 'pick' });
    expect(inApp).toMatchObject({
      status: 'checked',
      document: 'receipt',
      ok: false,
      timestamp: { state: 'stamped', ok: true, signer },
    });
  });
});
