// A real RFC 3161 timestamp authority on loopback, for tests: a throw-away CA and a TSA
// certificate (extendedKeyUsage critical timeStamping) made with openssl in a temp directory per
// run, and a small node:http server that hands each request body to `openssl ts -reply` and
// returns its DER reply. Nothing here is committed: the keys live and die with the temp dir.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const openssl = (args: string[], cwd: string) => run('openssl', args, { cwd });

export interface LoopbackTsa {
  /** http://127.0.0.1:<port>/tsa */
  url: string;
  dir: string;
  /** requests answered so far */
  answered: () => number;
  /** stops listening (connection refused from now on); `start` listens again on the same port */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  close: () => Promise<void>;
  /** the CA's and the TSA's certificate subjects as openssl was given them */
  tsaSubject: string;
}

const tsaSubject = '/C=TR/O=Loopback Timestamping Test/CN=Test TSA';

/** The CA, the TSA certificate and the ts config. */
async function makeFixture(dir: string) {
  await openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '2',
      '-subj',
      '/C=TR/O=Loopback Timestamping Test/CN=Test Root CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  await openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', tsaSubject], dir);
  writeFileSync(
    join(dir, 'tsa-ext.cnf'),
    [
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature, nonRepudiation',
      'extendedKeyUsage = critical, timeStamping',
      'subjectKeyIdentifier = hash',
      'authorityKeyIdentifier = keyid',
      '',
    ].join('\n'),
  );
  await openssl(
    [
      'x509',
      '-req',
      '-in',
      'tsa.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'tsa.crt',
      '-days',
      '2',
      '-extfile',
      'tsa-ext.cnf',
    ],
    dir,
  );
  writeFileSync(join(dir, 'tsaserial'), '01\n');
  writeFileSync(
    join(dir, 'ts.cnf'),
    [
      '[ tsa ]',
      'default_tsa = tsa_config1',
      '[ tsa_config1 ]',
      `dir = ${dir}`,
      'serial = $dir/tsaserial',
      'crypto_device = builtin',
      'signer_cert = $dir/tsa.crt',
      'certs = $dir/ca.crt',
      'signer_key = $dir/tsa.key',
      'signer_digest = sha256',
      'default_policy = 1.3.6.1.4.1.99999.1.1',
      'other_policies = 1.3.6.1.4.1.99999.1.2',
      'digests = sha256, sha384, sha512',
      'accuracy = secs:1',
      'ordering = yes',
      'tsa_name = yes',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
}

/** Starts the authority (openssl itself refuses to sign with a certificate lacking timeStamping). */
export async function startLoopbackTsa(): Promise<LoopbackTsa> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-tsa-'));
  await makeFixture(dir);
  let answered = 0;
  let n = 0;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        if (req.method !== 'POST' || req.headers['content-type'] !== 'application/timestamp-query') {
          res.writeHead(400).end();
          return;
        }
        const id = ++n;
        const q = join(dir, `q${id}.tsq`);
        const r = join(dir, `r${id}.tsr`);
        writeFileSync(q, Buffer.concat(chunks));
        try {
          await openssl(
            [
              'ts',
              '-reply',
              '-queryfile',
              q,
              '-config',
              join(dir, 'ts.cnf'),
              '-inkey',
              'tsa.key',
              '-signer',
              'tsa.crt',
              '-chain',
              'ca.crt',
              '-out',
              r,
            ],
            dir,
          );
          answered++;
          res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(readFileSync(r));
        } catch {
          res.writeHead(500).end();
        }
      })();
    });
  };
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer(handler);
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      if (!s) return resolve();
      s.closeAllConnections();
      s.close(() => resolve());
    });
  await listen();
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    dir,
    answered: () => answered,
    stop,
    start: listen,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    tsaSubject,
  };
}
