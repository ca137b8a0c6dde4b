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
    calledOn: '20 November 2026',
    raisedOn: '2 November 2026',
    complaintSummary: 'the April order arrived damaged',
    whatWeDid: 'we sent a replacement and checked the rest of the batch',
    nextStep: 'the courier collects the damaged parts early next week',
    nextUpdateOn: '10 December 2026',
    waitingFor: 'the approved texts for the home page',
    askedOn: '1 November 2026',
    blockedWork: 'the launch of the new site',
    delayImpact: 'the launch moves by a week for every week we wait',
    replyBy: '5 December 2026',
    demands: 'daily reports and calls at weekends',
    whyImpossible: 'the team that does your work would spend its week on reporting',
    contractName: 'the service agreement',
    contractDate: '1 March 2026',
    contractTerms: 'two rounds of revisions per deliverable\n- a monthly report on the first working day\nreplies within one working day, on working days',
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
    calledOn: '20 Kasım 2026',
    raisedOn: '2 Kasım 2026',
    complaintSummary: 'nisan siparişi hasarlı geldi',
    whatWeDid: 'yeni bir ürün gönderdik ve partinin geri kalanını kontrol ettik',
    nextStep: 'kurye hasarlı parçaları pazartesi günü alacak',
    nextUpdateOn: '10 Aralık 2026',
    waitingFor: 'ana sayfa için onaylı metinler',
    askedOn: '1 Kasım 2026',
    blockedWork: 'yeni sitenin yayına alınması',
    delayImpact: 'beklediğimiz her hafta lansman bir hafta kayıyor',
    replyBy: '5 Aralık 2026',
    demands: 'günlük raporlar ve hafta sonu aramaları',
    whyImpossible: 'işinizi yapan ekip haftasını raporlamayla geçirirdi',
    contractName: 'hizmet sözleşmesi',
    contractDate: '1 Mart 2026',
    contractTerms: 'her teslimat için iki revizyon turu\n- her ayın ilk iş günü aylık rapor\nhafta içi bir iş günü içinde yanıt',
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
    calledOn: '20 noyabr 2026',
    raisedOn: '2 noyabr 2026',
    complaintSummary: 'aprel sifarişi zədəli gəldi',
    whatWeDid: 'yeni məhsul göndərdik və partiyanın qalanını yoxladıq',
    nextStep: 'kuryer zədəli hissələri bazar ertəsi götürəcək',
    nextUpdateOn: '10 dekabr 2026',
    waitingFor: 'ana səhifə üçün təsdiqlənmiş mətnlər',
    askedOn: '1 noyabr 2026',
    blockedWork: 'yeni saytın istifadəyə verilməsi',
    delayImpact: 'gözlədiyimiz hər həftə işə salınma bir həftə gecikir',
    replyBy: '5 dekabr 2026',
    demands: 'gündəlik hesabatlar və həftəsonu zəngləri',
    whyImpossible: 'işinizi görən komanda həftəsini hesabat yazmağa sərf edərdi',
    contractName: 'xidmət müqaviləsi',
    contractDate: '1 mart 2026',
    contractTerms: 'hər təhvil üçün iki düzəliş mərhələsi\n- hər ayın ilk iş günü aylıq hesabat\niş günləri bir iş günü ərzində cavab',
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
    expect([...sentenceFields]).toEqual([
      'whyBetterFit',
      'transitionPlan',
      'whatWentWrong',
      'offer',
      'whatWeDid',
      'nextStep',
      'delayImpact',
      'demands',
      'whyImpossible',
    ]);
  });
});
