import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { workerEntries } from './src/main/workers/entries';

// Main and preload run under Electron's Node; the renderer is a plain web bundle.
// The preload must be a single self-contained CommonJS file because the window is sandboxed.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // the worker threads (verification, PDFs), each built as out/main/<name>.js
          ...Object.fromEntries(Object.entries(workerEntries).map(([name, src]) => [name, resolve(__dirname, src)])),
        },
        // every chunk beside index.js, so a worker is found beside whichever chunk asks for it
        output: { chunkFileNames: '[name]-[hash].js' },
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
