import type { Messages } from '../types';
import type { settings as en } from '../en/settings';

export const settings: Messages<typeof en> = {
  setup: {
    title: 'Client Dossier’e hoş geldiniz',
    intro: 'İşletmenizi tanıtın. Her şey bu bilgisayarda, size ait tek bir dosyada kalır.',
    submit: 'Başla',
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
