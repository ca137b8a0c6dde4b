import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogues } from '../../src/shared/i18n';
import { errorCodes } from '../../src/shared/errors';

function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  const en = leaves(catalogues.en);
  for (const lang of ['tr', 'az'] as const) {
    const other = leaves(catalogues[lang]);
    it(`${lang} has exactly the English keys, none empty, same placeholders`, () => {
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [k, v] of other) {
        expect(v.trim(), k).not.toBe('');
        expect(placeholders(v), k).toEqual(placeholders(en.get(k)!));
      }
    });
  }
  it('translates every error code', () => {
    for (const code of errorCodes) expect(en.has(`errors.${code}`)).toBe(true);
  });
  it('every validation key used by the contract exists', async () => {
    const dir = join(import.meta.dirname, '../../src/shared/contract');
    for (const file of readdirSync(dir)) {
      const src = readFileSync(join(dir, file), 'utf8');
      for (const m of src.matchAll(/'(validation\.\w+)'/g)) expect(en.has(m[1]!), `${file}: ${m[1]}`).toBe(true);
    }
  });
});

describe('app lock wording', () => {
  for (const lang of ['tr', 'az'] as const) {
    it(`${lang}: turning the lock on is not worded like unlocking it`, () => {
      const l = leaves(catalogues[lang]);
      const key = [...l.keys()].find((k) => k.endsWith('lock.set'))!;
      const unlock = l.get(key.replace(/set$/, 'unlock'))!;
      expect(l.get(key)).not.toBe(unlock);
    });
  }
});
