import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/main/cli';
import { appVersion } from '../../src/main/cli/common';
import { appendJournalEntries } from '../../src/main/journal/chain';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';
import { compareWithLive } from '../../src/shared/domain/dossier-manifest';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { pdfText, seedDossierClient, tamperEntry, truncateChain } from '../helpers/report-fixtures';

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

function append(app: TempApp, clientId: number, n: number) {
  appendJournalEntries(
    app.services.ctx,
    Array.from({ length: n }, (_, i) => ({
      clientId,
      kind: 'call',
      channel: 'phone',
      occurredAt: `2026-05-0${1 + (i % 9)}T10:00:00.000Z`,
      summary: `later call ${i + 1}`,
    })),
  );
}

async function setup() {
  const app = createTempApp({ deps: { version: appVersion() } });
  const person = app.dialogs;
  apps.push(app);
  const { client } = await seedDossierClient(app, { extra: 5 });
  const pdf = join(app.dir, 'dossier.pdf');
  person.queue.save.push(pdf);
  const saved = await app.api.exportDossier(dossierOptionsSchema.parse({ clientId: client.id }));
  expect(saved.status).toBe('saved');
  return { app, person, clientId: client.id, pdf };
}

describe('verify against a dossier', () => {
  it('matches an untouched journal and reports entries appended since', async () => {
    const { app, person, clientId, pdf } = await setup();
    person.queue.open.push([pdf]);
    const same = await app.api.verifyAgainstDossier({ source: 'pick' });
    expect(same).toMatchObject({
      status: 'checked',
      ok: true,
      problems: [],
      chains: [{ clientId, dossierSeq: 8, liveSeq: 8, appendedSince: 0 }],
    });
    append(app, clientId, 3);
    person.queue.open.push([pdf]);
    const later = await app.api.verifyAgainstDossier({ source: 'pick' });
    expect(later).toMatchObject({ status: 'checked', ok: true, chains: [{ dossierSeq: 8, liveSeq: 11, appendedSince: 3 }] });
    const r = await cli('verify', '--db', app.database.path, '--against', pdf);
    expect(r.code).toBe(0);
    expect(r.out).toContain('3 appended since (#9–#11)');
  });

  it('detects a journal appended to and then cut back, even with its recorded head rewritten', async () => {
    const app = createTempApp();
    const person = app.dialogs;
    apps.push(app);
    const { client } = await seedDossierClient(app, { extra: 5 });
    append(app, client.id, 4); // entries #9–#12, then a dossier covering them
    const pdf = join(app.dir, 'after-append.pdf');
    person.queue.save.push(pdf);
    await app.api.exportDossier(dossierOptionsSchema.parse({ clientId: client.id }));
    truncateChain(app, client.id, 9);
    // the chain alone still verifies: the forger rewrote journal_heads
    expect(
      (
        await app.api.verifyAgainstDossier({
          source: 'manual',
          chains: [{ clientId: client.id, headSeq: 9, headHash: headHash(app, client.id) }],
        })
      ).status,
    ).toBe('checked');
    person.queue.open.push([pdf]);
    const r = await app.api.verifyAgainstDossier({ source: 'pick' });
    expect(r).toMatchObject({
      status: 'checked',
      ok: false,
      problems: [{ kind: 'truncated', clientId: client.id, seq: 12, liveSeq: 9 }],
    });
    const c = await cli('verify', '--db', app.database.path, '--against', pdf);
    expect(c.code).toBe(1);
    expect(c.out).toContain('TRUNCATED: client 1 ends at #9; the dossier covers up to #12');
  });

  it('detects a changed entry, from the file or from what the owner types', async () => {
    const { app, person, clientId, pdf } = await setup();
    const hash = headHash(app, clientId);
    tamperEntry(app, clientId, 4, 'rewritten');
    person.queue.open.push([pdf]);
    const r = await app.api.verifyAgainstDossier({ source: 'pick' });
    expect(r).toMatchObject({ status: 'checked', ok: false, problems: [{ kind: 'broken', seq: 4, reason: 'hash_mismatch' }] });
    const typed = await app.api.verifyAgainstDossier({
      source: 'manual',
      chains: [{ clientId, headSeq: 8, headHash: hash.toUpperCase() }],
    });
    expect(typed).toMatchObject({ status: 'checked', ok: false });
    const wrong = await app.api.verifyAgainstDossier({
      source: 'manual',
      chains: [{ clientId, headSeq: 8, headHash: 'f'.repeat(64) }],
    });
    expect(wrong).toMatchObject({ ok: false, problems: expect.arrayContaining([{ kind: 'changed', clientId, seq: 8 }]) });
  });

  it('says so when the file is not a dossier, or the person cancels', async () => {
    const { app, person } = await setup();
    const other = join(app.dir, 'other.pdf');
    writeFileSync(other, '%PDF-1.3\n%%EOF\n');
    person.queue.open.push([other]);
    expect(await app.api.verifyAgainstDossier({ source: 'pick' })).toEqual({ status: 'no_manifest' });
    expect(await app.api.verifyAgainstDossier({ source: 'pick' })).toEqual({ status: 'cancelled' });
    expect((await cli('verify', '--db', app.database.path, '--against', other)).code).toBe(2);
  });

  it('compares chains as a pure function', () => {
    const live = { heads: [{ clientId: 1, seq: 5, hash: 'b'.repeat(64) }], failure: null };
    const at = (_c: number, s: number) => (s === 3 ? 'a'.repeat(64) : null);
    expect(compareWithLive([{ clientId: 1, headSeq: 3, headHash: 'a'.repeat(64) }], live, at).ok).toBe(true);
    expect(compareWithLive([{ clientId: 2, headSeq: 3, headHash: 'a'.repeat(64) }], live, at).problems).toEqual([
      { kind: 'missing_client', clientId: 2 },
    ]);
  });
});

