// Journal receipts (issue 19 item 2): every client's chain head and the time, as a one-page PDF
// (fonts embedded, en/tr/az) and JSON; the list of receipts made, each checked against today's
// journal; the reminder; and, from outside on a real file, the tampering that passes `verify --db`
// but not a check against a receipt made before.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/main/cli';
import { appendJournalEntries, chainHash, rowToChainEntry, type StoredRow } from '../../src/main/journal/chain';
import { readReceiptPdf } from '../../src/main/pdf/manifest-reader';
import { parseReceipt } from '../../src/shared/domain/journal-receipt';
import type { ChainAttachment } from '../../src/shared/domain/journal-chain';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';
import { pdfText, seedDossierClient } from '../helpers/report-fixtures';

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

const call = (clientId: number, summary: string) => ({
  clientId,
  kind: 'call' as const,
  channel: 'phone' as const,
  occurredAt: '2026-11-20T09:00:00.000Z',
  summary,
});

/** Two clients with chains of 8 and 4 entries. */
async function setup(language: 'en' | 'tr' | 'az' = 'en') {
  const app = createTempApp();
  apps.push(app);
  const { client } = await seedDossierClient(app, { extra: 5, language });
  const other = app.services.clients.create(newClient('Leyla Əliyeva')).id;
  appendJournalEntries(
    app.services.ctx,
    ['bir', 'iki', 'üç', 'dörd'].map((s) => call(other, s)),
  );
  return { app, a: client.id, b: other, db: app.database.path };
}

/**
 * What someone with the file could do: change entry `seq` and recompute every later hash and the
 * head, so the chain is whole again. Opens the file on its own connection, as an outside tool.
 */
