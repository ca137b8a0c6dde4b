import type { people as en } from '../en/people';
import type { Messages } from '../types';

export const people: Messages<typeof en> = {
  title: 'Ekip',
  help: 'Kayıt defterine kim ne yazdı: her kişinin yazdığı kayıtlar, görüştüğü müşteriler (aramalar ve toplantılar) ve ne sıklıkla görüştüğü, bunların arasındaki zor müşteriler ve her kişinin ne sıklıkla hakarete ya da tehdide maruz kaldığı (kendi kaydettiği ya da ilgili kişiler arasında adının geçtiği olaylar). Düzeltmeler, kaydın son hâliyle bir kez sayılır.',
  panelHelp: 'Zor müşterilerle kim görüştü, kim hakarete maruz kaldı.',
  open: 'Ekip sayfasını aç',
  empty: 'Henüz kayıt yok. Kişiler kayıt defterine yazdıkça, her birinin görüştükleri ve maruz kaldıkları burada sayılır.',
  notRecorded: 'Yazarı kaydedilmemiş',
  notRecordedHelp: 'Uygulama yazarları kaydetmeye başlamadan önce yazılan kayıtlar.',
  roles: { owner: 'Sahip', staff: 'Çalışan', accountant: 'Muhasebeci' },
  columns: {
    person: 'Kişi',
    entries: 'Yazdığı kayıtlar',
    meetings: 'Aramalar ve toplantılar',
    clientsMet: 'Görüştüğü müşteriler',
    difficult: 'Görüştüğü zor müşteriler',
    abuse: 'Maruz kaldığı hakaret',
    threats: 'Maruz kaldığı tehdit',
  },
  difficultTimes_one: '{{clients}} ({{n}} kez)',
  difficultTimes_other: '{{clients}} ({{n}} kez)',
  metTitle: '{{name}} adlı kişinin görüştüğü zor müşteriler',
  metNone: 'Görüştüğü zor müşteri yok.',
  times_one: '{{n}} kez',
  times_other: '{{n}} kez',
  difficulty: {
    at_risk: 'risk altında',
    offboarding: 'ayrılık sürecinde',
    health_red: 'sağlık kırmızı',
    red_flags: 'kırmızı bayraklar',
  },
  difficultyHelp:
    'Bir müşteri, risk altındaysa ya da ayrılık sürecindeyse (durumu) veya değeri kırmızı sağlık ya da kırmızı bayraklar gösteriyorsa zor sayılır.',
  accessLogPending_one:
    'Burada yapılan {{n}} dışa aktarım henüz ekibin erişim kaydında değil; bir sonraki eşitlemede gönderilir.',
  accessLogPending_other:
    'Burada yapılan {{n}} dışa aktarım henüz ekibin erişim kaydında değil; bir sonraki eşitlemede gönderilir.',
  accessLogHelp:
    'Bir ekibin uygulamasında yapılan her dışa aktarım (dosyalar, raporlar, makbuzlar, CSV ve tam dışa aktarımlar, yedekler), kimin ve ne zaman yaptığıyla birlikte sunucudaki erişim kaydına yazılır. Bu kaydı yalnızca sahipler okuyabilir: npm run cli -- team log --url <sahibin bağlantısı>.',
};
