// A third party verifies a dossier with nothing but a browser (issue 19 item 4): the files are
// extracted from an exported dossier PDF, verify.html is opened from disk in Chromium with the
// network cut off, and it checks the entries it carries, a picked entries.json, and a copy with
// one byte of a summary changed. Needs only the browser, not the built app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './harness';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { pdfAttachments, seedDossierClient } from '../helpers/report-fixtures';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';

let browser: Browser;
let dir: string;
const apps: TempApp[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'dossier-verifier-'));
});
afterAll(async () => {
  await browser?.close();
  while (apps.length) apps.pop()!.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Exports a dossier and writes its attached files to a folder of their own. */
async function extracted(name: string, opts: { language?: 'en' | 'tr' | 'az'; extra?: number } = {}) {
  const app = createTempApp();
  apps.push(app);
  const { client } = await seedDossierClient(app, opts);
  const r = await app.services.reports.dossierPdf(
    dossierOptionsSchema.parse({ clientId: client.id, language: opts.language ?? 'en' }),
    {
      createdAt: '2026-11-23T10:00:00.000Z',
    },
  );
  if (r.status !== 'rendered') throw new Error(r.status);
  const files = await pdfAttachments(r.bytes);
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const [file, { content }] of files) writeFileSync(join(folder, file), content);
  return { folder, json: Buffer.from(files.get('entries.json')!.content).toString('utf8') };
}

/** A page in a context with no network at all; every request other than the file itself is recorded. */
async function open(
  folder: string,
  init?: string,
): Promise<{ page: Page; context: BrowserContext; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ offline: true, locale: 'en-GB' });
  const requests: string[] = [];
  context.on('request', (req) => {
    if (!req.url().startsWith('file:')) requests.push(req.url());
  });
  await context.route(/^(?!file:)/, (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  if (init) await page.addInitScript(init);
  await page.goto(pathToFileURL(join(folder, 'verify.html')).href);
  return { page, context, requests, errors };
}

const summary = (page: Page) => page.locator('#summary');

describe('verify.html in a browser', () => {
  it('checks the dossier it came from, a picked entries.json, and names the entry whose summary changed', async () => {
    const { folder, json } = await extracted('en', { extra: 4 });
    const { page, context, requests, errors } = await open(folder);
    await expect.poll(() => summary(page).textContent()).toBe('7 entries, head matches');
    expect(await page.locator('#result').getAttribute('class')).toBe('ok');
    expect(await page.locator('#rows tr.ok').count()).toBe(7);
    expect(await page.locator('#source').textContent()).toContain('the entries this page carries');
    // the head it compared with is the one on the cover
    const head = (JSON.parse(json) as { head: { hash: string } }).head.hash;
    expect(await page.locator('#facts').textContent()).toContain(head);

    // the extracted entries.json, picked
    await page.locator('#file').setInputFiles(join(folder, 'entries.json'));
    await expect.poll(() => page.locator('#source').textContent()).toContain('entries.json');
    expect(await summary(page).textContent()).toBe('7 entries, head matches');

    // one byte of a summary changed: "yanıt yok" → "yanıt yoK"
    const changed = json.replace('yanıt yok', 'yanıt yoK');
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(json));
    expect(changed).not.toBe(json);
    writeFileSync(join(folder, 'changed.json'), changed);
    await page.locator('#file').setInputFiles(join(folder, 'changed.json'));
    await expect
      .poll(() => summary(page).textContent())
      .toBe('Entry #2 fails: its content does not match its hash, so it was changed after it was hashed.');
    expect(await page.locator('#result').getAttribute('class')).toBe('failed');
    expect(await page.locator('#detail').textContent()).toBe('1 entry before it matched. The entries after it were not checked.');
    expect(await page.locator('#rows tr.failed').textContent()).toContain('#2');
    expect(await page.locator('#rows tr.unchecked').count()).toBe(5);

    // not a dossier's file at all
    writeFileSync(join(folder, 'other.json'), '{"hello": "world"}');
    await page.locator('#file').setInputFiles(join(folder, 'other.json'));
    await expect
      .poll(() => summary(page).textContent())
      .toBe('This file is not the entries.json of a dossier, or it is damaged.');

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works without WebCrypto, with its own SHA-256', async () => {
    const { folder } = await extracted('no-subtle');
    const { page, context, errors } = await open(
      folder,
      "Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined });",
    );
    await expect.poll(() => summary(page).textContent()).toBe('3 entries, head matches');
    expect(await page.locator('#engine').textContent()).toContain('built-in implementation');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("speaks the dossier's language", async () => {
    for (const [language, ok] of [
      ['tr', '3 kayıt, zincir başı eşleşiyor'],
      ['az', '3 qeyd, zəncir başı uyğundur'],
    ] as const) {
      const { folder } = await extracted(`lang-${language}`, { language });
      const { page, context, errors } = await open(folder);
      await expect.poll(() => summary(page).textContent()).toBe(ok);
      expect(await page.locator('h1').textContent()).toBe(language === 'tr' ? 'Bu olay dosyasını doğrula' : 'Bu dosyeni yoxla');
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
