import type { people as en } from '../en/people';
import type { Messages } from '../types';

export const people: Messages<typeof en> = {
  title: 'Komanda',
  help: 'Jurnala kim nə yazıb: hər şəxsin yazdığı qeydlər, görüşdüyü müştərilər (zənglər və görüşlər) və nə qədər tez-tez, onların arasında çətin müştərilər və hər şəxsin nə qədər tez-tez təhqirə və ya hədəyə məruz qaldığı (özünün qeyd etdiyi və ya iştirakçılar arasında adı çəkilən hadisələr). Düzəlişlər qeydin son halı ilə bir dəfə sayılır.',
  panelHelp: 'Çətin müştərilərlə kim görüşüb, kim təhqirə məruz qalıb.',
  open: 'Komanda səhifəsini aç',
  empty: 'Hələ qeyd yoxdur. Şəxslər jurnala yazdıqca, hər birinin görüşdükləri və məruz qaldıqları burada sayılır.',
  notRecorded: 'Müəllif qeyd olunmayıb',
  notRecordedHelp: 'Proqram müəllifləri qeyd etməyə başlamazdan əvvəl yazılmış qeydlər.',
  roles: { owner: 'Sahibkar', staff: 'İşçi', accountant: 'Mühasib' },
  columns: {
    person: 'Şəxs',
    entries: 'Yazdığı qeydlər',
    meetings: 'Zənglər və görüşlər',
    clientsMet: 'Görüşdüyü müştərilər',
    difficult: 'Görüşdüyü çətin müştərilər',
    abuse: 'Məruz qaldığı təhqir',
    threats: 'Məruz qaldığı hədə',
  },
  difficultTimes_one: '{{clients}} ({{n}} dəfə)',
  difficultTimes_other: '{{clients}} ({{n}} dəfə)',
  metTitle: '{{name}} adlı şəxsin görüşdüyü çətin müştərilər',
  metNone: 'Görüşdüyü çətin müştəri yoxdur.',
  times_one: '{{n}} dəfə',
  times_other: '{{n}} dəfə',
  difficulty: {
    at_risk: 'risk altında',
    offboarding: 'ayrılma prosesində',
    health_red: 'sağlamlıq qırmızı',
    red_flags: 'qırmızı bayraqlar',
  },
  difficultyHelp:
    'Müştəri risk altındadırsa və ya ayrılma prosesindədirsə (statusu), yaxud dəyəri qırmızı sağlamlıq və ya qırmızı bayraqlar göstərirsə çətin sayılır.',
  accessLogPending_one: 'Burada edilən {{n}} ixrac hələ komandanın giriş jurnalında deyil; növbəti sinxronlaşdırmada göndərilir.',
  accessLogPending_other:
    'Burada edilən {{n}} ixrac hələ komandanın giriş jurnalında deyil; növbəti sinxronlaşdırmada göndərilir.',
  accessLogHelp:
    'Komandanın proqramında edilən hər ixrac (dosyelər, hesabatlar, qəbzlər, CSV və tam ixraclar, ehtiyat nüsxələr) kimin və nə vaxt etdiyi ilə birlikdə serverdəki giriş jurnalına yazılır. Onu yalnız sahibkarlar oxuya bilər: npm run cli -- team log --url <sahibkarın bağlantısı>.',
};
