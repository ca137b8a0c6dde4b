// The glossary (src/shared/i18n/GLOSSARY.md) names one term per concept per language and the
// forms that must not be used. This keeps every catalogue string to it, now and for new strings.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogues } from '../../src/shared/i18n';
import { letterTemplates } from '../../src/shared/domain/letters/render';

type Lang = keyof typeof catalogues;
const langs = Object.keys(catalogues) as Lang[];

// Turkish-aware for tr and az alike (İ→i, I→ı); English lowercases plainly.
const lower = (s: string, lang: Lang) => s.toLocaleLowerCase(lang === 'en' ? 'en' : 'tr');

interface Row {
  concept: string;
  term: Partial<Record<Lang, string>>;
  banned: Partial<Record<Lang, string[]>>;
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

function parseGlossary(md: string): Row[] {
  const lines = md.split('\n');
  const headerAt = lines.findIndex((l) => l.startsWith('|') && /must not be used/i.test(l));
  if (headerAt < 0) throw new Error('GLOSSARY.md has no table with a “must not be used” column');
  const header = cellsOf(lines[headerAt]!).map((h) => h.toLowerCase());
  const bannedCol = header.findIndex((h) => /must not be used/.test(h));
  const rows: Row[] = [];
  for (const line of lines.slice(headerAt + 2)) {
    if (!line.startsWith('|')) break;
    const cells = cellsOf(line);
    const row: Row = { concept: cells[0]!, term: {}, banned: {} };
    for (const lang of langs) {
      const col = header.indexOf(lang);
      const bold = col >= 0 ? /\*\*([^*]+)\*\*/.exec(cells[col] ?? '') : null;
      if (bold) row.term[lang] = lower(bold[1]!, lang);
    }
    // "tr: `günlük`, `günlüğ`<br>az: `ayrılıq`": each language label owns the backticked forms after it
    const cell = cells[bannedCol] ?? '';
    for (const m of cell.matchAll(/\b(en|tr|az):([^]*?)(?=\b(?:en|tr|az):|$)/g)) {
      const lang = m[1] as Lang;
      const forms = [...m[2]!.matchAll(/`([^`]+)`/g)].map((f) => lower(f[1]!, lang));
      row.banned[lang] = [...(row.banned[lang] ?? []), ...forms];
    }
    rows.push(row);
  }
  return rows;
}

function leaves(obj: unknown, prefix = ''): [string, string][] {
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [[key, v] as [string, string]] : leaves(v, key);
  });
}

/** The strings of one language that use a banned form, as `key: form — text`. */
function violations(rows: Row[], lang: Lang, catalogue: unknown): string[] {
  const found: string[] = [];
  for (const [key, raw] of leaves(catalogue)) {
    const text = lower(raw.replace(/\{\{[^}]*\}\}/g, ' '), lang);
    for (const row of rows) {
      const forms = row.banned[lang];
      if (!forms?.length) continue;
      // the row's own term is allowed even where a refused form is part of it (kayıt defteri ⊃ defter),
      // but a refused form that merely contains the term is still refused (hesab-faktura ⊃ faktura)
      const term = row.term[lang];
      const inTerm = (at: number, length: number) => {
        if (!term) return false;
        for (let j = text.indexOf(term); j >= 0; j = text.indexOf(term, j + 1))
          if (j <= at && at + length <= j + term.length) return true;
        return false;
      };
      for (const form of forms)
        for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
          if (!inTerm(at, form.length)) {
            found.push(`${key}: “${form}” (${row.concept}) — ${raw}`);
            break;
          }
    }
  }
  return found;
}

const md = readFileSync(join(import.meta.dirname, '../../src/shared/i18n/GLOSSARY.md'), 'utf8');
const rows = parseGlossary(md);

describe('glossary', () => {
  it('is a table the test can read: every row has a term in every language', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) for (const lang of langs) expect(row.term[lang], `${row.concept} (${lang})`).toBeTruthy();
    // the column is really read: the forms the issue named are in it
    expect(rows.flatMap((r) => r.banned.tr ?? [])).toEqual(expect.arrayContaining(['günlük', 'uyarı işaret', 'kalktı']));
    expect(rows.flatMap((r) => r.banned.az ?? [])).toEqual(expect.arrayContaining(['ayrılıq', 'ayrılma məktub']));
    expect(rows.flatMap((r) => r.banned.tr ?? [])).toEqual(expect.arrayContaining(['ayrılık mektub']));
  });

  it('does not refuse, in one row, the term another row chose', () => {
    for (const lang of langs) {
      const terms = Object.fromEntries(rows.map((r, i) => [`t${i}`, r.term[lang]!]));
      expect(violations(rows, lang, terms), lang).toEqual([]);
    }
  });

  it('finds a banned form with a suffix and in capitals, the Turkish way', () => {
    const r = parseGlossary(md);
    expect(violations(r, 'tr', { a: 'Günlüğe eklendi', b: 'KALKTI', c: 'Kayıt defterine eklendi', d: '{{günlük}}' })).toEqual([
      expect.stringMatching(/^a: “günlüğ”/),
      expect.stringMatching(/^b: “kalktı”/),
    ]);
    expect(violations(r, 'tr', { a: 'DEFTERİ doğrula' })).toHaveLength(1);
    expect(violations(r, 'az', { a: 'AYRILIQ PROSESİ', b: 'hesab-faktura', c: 'faktura' })).toEqual([
      expect.stringMatching(/^a: /),
      expect.stringMatching(/^b: /),
    ]);
  });

  for (const lang of langs) {
    it(`${lang}: no catalogue string uses a form the glossary refuses`, () => {
      expect(violations(rows, lang, catalogues[lang])).toEqual([]);
    });
    it(`${lang}: no letter the client receives uses a form the glossary refuses`, () => {
      expect(violations(rows, lang, letterTemplates[lang])).toEqual([]);
    });
  }
});
