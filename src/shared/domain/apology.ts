// A real apology is "I'm sorry." These are not (DOMAIN.md §5): they blame the client's feelings
// or experience, hedge with "if", hide the doer ("mistakes were made"), or apologise for a vague
// "inconvenience". Used by the resolution form and by letter templates.
//
// Rules, not fixed phrases: each rule is a few parts that must all occur in one sentence, in any
// order, each matching any inflection (person, number, tense: "üzgünüm/üzgünüz", "özür
// dilerim/dileriz/diliyoruz", "üzr istəyirəm/istəyirik"). The text is folded first (lower case, no
// accents, ı→i, ə→e), so the rules are written without diacritics and match typed ASCII too.
import { fold } from './fold';
import type { Language } from './format';

export interface NonApologyHit {
  language: Language;
  /** the words found, from the apology to the end of the clause, lower case */
  phrase: string;
}

/** One rule: every part matches somewhere in one sentence. */
type Rule = readonly RegExp[];

// ---- Turkish -------------------------------------------------------------------------------
const trApology = /\b(ozur\w*|uzgun\w*|uzul\w*|kusura bak\w*|affeders\w*|affet\w*|pisman\w*|teessuf\w*)/;
// what the client felt or went through (not what we did), as a second-person participle or
// condition: hissettiğiniz, yaşamanıza, yaşamış olmanız, hissediyorsanız, kırıldıysanız, hissettiniz
const trExperience =
  /\b(?:hisse[dt]|yasa|karsilas|maruz kal|uzul|kiril|gucen|alin|rahatsiz ol|rahatsiz hisse[dt]|dusun|algila|yanlis anla|ugra|magdur ol|kizgin ol|sinirlen)(?:[dt][iu]g[iu]n[iu]z|m[ae]n[iu]z|m[iu]s olm[ae]n[iu]z|[iu]?yors[ae]n[iu]z|[dt][iu]ys[ae]n[iu]z|[dt][iu]n[iu]z)/;
const trThisWay = /\b(boyle|oyle|bu sekilde|o sekilde|bu kadar)\b/;
const trAny2p =
  /\w(?:[dt][iu]g[iu]n[iu]z|m[ae]n[iu]z|m[iu]s olm[ae]n[iu]z|[iu]?yors[ae]n[iu]z|[dt][iu]ys[ae]n[iu]z|[dt][iu]n[iu]z)/;
const trCondition =
  /\b(eger|sayet|varsa)\b|\w+[dt][iu]ys[ae](m|k|n[iu]z|n|lar)?\b|\w+yors[ae](m|k|n[iu]z|n|lar)?\b|\w+m[iu]ss[ae](m|k|n[iu]z|n|lar)?\b/;
const trVague =
  /\b(rahatsizlik\w*|rahatsizlig\w*|magduriyet\w*|aksaklik\w*|aksaklig\w*|herhangi bir|olasi|yasan(an|mis|abilecek)|olus(an|mus|abilecek)|meydana gel(en|mis)|ortaya cik(an|mis)|sebep olunan|neden olunan)\b/;
const trHedge = /\b(olabilir\w*|m[iu]s olabilir\w*)/;
const trBut = /\b(ozur dil\w*|uzgun\w*|kusura bak\w*|affeders\w*),? (ama|ancak|fakat|lakin|yine de)\b/;
const trPassive = /\b(hata|yanlis|yanlislik)(lar)?\w* (yapildi|yapilmis\w*|oldu|olustu|olmus\w*|meydana geldi|yasandi)\b/;

// ---- Azerbaijani ---------------------------------------------------------------------------
const azApology = /\b(uzr\w*|teessuf\w*|bagisla\w*|heyfsilen\w*|kederlen\w*)/;
// the same in Azerbaijani: hiss etdiyiniz, yaşadığınıza, düşündüyünüz, hiss edirsiniz,
// inciyirsinizsə, olmusunuzsa, qəbul etdiniz
const azExperience =
  /\b(?:hiss e[dt]|yasa|qarsilas|rast gel|incin|inci|narahat ol|basa dus|yanlis anla|anla|dusun|qebul e[dt]|meyus ol|uzul|narazi qal|esebiles)(?:[dt][iu][gy][iu]n[iu]z|[iu]?y?[iu]rs[iu]n[iu]z|m[iu]s[iu]n[iu]z|[dt][iu]n[iu]z|ma[gq][iu]n[iu]z|me[yk][iu]n[iu]z)/;
const azThisWay = /\b(bele|bu cur|o cur|bu sekilde|bu qeder)\b/;
const azAny2p =
  /\w(?:[dt][iu][gy][iu]n[iu]z|[iu]?y?[iu]rs[iu]n[iu]z|m[iu]s[iu]n[iu]z|[dt][iu]n[iu]z|ma[gq][iu]n[iu]z|me[yk][iu]n[iu]z)/;
const azCondition =
  /\b(eger|varsa)\b|\w+(n[iu]z|[iu]q|[iu]k|[ae]m)s[ae]\b|\w+[iu]bs[ae]\b|\w+[dt][iu]s[ae](m|q|k|n[iu]z|n)?\b|\w+d[iu]rs[ae]\b/;