function rewriteAndRecompute(path: string, clientId: number, seq: number, summary: string) {
  const raw = new Database(path);
  raw.exec('DROP TRIGGER journal_entries_no_update; DROP TRIGGER journal_heads_forward_only;');
  raw.prepare('UPDATE journal_entries SET summary = ? WHERE client_id = ? AND seq = ?').run(summary, clientId, seq);
  const rows = raw.prepare('SELECT * FROM journal_entries WHERE client_id = ? ORDER BY seq').all(clientId) as StoredRow[];
  const atts = (id: number) =>
    (
      raw
        .prepare('SELECT sha256, original_name, size_bytes, media_type FROM journal_attachments WHERE entry_id = ? ORDER BY id')
        .all(id) as { sha256: string; original_name: string; size_bytes: number; media_type: string }[]
    ).map((a): ChainAttachment => ({
      sha256: a.sha256,
      originalName: a.original_name,
      sizeBytes: a.size_bytes,
      mediaType: a.media_type,
    }));
  let prev = rows.find((r) => r.seq === seq)!.prev_hash;
  for (const r of rows.filter((r) => r.seq >= seq)) {
    const hash = chainHash(prev, rowToChainEntry(r, atts(r.id)));
    raw.prepare('UPDATE journal_entries SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, r.id);
    prev = hash;
  }
  raw.prepare('UPDATE journal_heads SET hash = ? WHERE client_id = ?').run(prev, clientId);
  raw.close();
}

/** Cuts a chain back to `keep` entries; `head`: rewrite the head row to the new end, or delete it. */
function cutOff(path: string, clientId: number, keep: number, head: 'rewrite' | 'delete') {
  const raw = new Database(path);
  // the guards an attacker with the file drops first
  raw.exec(
    ['journal_entries_no_delete', 'journal_attachments_no_delete', 'journal_heads_forward_only', 'journal_heads_no_delete']
      .map((t) => `DROP TRIGGER IF EXISTS ${t};`)
      .join(' '),
  );
  const ids = raw.prepare('SELECT id FROM journal_entries WHERE client_id = ? AND seq > ?').all(clientId, keep) as {
    id: number;
  }[];
  for (const { id } of ids) {
    raw.prepare('DELETE FROM journal_attachments WHERE entry_id = ?').run(id);
    raw.prepare('DELETE FROM journal_entries WHERE id = ?').run(id);
  }
  if (head === 'delete') raw.prepare('DELETE FROM journal_heads WHERE client_id = ?').run(clientId);
  else {
    const last = raw
      .prepare('SELECT seq, hash FROM journal_entries WHERE client_id = ? ORDER BY seq DESC LIMIT 1')
      .get(clientId) as {
      seq: number;
      hash: string;
    };
    raw.prepare('UPDATE journal_heads SET seq = ?, hash = ? WHERE client_id = ?').run(last.seq, last.hash, clientId);
  }
  raw.close();
}

describe('a journal receipt', () => {
  it('lists every chain head and the time, as a one-page PDF with fonts embedded that carries its JSON', async () => {
    const { app, a, b } = await setup();
    const pdf = join(app.dir, 'receipt.pdf');
    app.dialogs.queue.save.push(pdf);
    const made = await app.api.makeReceipt(undefined);
    expect(made).toMatchObject({ status: 'saved', path: pdf, format: 'pdf', clients: 2, createdAt: '2026-11-23T10:00:00.000Z' });
    expect(app.dialogs.requests.at(-1)!.opts).toMatchObject({ defaultName: 'Journal receipt 2026-11-23.pdf' });
    const bytes = readFileSync(pdf);
    const receipt = readReceiptPdf(bytes)!;
    const head = (c: number) => app.database.sqlite.prepare('SELECT seq, hash FROM journal_heads WHERE client_id = ?').get(c);
    expect(receipt.chains).toEqual([
      { clientId: a, clientName: 'Mehmet Kaya', count: 8, headSeq: 8, headHash: (head(a) as { hash: string }).hash },
      { clientId: b, clientName: 'Leyla Əliyeva', count: 4, headSeq: 4, headHash: (head(b) as { hash: string }).hash },
    ]);
    expect(receipt.createdAt).toBe('2026-11-23T10:00:00.000Z');
    const latin = bytes.toString('latin1');
    expect(latin).toContain('/FontFile2');
    expect((latin.match(/\/Type\s*\/Page\b/g) ?? []).length).toBe(1);
    const text = await pdfText(bytes);
    expect(text).toContain('Journal receipt');
    expect(text).toContain('Leyla Əliyeva');
    expect(text).toContain((head(b) as { hash: string }).hash);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'tamper-evident: a change made after this receipt was made is detected when the journal is checked against it',
    );
  });

  it('speaks Turkish and Azerbaijani', async () => {
    for (const [lang, words] of [
      ['tr', ['Kayıt defteri makbuzu', 'değişikliği belli eden', 'Baş hash değeri (SHA-256)']],
      ['az', ['Jurnal qəbzi', 'dəyişikliyi aşkar edən', 'Başın heşi (SHA-256)']],
    ] as const) {
      const { app } = await setup(lang);
      const out = join(app.dir, `r-${lang}.pdf`);
      expect((await cli('receipt', '--db', app.database.path, '--out', out)).code).toBe(0);
      const text = await pdfText(readFileSync(out));
      for (const w of words) expect(text, `${lang}: ${w}`).toContain(w);
    }
  });

  it('is listed with its check against today’s journal, and a reminder comes a week after the journal changed', async () => {
    const { app, a } = await setup();
    // entries since March and no receipt yet
    expect(await app.api.getReceiptReminder(undefined)).toMatchObject({ due: true, changed: true, lastAt: null });
    const json = join(app.dir, 'receipt.json');
    app.dialogs.queue.save.push(json);
    const made = await app.api.makeReceipt(undefined);
    expect(made).toMatchObject({ status: 'saved', format: 'json' });
    expect(parseReceipt(readFileSync(json, 'utf8'))?.chains).toHaveLength(2);
    let view = await app.api.listReceipts(undefined);
    expect(view.receipts).toEqual([
      expect.objectContaining({ fileName: 'receipt.json', clients: 2, ok: true, counts: expect.objectContaining({ intact: 2 }) }),
    ]);
    expect(view.reminder).toMatchObject({ due: false, changed: false });

    app.clock.advance(86_400_000);
    appendJournalEntries(app.services.ctx, [call(a, 'later')]);
    view = await app.api.listReceipts(undefined);
    expect(view.receipts[0]).toMatchObject({ ok: true, counts: { intact: 1, appended: 1, changed: 0, cut_off: 0, missing: 0 } });
    expect(view.reminder).toMatchObject({ due: false, changed: true });
    app.clock.advance(6 * 86_400_000);
    expect(await app.api.getReceiptReminder(undefined)).toMatchObject({
      due: true,
      changed: true,
      lastAt: '2026-11-23T10:00:00.000Z',
    });

    // a new receipt settles it; the list shows the newest first
    app.dialogs.queue.save.push(join(app.dir, 'second.pdf'));
    await app.api.makeReceipt(undefined);
    view = await app.api.listReceipts(undefined);
    expect(view.receipts.map((r) => r.fileName)).toEqual(['second.pdf', 'receipt.json']);
    expect(view.reminder.due).toBe(false);

    cutOff(app.database.path, a, 3, 'rewrite');
    view = await app.api.listReceipts(undefined);
    expect(view.receipts.map((r) => [r.ok, r.counts.cut_off])).toEqual([
      [false, 1],
      [false, 1],
    ]);
  });

  it('is refused for a journal that does not verify', async () => {
    const { app, a } = await setup();
    const raw = new Database(app.database.path);
    raw.exec('DROP TRIGGER journal_entries_no_update');
    raw.prepare("UPDATE journal_entries SET summary = 'forged' WHERE client_id = ? AND seq = 2").run(a);
    raw.close();
    const out = join(app.dir, 'r.pdf');
    const r = await cli('receipt', '--db', app.database.path, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain('hash_mismatch');
    app.dialogs.queue.save.push(out);
    expect(await app.api.makeReceipt(undefined)).toMatchObject({
      status: 'verification_failed',
      failure: { clientId: a, seq: 2 },
    });
  });
});

describe('tampering from outside, on a real file', () => {
  it('an entry changed and every later hash and the head recomputed: passes verify --db, caught against a receipt made before', async () => {
    const { app, a, b, db } = await setup();
    const json = join(app.dir, 'before.json');
    const pdf = join(app.dir, 'before.pdf');
    expect((await cli('receipt', '--db', db, '--out', json)).code).toBe(0);
    expect((await cli('receipt', '--db', db, '--out', pdf)).code).toBe(0);

    rewriteAndRecompute(db, a, 3, 'Müşteri nazikçe teşekkür etti');
    const own = await cli('verify', '--db', db);
    expect(own.code).toBe(0); // a self-contained chain cannot see it: the README says so
    expect(own.out).toContain('intact');

    for (const receipt of [json, pdf]) {
      const r = await cli('verify', '--db', db, '--against', receipt);
      expect(r.code, receipt).toBe(1);
      expect(r.out).toContain(`client ${a}: CHANGED`);
      expect(r.out).toContain(`client ${b}: intact`);
      expect(r.out).toContain('DOES NOT MATCH the receipt');
    }
    // the receipts the CLI made are listed in the app, and neither holds any more
    const listed = await app.api.listReceipts(undefined);
    expect(listed.receipts.map((r) => [r.fileName, r.ok, r.counts.changed, r.counts.intact])).toEqual([
      ['before.pdf', false, 1, 1],
      ['before.json', false, 1, 1],
    ]);
    app.dialogs.queue.open.push([pdf]);
    const inApp = await app.api.verifyAgainstDossier({ source: 'pick' });
    expect(inApp).toMatchObject({ status: 'checked', document: 'receipt', ok: false });
    if (inApp.status !== 'checked') throw new Error('not checked');
    expect(inApp.standings.map((s) => [s.clientId, s.standing])).toEqual([
      [a, 'changed'],
      [b, 'intact'],
    ]);
  });

  it("a chain's tail cut off and its head row deleted (the guards dropped by raw SQL): caught against a receipt", async () => {
    const { app, a, b, db } = await setup();
    const receipt = join(app.dir, 'before.json');
    expect((await cli('receipt', '--db', db, '--out', receipt)).code).toBe(0);
    // written after the receipt, as in life: the CLI made it on the real clock, so the app's
    // frozen clock moves past it (an entry "appended since" but recorded before is BACKDATED)
    app.clock.set(new Date().toISOString());
    appendJournalEntries(app.services.ctx, [call(b, 'beş')]);

    cutOff(db, a, 5, 'delete');
    const r = await cli('verify', '--db', db, '--against', receipt, '--json');
    expect(r.code).toBe(1);
    const result = JSON.parse(r.out) as { standings: { clientId: number; standing: string; appendedSince: number }[] };
    expect(result.standings).toEqual([
      expect.objectContaining({ clientId: a, standing: 'cut_off' }),
      expect.objectContaining({ clientId: b, standing: 'appended', appendedSince: 1 }),
    ]);
    const text = await cli('verify', '--db', db, '--against', receipt);
    expect(text.out).toContain(`client ${a}: CUT OFF`);
    expect(text.out).toContain(`client ${b}: appended since`);
  });

  it('a tail cut off with its head rewritten, and a whole chain removed with its head: both pass verify --db, neither a receipt', async () => {
    const { app, a, b, db } = await setup();
    const receipt = join(app.dir, 'before.pdf');
    expect((await cli('receipt', '--db', db, '--out', receipt)).code).toBe(0);
    cutOff(db, a, 5, 'rewrite');
    cutOff(db, b, 0, 'delete');
    expect((await cli('verify', '--db', db)).code).toBe(0);
    const r = await cli('verify', '--db', db, '--against', receipt);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`client ${a}: CUT OFF`);
    expect(r.out).toContain(`client ${b}: MISSING`);
  });

  it('a receipt edited after it was made is not taken as one', async () => {
    const { app, db } = await setup();
    const receipt = join(app.dir, 'r.json');
    await cli('receipt', '--db', db, '--out', receipt);
    const edited = readFileSync(receipt, 'utf8').replace(/"headSeq": 8/, '"headSeq": 7');
    const path = join(app.dir, 'edited.json');
    await import('node:fs').then((fs) => fs.writeFileSync(path, edited));
    const r = await cli('verify', '--db', db, '--against', path);
    expect(r.code).toBe(2);
    expect(r.err).toContain('neither a dossier nor a journal receipt');
  });
});
