// Trusted timestamps (issue 19 item 3) against a real RFC 3161 authority on loopback: openssl
// ts -reply with a throw-away CA and TSA certificate behind a small HTTP handler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requestTimestamp, TimestampError, verifyTimestamp } from '../../src/main/reports/timestamp';
import { startLoopbackTsa, type LoopbackTsa } from '../helpers/tsa';

let tsa: LoopbackTsa;
beforeAll(async () => {
  tsa = await startLoopbackTsa();
}, 60_000);
afterAll(async () => {
  await tsa?.close();
});

const digest = createHash('sha256').update('a receipt').digest('hex');

describe('an RFC 3161 token', () => {
  it('is asked for over HTTP and verifies offline: imprint, nonce, signature, signer named, time shown', async () => {
    const before = Date.now();
    const t = await requestTimestamp(tsa.url, digest);
    expect(t.check.ok).toBe(true);
    const c = verifyTimestamp(Buffer.from(t.token, 'base64'), digest, t.nonce);
    expect(c).toMatchObject({ ok: true, problem: null, imprint: digest, hashAlgorithm: 'sha256' });
    expect(c.signer).toBe('CN=Test TSA, O=Loopback Timestamping Test, C=TR');
    expect(c.issuer).toContain('CN=Test Root CA');
    expect(Date.parse(c.genTime!)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
    expect(c.serial).toMatch(/^[0-9a-f]+$/);
  });

  it('is a token openssl itself verifies against the CA', async () => {
    const t = await requestTimestamp(tsa.url, digest);
    const file = join(tsa.dir, 'check.tst');
    writeFileSync(file, Buffer.from(t.token, 'base64'));
    const { stdout } = await promisify(execFile)(
      'openssl',
      ['ts', '-verify', '-digest', digest, '-in', file, '-token_in', '-CAfile', join(tsa.dir, 'ca.crt')],
      { cwd: tsa.dir },
    );
    expect(stdout).toContain('Verification: OK');
  });

  it('does not match another digest, another nonce, or a token changed by one byte', async () => {
    const t = await requestTimestamp(tsa.url, digest);
    const der = Buffer.from(t.token, 'base64');
    const other = createHash('sha256').update('a receipt!').digest('hex');
    expect(verifyTimestamp(der, other).problem).toBe('imprint');
    expect(verifyTimestamp(der, digest, '0102030405060708').problem).toBe('nonce');
    // flip a byte of the signature (the token's last bytes)
    const bad = Buffer.from(der);
    bad[bad.length - 5]! ^= 0x01;
    expect(verifyTimestamp(bad, digest).problem).toBe('signature');
    expect(verifyTimestamp(Buffer.from('not a token'), digest).problem).toBe('malformed');
  });

  it('without a network: a refused connection is "unreachable"', async () => {
    await tsa.stop();
    try {
      const e = await requestTimestamp(tsa.url, digest).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(TimestampError);
      expect((e as TimestampError).code).toBe('unreachable');
      const dns = await requestTimestamp('http://no-such-host.invalid/tsa', digest).catch((x: unknown) => x);
      expect((dns as TimestampError).code).toBe('unreachable');
    } finally {
      await tsa.start();
    }
  });
});