describe('cli report', () => {
  it('writes the same bytes as the app, never replaces a file, and refuses a tampered journal', async () => {
    const { app, clientId, pdf } = await setup();
    const out = join(app.dir, 'cli.pdf');
    const r = await cli(
      'report',
      'dossier',
      '--db',
      app.database.path,
      '--client',
      'mehmet kaya',
      '--lang',
      'en',
      '--out',
      out,
      '--created-at',
      '2026-11-23T10:00:00Z',
      '--tz',
      'UTC',
    );
    expect(r.code, r.err).toBe(0);
    expect(Buffer.compare(readFileSync(out), readFileSync(pdf))).toBe(0);
    const again = await cli(
      'report',
      'dossier',
      '--db',
      app.database.path,
      '--client',
      String(clientId),
      '--lang',
      'en',
      '--out',
      out,
    );
    expect(again.code).toBe(2);
    expect(again.err).toContain('exists');
    const tr = join(app.dir, 'tr.pdf');
    expect(
      (
        await cli(
          'report',
          'dossier',
          '--db',
          app.database.path,
          '--client',
          String(clientId),
          '--lang',
          'tr',
          '--out',
          tr,
          '--kinds',
          'call',
        )
      ).code,
    ).toBe(0);
    expect(await pdfText(readFileSync(tr))).toContain('Telefon görüşmesi');
    // no part-ways case: a check that fails (1), not bad usage
    const handover = await cli('report', 'handover', '--db', app.database.path, '--client', '1', '--lang', 'en', '--out', tr);
    expect(handover.code).toBe(1);
    expect(handover.err).toContain('has no part-ways case');
    expect(
      (await cli('report', 'dossier', '--db', app.database.path, '--client', 'Nobody', '--lang', 'en', '--out', tr)).code,
    ).toBe(2);
    tamperEntry(app, clientId, 2, 'x');
    const refused = join(app.dir, 'refused.pdf');
    const bad = await cli('report', 'dossier', '--db', app.database.path, '--client', '1', '--lang', 'az', '--out', refused);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('NOT EXPORTED');
    expect(existsSync(refused)).toBe(false);
    expect(
      (
        await cli(
          'report',
          'dossier',
          '--db',
          app.database.path,
          '--client',
          '1',
          '--lang',
          'az',
          '--out',
          refused,
          '--accept-failed-verification',
        )
      ).code,
    ).toBe(0);
    expect(await pdfText(readFileSync(refused))).toContain('YOXLAMA UĞURSUZ');
  });
});

function headHash(app: TempApp, clientId: number): string {
  return (app.database.sqlite.prepare('SELECT hash FROM journal_heads WHERE client_id = ?').get(clientId) as { hash: string })
    .hash;
}
