import { describe, expect, it } from 'vitest';
import { findNonApologies } from '../../src/shared/domain/apology';
import { languages } from '../../src/shared/domain/format';
import { letterKinds, mergeFieldsOf, type MergeValues } from '../../src/shared/domain/letters/kinds';
import { letterTemplates, placeholdersOf, renderLetter } from '../../src/shared/domain/letters/render';

// A distinct value per field, with Turkish and Azerbaijani letters, so each can be found again.
const values: MergeValues = {
  clientName: 'Mehmet Kaya',
  ownerName: 'Ayşe Yılmaz',
  ownerTitle: 'Kurucu ortaq',
  businessName: 'Atölye Studio',
  date: '23 Kasım 2026',
  invoiceNumbers: 'F-2026-017, F-2026-019',
  amountDue: '₺12.500,00',
  payBy: '7 Aralık 2026',
  referToName: 'Əliyev Dizayn',
  referToContact: 'info@aliyev.az',
  whyBetterFit: 'They specialise in large e-commerce sites.',
  lastDay: '31 Aralık 2026',
  transitionPlan: 'We hand over every file within a week.',
  whatWentWrong: 'We missed the launch date twice.',
  offer: 'Two months of maintenance at no charge.',
  price: '₺9.000,00 a month',
  scope: 'Website updates and monthly reports.',
  responseTime: 'Within one working day',
  paymentDay: 'The 1st of every month',
  followUpOn: '15 Ocak 2027',
  calledOn: '20 Kasım 2026',
  raisedOn: '2 Kasım 2026',
  complaintSummary: 'Geciken teslimat',
  whatWeDid: 'We replaced the faulty part.',
  nextStep: 'We test it on site.',
  nextUpdateOn: '10 Aralık 2026',
  waitingFor: 'Ana sayfa metinleri',
  askedOn: '1 Kasım 2026',
  blockedWork: 'Sitenin yayına alınması',
  delayImpact: 'The launch moves a week for every week we wait.',
  replyBy: '5 Aralık 2026',
  demands: 'Daily reports and weekend calls.',
  whyImpossible: 'Our team works on weekdays only.',
  contractName: 'Hizmet sözleşmesi',
  contractDate: '1 Mart 2026',
  contractTerms: 'Two rounds of revisions per deliverable',
};

describe.each(languages)('letters in %s', (lang) => {
  it.each(letterKinds)('%s renders with every merge field filled', (kind) => {
    const letter = renderLetter(kind, lang, values);
    expect(letter.missing).toEqual([]);
    const text = `${letter.subject}\n${letter.body}`;
    expect(text).not.toMatch(/\{\{|\}\}/);
    for (const field of mergeFieldsOf(kind)) expect(text, field).toContain(values[field]!);
    expect(text).toContain('_______');
  });

  it.each(letterKinds)('%s uses only its own merge fields', (kind) => {
    const t = letterTemplates[lang][kind];
    const allowed = new Set<string>(mergeFieldsOf(kind));
    for (const p of placeholdersOf(t.subject + t.body)) expect(allowed.has(p), p).toBe(true);
  });

  it('contains no non-apology in any template', () => {
    for (const kind of letterKinds) {
      const t = letterTemplates[lang][kind];
      expect(findNonApologies(`${t.subject}\n${t.body}`), kind).toEqual([]);
      expect(findNonApologies(renderLetter(kind, lang, values).body), kind).toEqual([]);
    }
  });
});

describe('renderLetter', () => {
  it('leaves an empty field visible for the owner to fill in, and names it', () => {
    const letter = renderLetter('referral', 'en', { ...values, referToContact: '  ' });
    expect(letter.missing).toEqual(['referToContact']);
    expect(letter.body).toContain('{{referToContact}}');
  });
  it('the win-back letter apologises for real, from the owner, with a signature line', () => {
    const body = renderLetter('win_back_apology', 'en', values).body;
    expect(body).toContain('I am sorry.');
    expect(body).toMatch(/_{10,}\nAyşe Yılmaz\nKurucu ortaq\nAtölye Studio/);
  });
  it('the checker catches the non-apologies in every language, whatever the case or accents', () => {
    expect(findNonApologies('I am SORRY you feel that way.')).toHaveLength(1);
    expect(findNonApologies('Sorry for the inconvenience!')).toHaveLength(1);
    expect(findNonApologies('Bu sorunu yaşadığınız için üzgünüm.').map((h) => h.language)).toEqual(['tr']);
    expect(findNonApologies('Narahatlığa görə üzr istəyirik.').map((h) => h.language)).toEqual(['az']);
    expect(findNonApologies('I am sorry. We let you down.')).toEqual([]);
  });
});
