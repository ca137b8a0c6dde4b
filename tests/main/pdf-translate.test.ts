// PDFs look messages up once and fill values in afterwards; the result must be what i18next
// itself gives, for every language, for values that change each time and for plurals.
import { describe, expect, it } from 'vitest';
import { catalogueI18n, translatorFor } from '../../src/main/pdf/translate';

const languages = ['en', 'tr', 'az'] as const;

describe('PDF translator (pdf/translate.ts)', () => {
  it.each(languages)('gives what i18next gives (%s)', (lang) => {
    const i = catalogueI18n(lang);
    const t = translatorFor(lang);
    const cases: [string, Record<string, unknown> | undefined][] = [
      ['reports.dossier.title', undefined],
      ['reports.dossier.entryHeading', { seq: 7, kind: 'Çağrı' }],
      ['reports.dossier.entryHeading', { seq: 1234, kind: 'E-posta "x"' }],
      ['reports.pageOf', { page: 3, total: 450 }],
      ['reports.minutes', { count: 1 }],
      ['reports.minutes', { count: 25 }],
      ['journal.kinds.unknown_kind', { defaultValue: 'unknown_kind' }],
    ];
    for (const [key, vars] of cases) {
      expect(t(key, vars)).toBe(String(i.t(key, vars ?? {})));
      expect(t(key, vars)).toBe(t(key, vars)); // the second answer comes from the cache
    }
    expect(t('reports.dossier.entryHeading', { seq: 8, kind: 'A' })).not.toBe(
      t('reports.dossier.entryHeading', { seq: 9, kind: 'A' }),
    );
  });
});
