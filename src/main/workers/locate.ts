// The one way every worker thread is found and started.
//
// In the app the workers are built files beside the main bundle (out/main/<name>.js, every main
// chunk included: electron.vite.config.ts keeps them in one folder). Packaged, that folder is
// inside app.asar, and they are loaded from there: Electron has read worker scripts (and the
// chunks and packages they import) through its asar support since 17.x (electron/electron#33216),
// and its ES-module loader reads through the same patched fs. Unpacking only the worker files
// would break them, since their imports would then resolve outside the archive.
//
// From the source tree (tests, the CLI under tsx) the workers are the .ts sources, run through
// tsx's loader registered inside the new thread.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { workerEntries, type WorkerName } from './entries';

/** Where the worker files are: a bundle's folder (built .js) or a project root (the .ts sources). */
export type WorkerPlace = { bundle: string } | { source: string };

/** Where the code that asks runs from: bundled (out/main, also inside app.asar) or src/main/workers under tsx. */
export function ownPlace(moduleUrl: string = import.meta.url): WorkerPlace {
  const file = fileURLToPath(moduleUrl);
  return file.endsWith('.ts') ? { source: resolve(dirname(file), '../../..') } : { bundle: dirname(file) };
}

export function workerScript(name: WorkerName, place: WorkerPlace = ownPlace()): string {
  return 'bundle' in place ? join(place.bundle, `${name}.js`) : join(place.source, workerEntries[name]);
}

/** Starts a worker on a built file, or on a .ts source with tsx registered in the thread first. */
export function startWorker(script: string, options: WorkerOptions = {}): Worker {
  if (!script.endsWith('.ts')) return new Worker(script, options);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(script).href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
