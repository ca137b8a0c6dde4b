import type { Messages } from '../types';
import type { settings as en } from '../en/settings';

export const settings: Messages<typeof en> = {
  setup: {
    title: 'Client Dossier’e hoş geldiniz',
    intro: 'İşletmenizi tanıtın. Her şey bu bilgisayarda, size ait tek bir dosyada kalır.',
    submit: 'Başla',
  },
  sections: {
    nav: 'Ayar bölümleri',
    find: 'Ayar bul',
    findPlaceholder: 'ör. yedek, kilit, para birimi',
    none: 'Eşleşen bölüm yok.',
    profile: { title: 'İşletme profili', keywords: 'ad sahip para birimi dil saat dilimi kapasite saat yer' },
    value: { title: 'Değer hesaplayıcı', keywords: 'elde tutma iskonto eşik faaliyet dakika yeniden satış pay' },
    sample: { title: 'Örnek veri', keywords: 'keşfet deneme örnek' },
    backups: { title: 'Yedekler ve geri yükleme', keywords: 'yedek geri yükle kopya zamanlama klasör' },
    receipts: { title: 'Kayıt defteri makbuzları', keywords: 'makbuz doğrula değişiklik avukat' },
    export: { title: 'Dışa aktar', keywords: 'dışa aktar csv klasör tablo' },
    import: { title: 'İçe aktar', keywords: 'içe aktar csv excel tablo kodlama' },
    lock: { title: 'Uygulama kilidi', keywords: 'kilit parola şifre bekleme' },
  },
  title: 'Ayarlar',
  profileSection: 'İşletme ve sahibi',
  capacitySection: 'Kapasite maliyeti',
  capacityHelp:
    'İşletmenizin bir saatinin maliyeti: personel ve genel giderlerin aylık toplamı bölü pratik saatler (ücretli saatler × pratik pay). Her müşterinin harcattığı zamanın maliyetini hesaplamada kullanılır.',
  fields: {
    businessName: 'İşletme adı',
    ownerName: 'İşletme sahibinin adı',
    ownerTitle: 'İşletme sahibinin unvanı',
    ownerTitleHint: 'Mektupları imzalamak için kullanılır, ör. Kurucu',
    place: 'Yer',
    placeHint: 'İmzaladığınız yer, olay dosyasının beyan sayfasına yazılır, ör. İstanbul',
    currency: 'Para birimi',
    language: 'Dil',
    monthlyCapacityCost: 'Personel ve genel giderlerin aylık maliyeti',
    paidHoursPerMonth: 'Aylık ücretli saat',
    practicalCapacityPct: 'Ücretli saatlerin pratik payı (%)',
    practicalCapacityHint: 'Genellikle %80–85: kalanını molalar, idari işler ve eğitim alır.',
    timeZone: 'Saat dilimi',
    timeZoneHint: 'Mesai saatleri, takvim günleri ve “bugün” bu saate göre sayılır.',
  },
  hourlyRate: 'Saatlik maliyet',
  hourlyRateExplain: '{{cost}} ÷ ({{hours}} sa × {{pct}}) = saatte {{rate}}',
  saved: 'Ayarlar kaydedildi.',
};
