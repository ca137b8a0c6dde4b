// Every template in every language, rendered with sample facts the way owners type them (one
// invoice and several; with and without the optional answers; answers in lower case and without
// a full stop), must read as a letter: sentences start with a capital, punctuation is neither
// doubled nor missing, the invoice word agrees with the number of invoices, nothing is left blank.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/domain/format';
import { letterKinds, mergeFieldsOf, type LetterKind, type MergeValues } from '../../src/shared/domain/letters/kinds';
import {
  asSentence,
  letterTemplates,
  optionalFieldsOf,
  renderLetter,
  sentenceFields,
} from '../../src/shared/domain/letters/render';

const common = {
  clientName: 'Mehmet Kaya',
  ownerName: 'Ayşe Yılmaz',
  ownerTitle: 'Kurucu ortaq',
  businessName: 'Atölye Studio',
  referToName: 'Əliyev Dizayn',
  referToContact: 'info@aliyev.az',
};

// the answers as owners type them: lower case, no full stop
const typed: Record<Language, MergeValues> = {
  en: {
    date: '23 November 2026',
    amountDue: '£12,500.00',
    payBy: '7 December 2026',
    lastDay: '31 December 2026',
    followUpOn: '15 January 2027',
    whyBetterFit: 'they specialise in large e-commerce sites',
    transitionPlan: 'we hand over every file within a week',
    whatWentWrong: 'we missed the launch date twice',
    offer: 'one month of maintenance at no charge',
    price: '£900.00 a month',
    scope: 'website updates and monthly reports',
    responseTime: 'within one working day',
    paymentDay: 'the 1st of every month',
  },
  tr: {
    date: '23 Kasım 2026',
    amountDue: '₺12.500,00',
    payBy: '7 Aralık 2026',
    lastDay: '31 Aralık 2026',
    followUpOn: '15 Ocak 2027',
    whyBetterFit: 'büyük e-ticaret sitelerinde uzmanlar',
    transitionPlan: 'tüm dosyaları bir hafta içinde teslim ediyoruz',
    whatWentWrong: 'lansman tarihini iki kez kaçırdık',
    offer: 'bir ay ücretsiz bakım',
    price: 'aylık ₺9.000,00',
    scope: 'site güncellemeleri ve aylık raporlar',
    responseTime: 'bir iş günü içinde',
    paymentDay: 'her ayın 1’i',
  },
  az: {
    date: '23 noyabr 2026',
    amountDue: '12 500,00 ₼',
    payBy: '7 dekabr 2026',
    lastDay: '31 dekabr 2026',
    followUpOn: '15 yanvar 2027',
    whyBetterFit: 'onlar böyük e-ticarət saytları üzrə ixtisaslaşıblar',
    transitionPlan: 'bütün faylları bir həftə ərzində təhvil veririk',
    whatWentWrong: 'işə salınma tarixini iki dəfə qaçırdıq',
    offer: 'bir ay pulsuz texniki dəstək',
    price: 'ayda 900,00 ₼',
    scope: 'sayt yeniləmələri və aylıq hesabatlar',
    responseTime: 'bir iş günü ərzində',
    paymentDay: 'hər ayın 1-i',
  },
};

const invoiceSets = { one: 'F-2026-017', several: 'F-2026-017, F-2026-019' } as const;

/** the invoice word of each language: singular and plural forms (with suffixes) */
const invoiceWord: Record<Language, { any: RegExp; plural: RegExp }> = {
  en: { any: /\binvoices?\b/giu, plural: /^invoices$/iu },
  tr: { any: /(?<!\p{L})fatura\p{L}*/giu, plural: /^faturalar/iu },
  az: { any: /(?<!\p{L})faktura\p{L}*/giu, plural: /^fakturalar/iu },
};

const lowerOf = (lang: Language, s: string) => s !== s.toLocaleUpperCase(lang === 'en' ? 'en' : 'tr');

