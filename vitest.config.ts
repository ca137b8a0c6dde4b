import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

// Four layers (DESIGN.md §2). The e2e layer drives the built renderer in Debian's Chromium,
// so `npm test` builds first; its files run one at a time (one browser per file).
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      { resolve: { alias }, test: { name: 'shared', include: ['tests/shared/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'main',
          include: ['tests/main/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // against a real PostgreSQL server started from npm (tests/team/global-setup.ts), or
        // TEAM_TEST_URL's; one file at a time, as database roles are shared by the whole server
        resolve: { alias },
        test: {
          name: 'team',
          include: ['tests/team/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/team/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
