import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { workerEntries } from '../../src/main/workers/entries';

// electron-builder really packages the built app (`npm test` builds `out/` first), with a
// stand-in Electron distribution so nothing is downloaded. Fuses need the real Electron binary,
// so this run leaves them out; the real config keeps them (packaging.test.ts checks that).
const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

let tmp = '';
let appDir = '';
let files: string[] = [];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dossier-pack-'));
  const dist = join(tmp, 'electron-dist');
  const out = join(tmp, 'out');
  mkdirSync(dist);
  writeFileSync(join(dist, 'electron'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), electronVersion);
  const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as Record<string, unknown>;
  delete config['electronFuses'];
  config['electronDist'] = dist;
  config['electronVersion'] = electronVersion;
  config['directories'] = { ...(config['directories'] as object), output: out };
  // A config object would be merged into electron-builder.json (arrays concatenated); a file of
  // its own replaces it.
  const configFile = join(tmp, 'electron-builder.json');
  writeFileSync(configFile, JSON.stringify(config));
  process.env['ELECTRON_BUILDER_OFFLINE'] = '1';
  await build({ projectDir: root, targets: Platform.LINUX.createTarget('dir'), config: configFile, publish: 'never' });
  appDir = join(out, 'linux-unpacked');
  files = listPackage(join(appDir, 'resources/app.asar'), { isPack: false }).map((f) => f.replace(/\\/g, '/'));
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('packaged app (electron-builder --linux dir)', () => {
  it('app.asar holds the main bundle with every worker entry, the preload and the renderer', () => {
    expect(files).toContain('/out/main/index.js');
    for (const name of Object.keys(workerEntries)) expect(files, name).toContain(`/out/main/${name}.js`);
    expect(files).toContain('/out/preload/index.cjs');
    expect(files).toContain('/out/renderer/index.html');
    expect(files.some((f) => /^\/out\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
    expect(files).toContain('/package.json');
  });

  it('ships the production dependencies and nothing from tests, devDependencies or source maps', () => {
    for (const d of Object.keys(pkg.dependencies)) expect(files, d).toContain(`/node_modules/${d}/package.json`);
    for (const d of Object.keys(pkg.devDependencies)) {
      if (d in pkg.dependencies) continue;
      expect(files, d).not.toContain(`/node_modules/${d}/package.json`);
    }
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /^\/(tests|src)\//.test(f))).toEqual([]);
  });

  it("unpacks better-sqlite3's native binaries from asar", () => {
    const unpacked = join(appDir, 'resources/app.asar.unpacked/node_modules/better-sqlite3');
    const prebuilds = readdirSync(join(unpacked, 'prebuilds')).filter((f) => f.endsWith('.node'));
    expect(prebuilds.length).toBeGreaterThan(0);
    expect(prebuilds).toContain('linux-x64.node');
    expect(existsSync(join(unpacked, 'lib'))).toBe(true);
  });

  it('puts the PDF fonts and their licence in resources', () => {
    for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'LICENSE-DejaVu.txt'])
      expect(existsSync(join(appDir, 'resources/fonts', f)), f).toBe(true);
  });
});
