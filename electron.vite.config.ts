import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Main and preload run under Electron's Node; the renderer is a plain web bundle.
// The preload must be a single self-contained CommonJS file because the window is sandboxed.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // journal verification runs on a worker thread (src/main/services/verify-runner.ts)
          'verify-worker': resolve(__dirname, 'src/main/verify-worker.ts'),
          // start-up journal verification runs in a worker thread (src/main/health/journal-check.ts)
          'journal-worker': resolve(__dirname, 'src/main/health/journal-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
    plugins: [react()],
  },
});
