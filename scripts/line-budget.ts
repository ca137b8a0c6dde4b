// `npm run lint` prints a warning for every source file past 300 lines (blank lines and
// comment-only lines not counted): a sign that it holds two things and wants splitting. It
// warns and never fails — a long file is a prompt to look, not a defect by itself.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const limit = 300;
const root = join(import.meta.dirname, '..');

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (/\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.gen.ts')) yield p;
  }
}

export function codeLines(text: string): number {
  let n = 0;
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (inBlock) {
      if (line.includes('*/')) inBlock = false;
      continue;
    }
    if (line === '' || line.startsWith('//')) continue;
    if (line.startsWith('/*')) {
      if (!line.includes('*/')) inBlock = true;
      continue;
    }
    n++;
  }
  return n;
}

const long = [...sources(join(root, 'src'))]
  .map((f) => ({ f: relative(root, f), n: codeLines(readFileSync(f, 'utf8')) }))
  .filter((x) => x.n > limit)
  .sort((a, b) => b.n - a.n);
for (const { f, n } of long) console.warn(`warning  ${f}: ${n} lines of code (more than ${limit}): consider splitting it`);
console.log(`line budget: ${long.length} file(s) over ${limit} lines of code (a warning, not an error)`);
