import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentSecurityPolicy, createAppWindow, isSafeExternalUrl } from '../../src/main/window';

const root = resolve(import.meta.dirname, '../..');
function wrapper(input?: string) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', resolve(root, 'scripts/electronegativity.ts'), ...(input ? [input] : [])],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
}

describe('Electron hardening', () => {
  it('the window: isolated, sandboxed, no Node, no webviews, no middle-click windows, no drag-drop navigation', () => {
    let options: Record<string, unknown> = {};
    createAppWindow(
      class {
        constructor(o: Record<string, unknown>) {
          options = o;
        }
      } as never,
      '/p/preload.cjs',
    );
    expect(options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('CSP: only the app itself, no eval, no remote content, no plugins, no framing', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/);
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ]) {
      expect(contentSecurityPolicy).toContain(d);
    }
    const html = readFileSync(resolve(root, 'src/renderer/index.html'), 'utf8');
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html).not.toMatch(/unsafe-eval/);
  });

  it('external links: https and mailto only', () => {
    for (const ok of ['https://example.org/help', 'mailto:someone@example.org']) expect(isSafeExternalUrl(ok)).toBe(true);
    for (const bad of [
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'https://',
      'mailto:',
      'ms-msdt:/id',
    ]) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
  });

  it('fuses: no run-as-node, no NODE_OPTIONS, no inspector, asar integrity, load only from asar', () => {
    const cfg = JSON.parse(readFileSync(resolve(root, 'electron-builder.json'), 'utf8')) as {
      electronFuses: Record<string, boolean>;
    };
    expect(cfg.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('Electronegativity: no HIGH finding in src/, and the wrapper fails on an insecure window', () => {
    const ours = wrapper();
    console.log(`[electronegativity] ${ours.stdout.split('\n')[0]}`);
    expect(ours.status, ours.stdout + ours.stderr).toBe(0);
    if (/skipped/.test(ours.stdout)) return; // could not run here: the wrapper said why
    const bad = wrapper(resolve(root, 'tests/fixtures/insecure-window'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/HIGH/);
  });
});
