// Trusted timestamps on dossiers (issue 19 item 3): with an authority set, the dossier's
// documentId is stamped before rendering (a real RFC 3161 authority on loopback: openssl ts
// -reply behind node:http) and the token is printed, attached and read back by "verify against";
// the authority down, the dossier is still made, without a token, and the result says why.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/main/cli';
import { readInfoString } from '../../src/main/pdf/manifest-reader';
import { verifyTimestamp } from '../../src/main/reports/timestamp';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { pdfAttachments, pdfText, seedDossierClient } from '../helpers/report-fixtures';
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

const signer = 'CN=Test TSA, O=Loopback Timestamping Test, C=TR';
const at = { createdAt: '2026-11-23T10:00:00.000Z', timeZone: 'Europe/Istanbul' };

async function setup(url: string | null) {
  const app = createTempApp();
  apps.push(app);
  const { client } = await seedDossierClient(app);
  app.services.receipts.setAuthority(url);
  const dossier = () =>
    app.services.reports.dossierPdf(dossierOptionsSchema.parse({ clientId: client.id, language: 'en' }), at);
  return { app, dossier };
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('a timestamped dossier', () => {
  it('carries a token over its documentId that verifies offline and names the signer', async () => {
    const { dossier } = await setup(tsa.url);
    const r = await dossier();
    if (r.status !== 'rendered') throw new Error(r.status);
    expect(r.timestamp).toMatchObject({ state: 'stamped', authority: tsa.url, signer });
    // the token attached as dossier-timestamp.tst, and kept (with its nonce) in the Info dictionary
    const files = await pdfAttachments(r.bytes);
    const tst = files.get('dossier-timestamp.tst');
    expect(tst).toBeDefined();
    const kept = JSON.parse(readInfoString(r.bytes, 'ClientDossierTimestamp')!) as { token: string; nonce: string };
    expect(Buffer.from(tst!.content).toString('base64')).toBe(kept.token);
    const c = verifyTimestamp(Buffer.from(tst!.content), r.documentId, kept.nonce);
    expect(c).toMatchObject({ ok: true, imprint: r.documentId, signer });
    // a token over another digest does not verify
    expect(verifyTimestamp(Buffer.from(tst!.content), '00'.repeat(32)).problem).toBe('imprint');
    // printed: time, signer, verified
    const text = (await pdfText(r.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Trusted timestamp (RFC 3161)');
    expect(text).toContain(signer);
    expect(text).toContain(c.genTime!.replace(/\.000Z$/, 'Z'));
    expect(text).toContain('Verified: the digest is this dossier’s document id');
  });

  it('without an authority nothing changes: no token, and the same bytes as before', async () => {
    const { app, dossier } = await setup(null);
    const r = await dossier();
    if (r.status !== 'rendered') throw new Error(r.status);
    expect(r.timestamp).toBeUndefined();
    expect(readInfoString(r.bytes, 'ClientDossierTimestamp')).toBeNull();
    expect([...(await pdfAttachments(r.bytes)).keys()]).not.toContain('dossier-timestamp.tst');
    // stamped, the documentId stays the one of the same dossier unstamped
    app.services.receipts.setAuthority(tsa.url);
    const s = await dossier();
    if (s.status !== 'rendered') throw new Error(s.status);
    expect(s.documentId).toBe(r.documentId);
  });

  it('the authority down: the dossier is made without a token and the result says why', async () => {
    await tsa.stop();
    try {
      const { app, dossier } = await setup(tsa.url);
      const r = await dossier();
      if (r.status !== 'rendered') throw new Error(r.status);
      expect(r.pages).toBeGreaterThan(0);
      expect(r.timestamp).toMatchObject({ state: 'failed', authority: tsa.url, error: 'unreachable' });
      expect(r.timestamp?.state === 'failed' && r.timestamp.message).toContain(
        'The dossier was made without a trusted timestamp: the timestamp authority could not be reached',
      );
      expect(readInfoString(r.bytes, 'ClientDossierTimestamp')).toBeNull();
      // the owner's language: Turkish
      app.services.settings.saveProfile({ ...app.services.settings.profile()!, language: 'tr' });
      const tr = await dossier();
      expect(tr.status === 'rendered' && tr.timestamp?.state === 'failed' && tr.timestamp.message).toContain(
        'zaman damgası olmadan',
      );
    } finally {
      await tsa.start();
    }
  });

  it('verify --against prints the timestamp line', async () => {
    const { app, dossier } = await setup(tsa.url);
    const r = await dossier();
    if (r.status !== 'rendered') throw new Error(r.status);
    const path = join(app.dir, 'dossier.pdf');
    writeFileSync(path, r.bytes);
    const v = await cli('verify', '--db', app.database.path, '--against', path);
    expect(v.code, v.out).toBe(0);
    expect(v.out).toMatch(new RegExp(`timestamped by ${signer} at \\S+, verified`));
    expect(v.out).toContain('matches: the live journal contains exactly the dossier');
    const json = await cli('verify', '--db', app.database.path, '--against', path, '--json');
    expect(JSON.parse(json.out).timestamp).toMatchObject({ state: 'stamped', ok: true, signer, imprint: r.documentId });
  });
});
