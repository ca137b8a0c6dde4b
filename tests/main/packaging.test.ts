import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerEntries } from '../../src/main/workers/entries';
import { methodNames } from '../../src/shared/contract/method-names';

// This checks the config's essentials (packaging-build.test.ts really packages the app): what
// ships, what is unpacked from asar, that nothing is rebuilt, and the fuses.
const root = join(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

describe('packaging config', () => {
  it('ships the built app, and main points into it', () => {
    expect(config['files']).toContain('out/**');
    expect(pkg.main).toBe('./out/main/index.js');
  });

  it('does not rebuild native modules and unpacks better-sqlite3 binaries from asar', () => {
    expect(config['npmRebuild']).toBe(false);
    expect(config['asar']).toBe(true);
    expect(config['asarUnpack']).toEqual(expect.arrayContaining(['node_modules/better-sqlite3/prebuilds/**']));
    expect(pkg.dependencies['better-sqlite3']).toMatch(/^\^?1[3-9]/);
    expect(existsSync(join(root, 'node_modules/better-sqlite3/prebuilds/win32-x64.node'))).toBe(true);
    expect(JSON.stringify(pkg.scripts)).not.toMatch(/install-app-deps|electron-rebuild/);
  });

  it('ships the worker threads inside app.asar, with the code they import', () => {
    // Electron loads worker_threads scripts from asar (since 17.x, electron/electron#33216). A
    // built worker imports chunks beside it and packages from node_modules: unpacking the worker
    // alone would leave those imports unresolvable, so nothing the workers load is unpacked.
    expect(config['files']).toContain('out/**');
    const unpacked = config['asarUnpack'] as string[];
    expect(unpacked.filter((p) => p.startsWith('out/') || /better-sqlite3\/?\*\*$|drizzle|pdfkit/.test(p))).toEqual([]);
    for (const name of Object.keys(workerEntries)) expect(JSON.stringify(config)).not.toContain(name);
  });

  it('includes the PDF fonts with their licence as extra resources', () => {
    expect(config['extraResources']).toEqual(expect.arrayContaining([{ from: 'resources/fonts', to: 'fonts' }]));
    for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'LICENSE-DejaVu.txt'])
      expect(existsSync(join(root, 'resources/fonts', f))).toBe(true);
  });

  it('migrations ship inside the bundle, not as loose files', () => {
    expect(readFileSync(join(root, 'src/main/db/open.ts'), 'utf8')).toContain("from './migrations.gen'");
  });

  it('sets the security fuses', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('targets Linux (AppImage, deb), Windows (nsis) and macOS (dmg)', () => {
    expect((config['linux'] as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config['win'] as { target: string[] }).target).toEqual(['nsis']);
    expect((config['mac'] as { target: string[] }).target).toEqual(['dmg']);
  });

  it('runs on Node 24 from npm and keeps runtime modules for main in dependencies', () => {
    expect(pkg.devDependencies['node']).toMatch(/^\^?24/);
    for (const d of ['better-sqlite3', 'drizzle-orm', 'zod', 'i18next']) expect(pkg.dependencies[d], d).toBeDefined();
  });
});

describe('built bundles (`npm test` builds out/ first)', () => {
  const preload = join(root, 'out/preload/index.cjs');

  it('the preload is the method names and the IPC bridge only: no zod, no schemas', () => {
    expect(existsSync(preload), `${preload} is missing: run \`npm run build\` first`).toBe(true);
    const code = readFileSync(preload, 'utf8');
    expect(code).not.toMatch(/zod/i);
    expect(code).not.toContain('safeParse');
    // run the bundle as Electron would, with a stand-in electron module: it exposes one function
    // per method, each invoking its own channel, and nothing else
    const exposed: Record<string, Record<string, (input?: unknown) => unknown>> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: Record<string, (input?: unknown) => unknown>) => (exposed[key] = value) },
      ipcRenderer: { invoke: (...args: unknown[]) => invoked.push(args) },
    };
    new Function('require', code)((id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`the preload requires ${id}`);
    });
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(exposed['api']!).sort()).toEqual([...methodNames].sort());
    exposed['api']!['getAppInfo']!({ x: 1 });
    expect(invoked).toEqual([['api:getAppInfo', { x: 1 }]]);
    // 205 KB when it imported the full contract to list the names; the names alone are under 2 KB
    expect(code.length).toBeLessThan(10_000);
  });
});
