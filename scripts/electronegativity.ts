// Runs Electronegativity (Doyensec) over src/ and fails on HIGH findings — Electronegativity
// itself exits 0 whatever it finds. Its release check needs the internet and is excluded;
// the Electron version is taken from package.json. It misses raw ipcRenderer exposure and
// unchecked IPC senders: tests/main/shell.test.ts covers those.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const electronVersion = (pkg.devDependencies['electron'] ?? '').replace(/^[^\d]*/, '');
// An optional folder to scan instead of src/ (the wrapper's own test uses a bad example).
const input = resolve(process.argv[2] ?? join(root, 'src'));
const out = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'findings.csv');

let bin: string;
try {
  bin = join(require.resolve('@doyensec/electronegativity/package.json'), '..', 'dist', 'index.js');
} catch {
  console.log('electronegativity: not installed — skipped');
  process.exit(0);
}
const run = spawnSync(
  process.execPath,
  [
    '-r',
    join(root, 'scripts/electronegativity-offline.cjs'),
    bin,
    '-i',
    input,
    '-e',
    electronVersion,
    '-x',
    'AvailableSecurityFixesGlobalCheck',
    '-o',
    out,
    '-r',
    '-v',
    'false',
  ],
  { cwd: root, encoding: 'utf8', timeout: 120_000 },
);
if (!existsSync(out)) {
  console.log(`electronegativity: could not run here (exit ${run.status}) — skipped\n${(run.stderr ?? '').slice(0, 800)}`);
  process.exit(0);
}
const rows = Papa.parse<Record<string, string>>(
  // its CSV puts a space after each comma, which hides the quotes from a CSV parser
  readFileSync(out, 'utf8').replace(/,[ \t]+"/g, ',"'),
  {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
  },
).data;
rmSync(join(out, '..'), { recursive: true, force: true });
const bySeverity = new Map<string, number>();
for (const r of rows) bySeverity.set(r['severity'] ?? '?', (bySeverity.get(r['severity'] ?? '?') ?? 0) + 1);
const high = rows.filter((r) => r['severity'] === 'HIGH');
console.log(
  `electronegativity (Electron ${electronVersion}): ${rows.length} findings — ${[...bySeverity].map(([s, n]) => `${s} ${n}`).join(', ') || 'none'}`,
);
for (const r of rows) console.log(`  ${r['severity']} ${r['issue']} ${r['filename']}:${r['location']} ${r['description']}`);
if (high.length > 0) {
  console.error(`electronegativity: ${high.length} HIGH finding(s) — failing`);
  process.exit(1);
}
