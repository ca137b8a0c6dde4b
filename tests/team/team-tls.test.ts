// A team server that offers TLS (a self-signed certificate, ssl=on): the person's URL
// (sslmode=prefer) connects encrypted, and the Team state says so. Its own server, started here.
import { execFileSync } from 'node:child_process';
import { chownSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../helpers/team-server';
import { connectTeam, parseTeamUrl } from '../../src/main/team/connect';
import { initTeam } from '../../src/main/team/init';
import { addPerson } from '../../src/main/team/people';
import { createTempApp, type TempApp } from '../helpers/temp-db';

let server: TeamServer;
let app: TempApp | undefined;
beforeAll(async () => {
  server = await startTeamServer({
    own: true,
    prepare: (dir) => {
      const cert = join(dir, 'server.crt');
      const key = join(dir, 'server.key');
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert],
        {
          stdio: 'ignore',
        },
      );
      // PostgreSQL reads its key only when it owns it and no one else may read it
      if (process.getuid?.() === 0) {
        const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
        for (const f of [cert, key]) chownSync(f, id('-u'), id('-g'));
      }
      chmodSync(key, 0o600);
      return ['ssl=on', `ssl_cert_file=${cert}`, `ssl_key_file=${key}`];
    },
  });
}, 120_000);
afterAll(async () => {
  app?.close();
  await server?.stop();
});

describe('a team server with TLS', () => {
  it('sslmode=prefer connects encrypted; status shows tls: true', async () => {
    const admin = await connectTeam(server.url);
    await initTeam(admin);
    const p = await addPerson(admin, parseTeamUrl(server.url), { name: 'Encrypted Person', role: 'staff', login: 'tls_person' });
    await admin.end();
    app = createTempApp();
    const joined = await app.api.joinTeam({ url: p.url });
    expect(joined.tls).toBe(true);
    await app.api.syncTeamNow(undefined);
    expect(await app.api.getTeamStatus(undefined)).toMatchObject({ joined: true, connection: 'online', tls: true });
  });
});
