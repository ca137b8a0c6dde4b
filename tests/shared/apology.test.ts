// The non-apology check (DOMAIN.md §5) works by rules, not fixed phrases: the forms below differ
// in person, number, tense and word order, and every one must be caught; the genuine apologies
// must pass, so that owners are not nagged when they say "I'm sorry" and mean it.
import { describe, expect, it } from 'vitest';
import { findNonApologies } from '../../src/shared/domain/apology';
import type { Language } from '../../src/shared/domain/format';

const nonApologies: Record<Language, string[]> = {
  en: [
    "I'm sorry you feel that way.",
    'We are sorry that you feel this way.',
    'Sorry if you felt ignored.',
    'I apologise if you were offended.',
    "We're sorry you were upset by our reply.",
    'Sorry you had this problem.',
    'We are sorry that you experienced difficulties with the site.',
    "I'm sorry to hear you ran into trouble.",
    'Sorry for the inconvenience!',
    'We apologize for any inconvenience this may have caused.',
    'Apologies for the inconvenience.',
    'We regret any inconvenience.',
    'Sorry for any confusion.',
    'Mistakes were made.',
    'Errors have been made on our side.',
    "I'm sorry if that upset you.",
    'We apologise if our email came across as rude.',
    'Sorry, but you should have read the contract.',
    'I am sorry, but those are the terms.',
    "We're sorry for how you feel.",
    'I regret that you see it that way.',
    'Sorry if anyone was offended.',
    'Sorry for any trouble we may have caused.',
    "I'm sorry you took it that way.",
  ],
  tr: [
    'Böyle hissettiğiniz için üzgünüz.',
    'Yaşattığımız rahatsızlıktan dolayı özür dileriz.',
    'Böyle hissettiğiniz için üzgünüm.',
    'Böyle hissetmenize üzüldük.',
    'Öyle hissettiyseniz özür dilerim.',
    'Üzgünüz, bu şekilde hissettiğiniz için.',
    'Bu sorunu yaşadığınız için üzgünüm.',
    'Sorun yaşamanıza çok üzüldük.',
    'Yaşanan rahatsızlıktan dolayı özür dileriz.',
    'Verdiğimiz rahatsızlık için özür diliyoruz.',
    'Herhangi bir rahatsızlık için özür dileriz.',
    'Kırıldıysanız özür dilerim.',
    'Yanlış anlaşıldıysa özür dilerim.',
    'Sizi üzdüysek özür dileriz.',
    'Yaşanan aksaklıktan ötürü özür dileriz.',
    'Oluşan mağduriyet için üzgünüz.',
    'Hatalar yapıldı.',
    'Özür dilerim ama sözleşmeyi okumanız gerekirdi.',
    'Bir yanlışlık olduysa kusura bakmayın.',
    'Eğer gücendiyseniz özür dileriz.',
    'Yaşadığınız sıkıntılardan dolayı üzgünüz.',
    'Sizi rahatsız etmiş olabiliriz, özür dileriz.',
    'Rahatsız olduysanız affedersiniz.',
    'Böyle düşündüğünüz için üzgünüz.',
    'Özür dileriz, böyle algılamanızı istemezdik.',
  ],
  az: [
    'Belə hiss etdiyiniz üçün üzr istəyirəm.',
    'Belə hiss etdiyinizə görə təəssüf edirik.',
    'Bu problemi yaşadığınız üçün təəssüf edirəm.',
    'Problem yaşadığınıza görə təəssüf edirik.',
    'Yaranan narahatlığa görə üzr istəyirik.',
    'Narahatlığa görə üzr istəyirik.',
    'Hər hansı narahatlığa görə üzr istəyirik.',
    'İnciyirsinizsə, üzr istəyirəm.',
    'Səhv başa düşülübsə, üzr istəyirəm.',
    'Təəssüf edirik ki, belə hiss edirsiniz.',
    'Yaşanan anlaşılmazlığa görə üzr istəyirik.',
    'Baş verən narahatçılığa görə üzrlərimizi bildiririk.',
    'Səhvlərə yol verildi.',
    'Səhvlər buraxıldı.',
    'Üzr istəyirəm, amma müqaviləni oxumalı idiniz.',
    'Əgər sizi incitmişiksə, üzr istəyirik.',
    'Narahat olmusunuzsa, bağışlayın.',
    'Qarşılaşdığınız çətinliklərə görə təəssüf edirik.',
    'Belə düşündüyünüz üçün təəssüf edirəm.',
    'Sizi narahat etmiş ola bilərik, üzr istəyirik.',
    'Üzr istəyirik ki, siz bunu belə qəbul etdiniz.',
    'Yaranan xoşagəlməz vəziyyətə görə üzr istəyirik.',
  ],
};

