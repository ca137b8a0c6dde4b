import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { call } from '../helpers/call';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { appendJournalEntry, attachmentPath } from '../../src/main/journal/chain';
import { runCli } from '../../src/main/cli';

let app: TempApp | undefined;
const dirs: string[] = [];
afterEach(() => {
  app?.close();
  app = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cd-exp-'));
  dirs.push(d);
  return d;
};
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

async function withData() {
  app = createTempApp();
  await call(app.api, 'saveProfile', sampleProfile);
  await call(app.api, 'setLockPassphrase', { passphrase: 'never exported' });
  const c = await call(app.api, 'createClient', { name: '=HYPERLINK("http://evil.example","click")', notes: 'line 1\nline "2"' });
  app.database.sqlite
    .prepare(
      "INSERT INTO invoices (client_id, number, issued_on, due_on, amount_minor, currency) VALUES (?, '-2+3', '2026-01-01', '2026-01-31', 123450, 'TRY')",
    )
    .run(c.id);
  const content = Buffer.from('a photo of the damaged wall');
  const fp = sha(content);
  mkdirSync(dirname(attachmentPath(join(app.dir, 'data'), fp)), { recursive: true });
  writeFileSync(attachmentPath(join(app.dir, 'data'), fp), content);
  appendJournalEntry(app.services.ctx, {
    clientId: c.id,
    kind: 'complaint',
    channel: 'phone',
    occurredAt: '2026-02-01T10:00:00.000Z',
    summary: '@SUM(1+1) said on the phone',
    quotes: ['"You will regret this"'],
    attachments: [{ sha256: fp, originalName: 'wall.jpg', sizeBytes: content.length, mediaType: 'image/jpeg' }],
  });
  return { client: c, fp, app };
}

describe('full export', () => {
  it('writes every table, the attachments, CSVs and a manifest whose hashes match', async () => {
    const { fp, app } = await withData();
    const out = tempDir();
    app.dialogs.queue.folder.push(out);
    const r = (await call(app.api, 'exportAll'))!;
    expect(r).toMatchObject({ missingAttachments: 0, journalOk: true });
    expect(readdirSync(out)).toEqual([r.folder.split('/').at(-1)]); // no .partial left behind
    const manifest = JSON.parse(readFileSync(join(r.folder, 'manifest.json'), 'utf8')) as {
      format: string;
      formatVersion: number;
      journal: { ok: boolean; entriesChecked: number };
      files: { path: string; bytes: number; sha256: string; rows?: number }[];
    };
    expect(manifest).toMatchObject({
      format: 'client-dossier-export',
      formatVersion: 1,
      journal: { ok: true, entriesChecked: 1 },
    });
    for (const f of manifest.files) {
      const bytes = readFileSync(join(r.folder, f.path));
      expect(sha(bytes), f.path).toBe(f.sha256);
      expect(bytes.length).toBe(f.bytes);
    }
    expect(manifest.files.map((f) => f.path)).toContain(`attachments/${fp}`);
    expect(existsSync(join(r.folder, 'FORMAT.md'))).toBe(true);
    const settings = JSON.parse(readFileSync(join(r.folder, 'data/settings.json'), 'utf8')) as { key: string }[];
    expect(settings.map((s) => s.key)).toEqual(['profile']); // the lock's hash stays home
    const journal = JSON.parse(readFileSync(join(r.folder, 'data/journal_entries.json'), 'utf8')) as { hash: string }[];
    expect(journal[0]!.hash).toMatch(/^[a-f0-9]{64}$/);
    const invoices = JSON.parse(readFileSync(join(r.folder, 'data/invoices.json'), 'utf8')) as { amount_minor: number }[];
    expect(invoices[0]!.amount_minor).toBe(123450);

    // A second export goes to a new folder: nothing is ever overwritten.
    app.dialogs.queue.folder.push(out);
    const again = (await call(app.api, 'exportAll'))!;
    expect(again.folder).not.toBe(r.folder);
    expect(readdirSync(out)).toHaveLength(2);
  });

  it('CSV exports neutralise formula injection and survive a spreadsheet-style parse', async () => {
    const { app } = await withData();
    const out = tempDir();
    const parsed: Record<string, string[][]> = {};
    for (const table of ['clients', 'invoices', 'journal'] as const) {
      app.dialogs.queue.folder.push(out);
      const r = (await call(app.api, 'exportCsv', { table }))!;
      const text = readFileSync(r.path, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      parsed[table] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    }
    const clientRow = parsed['clients']![1]!;
    console.log(`[csv export] client name cell: ${clientRow[1]}; invoice number cell: ${parsed['invoices']![1]![1]}`);
    expect(clientRow[1]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(clientRow[12]).toBe('line 1\nline "2"');
    expect(parsed['invoices']![1]![1]).toBe("'-2+3");
    expect(parsed['invoices']![1]![6]).toBe('1234.5'); // amounts stay numbers
    expect(parsed['journal']![1]![10]).toBe("'@SUM(1+1) said on the phone");
    // Every text cell of every file: none starts with a formula character.
    for (const rows of Object.values(parsed)) {
      for (const row of rows.slice(1))
        for (const cell of row) expect(/^[=+@\t\r]/.test(cell) || /^-[^\d]/.test(cell)).toBe(false);
    }
  });

  it('cli: export and backup write new files, print what they did and never overwrite', async () => {
    const { app } = await withData();
    const out = tempDir();
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await runCli(['export', '--db', app.database.path, '--out', out], io)).toBe(0);
    expect(lines.join('\n')).toMatch(/journal: chains verified/);
    const file = join(out, 'copy.db');
    expect(await runCli(['backup', '--db', app.database.path, '--out', file], io)).toBe(0);
    expect(lines.join('\n')).toMatch(/verified: ok/);
    expect(await runCli(['backup', '--db', app.database.path, '--out', file], io)).toBe(2);
    expect(await runCli(['backup', '--db', app.database.path], io)).toBe(2);
  });
});
