// A real apology is "I'm sorry." These are not (DOMAIN.md §5): they blame the client's feelings
// or sound passive-aggressive. Used by the resolution form and by letter templates.
import { fold } from './fold';
import type { Language } from './format';

export const nonApologies: Record<Language, readonly string[]> = {
  en: [
    'sorry you feel that way',
    'sorry that you feel that way',
    'sorry if you feel',
    'sorry you had this problem',
    'sorry you had a problem',
    'sorry that you had this problem',
    'sorry for the inconvenience',
    'sorry for any inconvenience',
    'apologise for any inconvenience',
    'apologize for any inconvenience',
    'apologies for the inconvenience',
    'sorry if you were offended',
    'sorry you were upset',
    'sorry if that upset you',
    'mistakes were made',
  ],
  tr: [
    'böyle hissettiğiniz için üzgünüm',
    'böyle hissetmenize üzüldüm',
    'öyle hissettiyseniz özür dilerim',
    'bu sorunu yaşadığınız için üzgünüm',
    'sorun yaşamanıza üzüldük',
    'yaşanan rahatsızlıktan dolayı özür dileriz',
    'verdiğimiz rahatsızlıktan dolayı özür dileriz',
    'herhangi bir rahatsızlık için özür dileriz',
    'rahatsızlık için özür dileriz',
    'kırıldıysanız özür dilerim',
    'yanlış anlaşıldıysa özür dilerim',
  ],
  az: [
    'belə hiss etdiyiniz üçün üzr istəyirəm',
    'belə hiss etdiyinizə görə təəssüf edirəm',
    'bu problemi yaşadığınız üçün təəssüf edirəm',
    'problem yaşadığınıza görə təəssüf edirik',
    'yaranan narahatlığa görə üzr istəyirik',
    'narahatlığa görə üzr istəyirik',
    'hər hansı narahatlığa görə üzr istəyirik',
    'inciyirsinizsə üzr istəyirəm',
    'səhv başa düşülübsə üzr istəyirəm',
  ],
};

export interface NonApologyHit {
  language: Language;
  phrase: string;
}

const folded = (Object.entries(nonApologies) as [Language, readonly string[]][]).flatMap(([language, list]) =>
  list.map((phrase) => ({ language, phrase, key: normalise(phrase) })),
);

function normalise(s: string): string {
  return ` ${fold(s.replace(/[’‘`´]/g, "'"))
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

/** Every non-apology phrase the text contains, in any of the three languages (case, accents and punctuation ignored). */
export function findNonApologies(text: string): NonApologyHit[] {
  const t = normalise(text);
  return folded.filter((p) => t.includes(p.key)).map(({ language, phrase }) => ({ language, phrase }));
}