const apologies: Record<Language, string[]> = {
  en: [
    'I am sorry.',
    "I'm sorry we missed the launch date.",
    'We apologise for missing the deadline twice.',
    'I apologize for the mistakes I made in the invoice.',
    'We are sorry that we let you down.',
    "I'm sorry I was short with you on the phone.",
    'My apologies: we sent you the wrong files.',
    'We got this wrong, and I am sorry.',
    'I regret that we did not tell you sooner.',
    'I am sorry for the trouble our mistake caused you.',
    "I'm sorry; it was my fault, and I will fix it this week.",
    'Please accept my apology for the delay we caused.',
    'We apologise to you and your team for missing the deadline.',
  ],
  tr: [
    'Özür dilerim.',
    'Lansman tarihini kaçırdığımız için özür dilerim.',
    'Sizi beklettiğimiz için özür dileriz.',
    'Hata bizimdi; özür dileriz.',
    'Yanlış dosyayı gönderdim, özür dilerim.',
    'Telefonda sizi kırdığım için özür dilerim.',
    'Size söz verdiğimiz tarihi tutturamadık ve bunun için üzgünüz.',
    'Sizi hayal kırıklığına uğrattık; çok özür dileriz.',
    'Bu hatayı yaptığımız için içtenlikle özür dilerim.',
    'Size yaşattığımız gecikme için özür dileriz.',
    'Faturayı yanlış kestik, kusura bakmayın; bugün düzeltiyoruz.',
    'Sorumluluk bende, özür dilerim.',
  ],
  az: [
    'Üzr istəyirəm.',
    'Buraxılış tarixini iki dəfə qaçırdığımız üçün üzr istəyirəm.',
    'Sizi gözlətdiyimiz üçün üzr istəyirik.',
    'Səhv bizim idi; üzr istəyirik.',
    'Yanlış faylı göndərdim, üzr istəyirəm.',
    'Telefonda sizi incitdiyim üçün üzr istəyirəm.',
    'Vəd etdiyimiz tarixə çatdıra bilmədik və buna görə çox təəssüf edirəm.',
    'Sizi məyus etdik; səmimi qəlbdən üzr istəyirik.',
    'Bu səhvə yol verdiyimiz üçün üzr istəyirəm.',
    'Məsuliyyət məndədir, üzr istəyirəm.',
    'Fakturanı səhv tərtib etdik, bağışlayın; bu gün düzəldirik.',
  ],
};

describe.each(['en', 'tr', 'az'] as const)('non-apologies in %s', (lang) => {
  it('has enough examples', () => {
    expect(nonApologies[lang].length).toBeGreaterThanOrEqual(20);
    expect(apologies[lang].length).toBeGreaterThanOrEqual(10);
  });
  it.each(nonApologies[lang])('catches “%s”', (text) => {
    const hits = findNonApologies(text);
    expect(hits.map((h) => h.language)).toEqual([lang]);
    expect(hits[0]!.phrase.length).toBeGreaterThan(3);
  });
  it.each(apologies[lang])('lets “%s” pass', (text) => {
    expect(findNonApologies(text)).toEqual([]);
  });
  it('catches them typed without accents and in capitals', () => {
    for (const text of nonApologies[lang].slice(0, 5)) {
      const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ə/g, 'e').replace(/Ə/g, 'E');
      expect(
        findNonApologies(plain.toLocaleUpperCase('tr')).map((h) => h.language),
        plain,
      ).toEqual([lang]);
    }
  });
});

describe('findNonApologies', () => {
  it('names the words found, in the text’s own letters, one hit per sentence', () => {
    expect(findNonApologies('Üzgünüz, bu şekilde hissettiğiniz için.')).toEqual([
      { language: 'tr', phrase: 'üzgünüz, bu şekilde hissettiğiniz için' },
    ]);
    expect(findNonApologies('I am sorry. We let you down. Sorry for any inconvenience.')).toEqual([
      { language: 'en', phrase: 'sorry for any inconvenience' },
    ]);
    expect(findNonApologies('Sorry for the inconvenience! Sorry for the inconvenience!')).toHaveLength(1);
  });
});