function problems(lang: Language, kind: LetterKind, v: MergeValues, several: boolean): string[] {
  const letter = renderLetter(kind, lang, v);
  const text = `${letter.subject}\n\n${letter.body}`;
  const out: string[] = [];
  if (/\{\{|\}\}|\[\[|\]\]/.test(text)) out.push('a {{field}} or [[part]] is left over');
  if (letter.missing.length) out.push(`missing: ${letter.missing.join(', ')}`);
  // sentences: after . ! ? and at the start of every paragraph and line
  const starts = [...text.matchAll(/(?:^|[.!?…]\s+|\n)\s*[•"“(]*\s*(\p{L})/gmu)].map((m) => m[1]!);
  for (const [i, c] of starts.entries()) if (lowerOf(lang, c)) out.push(`a sentence starts in lower case (#${i}: “${c}”)`);
  for (const m of text.matchAll(/[.,;:!?][ \t]*[.,;:!?]/gu)) out.push(`doubled punctuation “${m[0]}”`);
  for (const m of text.matchAll(/[ \t][.,;:!?)]|\(\s*\)|[ \t]{2,}/gu)) out.push(`an empty place or stray space “${m[0]}”`);
  // missing punctuation: a word, a space, then a capital, where no name or number follows
  let masked = text;
  for (const [field, value] of Object.entries(v))
    if (value && !sentenceFields.has(field as keyof MergeValues)) masked = masked.replaceAll(value, '0');
  if (lang === 'en') masked = masked.replace(/\bI\b/g, 'i');
  for (const m of masked.matchAll(/\p{Ll}[ \t]+\p{Lu}\p{Ll}*/gu)) out.push(`missing punctuation before “${m[0]}”`);
  // the invoice word agrees with how many invoices there are
  if (mergeFieldsOf(kind).includes('invoiceNumbers'))
    for (const [w] of text.matchAll(invoiceWord[lang].any))
      if (invoiceWord[lang].plural.test(w) !== several) out.push(`“${w}” with ${several ? 'several invoices' : 'one invoice'}`);
  return out;
}

describe.each(['en', 'tr', 'az'] as const)('letters read as letters in %s', (lang) => {
  const cases = letterKinds.flatMap((kind) =>
    (['one', 'several'] as const).flatMap((n) => (['with', 'without'] as const).map((optional) => [kind, n, optional] as const)),
  );
  it.each(cases)('%s, %s invoice(s), %s the optional answers', (kind, n, optional) => {
    const t = letterTemplates[lang][kind];
    const v: MergeValues = { ...common, ...typed[lang], invoiceNumbers: invoiceSets[n] };
    if (optional === 'without') {
      delete v.ownerTitle;
      for (const f of optionalFieldsOf(t.subject + t.body)) delete v[f as keyof MergeValues];
    }
    expect(problems(lang, kind, v, n === 'several'), renderLetter(kind, lang, v).body).toEqual([]);
  });

  it('has optional answers where a letter can do without them', () => {
    const optional = letterKinds.flatMap((k) => optionalFieldsOf(letterTemplates[lang][k].body));
    expect(optional).toEqual(expect.arrayContaining(['payBy', 'whyBetterFit', 'transitionPlan', 'offer', 'followUpOn']));
  });

  it('merges a typed answer as a sentence, keeping its own full stop', () => {
    const body = renderLetter('win_back_apology', lang, { ...common, ...typed[lang] }).body;
    expect(body).toContain(asSentence(typed[lang].whatWentWrong!, lang));
    expect(body).toContain(asSentence(typed[lang].offer!, lang));
    const withStop = renderLetter('referral', lang, { ...common, ...typed[lang], whyBetterFit: 'They know the field.' }).body;
    expect(withStop).toContain('They know the field.');
    expect(withStop).not.toContain('field..');
  });
});

describe('asSentence', () => {
  it('capitalises the Turkish way and ends with one full stop', () => {
    expect(asSentence('istiyoruz', 'tr')).toBe('İstiyoruz.');
    expect(asSentence('ısrar ettik', 'az')).toBe('Israr ettik.');
    expect(asSentence('  we did it!  ', 'en')).toBe('We did it!');
    expect(asSentence('"quoted words"', 'en')).toBe('"Quoted words".');
    expect([...sentenceFields]).toEqual(['whyBetterFit', 'transitionPlan', 'whatWentWrong', 'offer']);
  });
});
