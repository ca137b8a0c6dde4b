// The documents claim exactly what they can show (issue 19 item 1): the journal is tamper-evident —
// a change made after a receipt or dossier was made is detected when the journal is checked
// against it — never inviolable, unalterable or "cannot be changed". The refused claims are the
// glossary's "tamper-evident" row (src/shared/i18n/GLOSSARY.md); glossary.test.ts holds each
// language's catalogue to its own forms, this holds every catalogue to all of them, and README.md too.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogues } from '../../src/shared/i18n';

const root = join(import.meta.dirname, '../..');
const glossary = readFileSync(join(root, 'src/shared/i18n/GLOSSARY.md'), 'utf8');
// one line per paragraph: a sentence may wrap anywhere
const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
const lower = (s: string) => s.toLocaleLowerCase('tr');

const row = glossary.split('\n').find((l) => l.startsWith('| tamper-evident'));
const banned = [...(row?.split('|').at(-2) ?? '').matchAll(/`([^`]+)`/g)].map((m) => lower(m[1]!));

function leaves(obj: unknown, prefix = ''): [string, string][] {
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [[key, v] as [string, string]] : leaves(v, key);
  });
}

describe('honest claims', () => {
  it('the glossary refuses the overclaims in every language', () => {
    for (const form of ['inviolable', 'unalterable', 'cannot be changed', 'breaks the chain', 'değiştirilemez', 'toxunulmaz'])
      expect(banned).toContain(form);
  });

  it('no catalogue string, in any language, claims more than tamper-evident', () => {
    const found: string[] = [];
    for (const [lang, catalogue] of Object.entries(catalogues))
      for (const [key, text] of leaves(catalogue))
        for (const form of banned) if (lower(text).includes(form)) found.push(`${lang} ${key}: “${form}”`);
    expect(found).toEqual([]);
  });

  it('every catalogue says what tamper-evident means', () => {
    const says = {
      en: 'a change made after a receipt or dossier was made is detected when the journal is checked against it',
      tr: 'bir makbuz veya olay dosyası oluşturulduktan sonra yapılan bir değişiklik, kayıt defteri onunla karşılaştırıldığında tespit edilir',
      az: 'qəbz və ya dosye hazırlandıqdan sonra edilən dəyişiklik jurnal onunla müqayisə edildikdə aşkar edilir',
    } as const;
    for (const [lang, text] of Object.entries(says))
      expect(
        leaves(catalogues[lang as keyof typeof says]).some(([, s]) => s.includes(text)),
        lang,
      ).toBe(true);
  });

  it('README.md claims no more, and says what verify --db cannot see and what catches it', () => {
    const text = lower(readme);
    expect(banned.filter((form) => text.includes(form))).toEqual([]);
    expect(readme).toContain(
      'a change made after a receipt or dossier was made is detected when the journal is checked against it',
    );
    expect(readme).toContain('recompute every later hash and the head');
    expect(readme).toContain('`receipt --db <path> --out <file.pdf\\|file.json>');
    expect(readme).toContain('--against <receipt.pdf\\|receipt.json\\|dossier.pdf>');
  });
});