const azVague =
  /\b(narahatl\w*|narahatcil\w*|anlasilmazl\w*|xosagelmez\w*|her hansi|yaranan|yasanan|bas veren|ortaya cixan|meydana gelen|mumkun olan)\b/;
const azHedge = /\b(ola biler\w*)/;
const azBut = /\b(uzr ist\w*|teessuf\w*|bagisla\w*),? (amma|lakin|ancaq|ancak)\b/;
const azPassive =
  /\bsehv(ler)?\w* (buraxildi|buraxilib|edildi|edilib|olundu|oldu|olub|bas verdi|bas verib)\b|\bsehv(ler)?\w* yol veril\w*/;

// ---- English -------------------------------------------------------------------------------
const enApology = /\b(sorry|apologi[sz]\w*|apolog(y|ies)|regret\w*)\b/;
const enAtYou =
  /\b(sorry|apologi[sz]e\w*|apologies|regret\w*) (that |if |to hear that |to hear )?(you|you're|you've|you'd|anyone|someone|your)\b/;
const enIf = /\b(sorry|apologi[sz]\w*|apologies|regret\w*) (if|in case|whenever)\b/;
const enFeel =
  /\b(how|the way) you (feel|felt|see|saw|took|take)\b|(?<!\b(made|make|makes|let) )\byou (feel|felt|may feel|might feel|took it|take it|see it|saw it|perceived?|misunderstood)\b/;
const enVague =
  /\binconvenien\w*|\bfor any\b|\bany (trouble|confusion|issues?|problems?|misunderstanding|frustration|upset|offen[cs]e)\b/;
const enHearing = /\b(sorry|sad|regret\w*) to hear\b/;
const enHedge =
  /\b(may|might|could) have (caused|upset|offended|been|inconvenienced|hurt|seemed)\b|\bif (this|that|it|we|i|our \w+|my \w+) (has |have |had )?(caused|upset|offended|hurt|came across|come across|seemed|inconvenienced)\b/;
const enBut = /\b(sorry|apologi[sz]\w*|apologies|regret\w*),? but\b/;
const enPassive =
  /\b(mistakes|errors|things|an error|a mistake) (were|was|have been|had been|has been) (made|done)\b|\bmistakes happen\b/;

const rules: Record<Language, readonly Rule[]> = {
  tr: [
    [trApology, trExperience],
    [trApology, trThisWay, trAny2p],
    [trApology, trCondition],
    [trApology, trVague],
    [trApology, trHedge],
    [trBut],
    [trPassive],
  ],
  az: [
    [azApology, azExperience],
    [azApology, azThisWay, azAny2p],
    [azApology, azCondition],
    [azApology, azVague],
    [azApology, azHedge],
    [azBut],
    [azPassive],
  ],
  en: [[enAtYou], [enIf], [enApology, enFeel], [enApology, enVague], [enHearing], [enApology, enHedge], [enBut], [enPassive]],
};

/** The text folded for the rules, with each folded character's index in the original. */
function prepare(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text.replace(/[’‘`´]/g, "'")) {
    for (const c of fold(ch)) {
      const out = /[\p{L}\p{N}']/u.test(c) ? c : /[.!?;\n]/.test(c) ? '.' : /[,:]/.test(c) ? c : ' ';
      if (out === ' ' && (folded.endsWith(' ') || folded === '')) continue;
      if ((out === ',' || out === ':' || out === '.') && folded.endsWith(' ')) {
        folded = folded.slice(0, -1);
        at.pop();
      }
      folded += out;
      at.push(i);
    }
    i += ch.length;
  }
  return { folded, at };
}

/** Which languages to try first for one sentence: an ə, or words only Azerbaijani has, say az. */
const orderFor = (original: string, sentence: string): Language[] =>
  /[əƏ]/.test(original) || /\b(ucun|gore|uzr\w*|bele|edir\w*|istey\w*|olmusunuz\w*)\b/.test(sentence)
    ? ['az', 'tr', 'en']
    : ['tr', 'az', 'en'];

/** Every non-apology the text contains, one per sentence, in any of the three languages. */
export function findNonApologies(text: string): NonApologyHit[] {
  const { folded, at } = prepare(text);
  const hits: NonApologyHit[] = [];
  let start = 0;
  for (const sentence of folded.split('.')) {
    const from = start;
    start += sentence.length + 1;
    if (!sentence.trim()) continue;
    const original = text.slice(at[from], at[from + sentence.length - 1]! + 1);
    for (const language of orderFor(original, sentence)) {
      const rule = rules[language].find((parts) => parts.every((p) => p.test(sentence)));
      if (!rule) continue;
      const spans = rule.map((p) => {
        const m = p.exec(sentence)!;
        return [m.index + (m[0].length - m[0].trimStart().length), m.index + m[0].length] as const;
      });
      const first = Math.min(...spans.map((s) => s[0]));
      const last = Math.max(...spans.map((s) => s[1]));
      // to the end of the clause the last part is in
      const stop = sentence.slice(last).search(/[,:]/);
      const end = stop < 0 ? sentence.length : last + stop;
      const phrase = text
        .slice(at[from + first], at[from + end - 1]! + 1)
        .trim()
        .toLocaleLowerCase(language === 'en' ? 'en' : 'tr');
      if (!hits.some((h) => h.phrase === phrase)) hits.push({ language, phrase });
      break;
    }
  }
  return hits;
}
