import type { Messages } from '../types';
import type { settings as en } from '../en/settings';

export const settings: Messages<typeof en> = {
  setup: {
    title: 'Client Dossier-ə xoş gəlmisiniz',
    intro: 'Biznesiniz haqqında məlumat verin. Hər şey bu kompüterdə, sizə məxsus bir faylda qalır.',
    submit: 'Başla',
  },
  sections: {
    nav: 'Ayar bölmələri',
    find: 'Ayar tap',
    findPlaceholder: 'məs. ehtiyat, kilid, valyuta',
    none: 'Uyğun bölmə yoxdur.',
    profile: { title: 'Biznes profili', keywords: 'ad sahib valyuta dil saat qurşağı tutum saat yer' },
    value: { title: 'Dəyər kalkulyatoru', keywords: 'saxlama diskont hədd fəaliyyət dəqiqə yenidən satış pay' },
    sample: { title: 'Nümunə məlumat', keywords: 'kəşf et sınaq nümunə' },
    backups: { title: 'Ehtiyat nüsxələr və bərpa', keywords: 'ehtiyat bərpa nüsxə cədvəl qovluq' },
    receipts: { title: 'Jurnal qəbzləri', keywords: 'qəbz yoxla dəyişiklik vəkil' },
    export: { title: 'İxrac', keywords: 'ixrac csv qovluq cədvəl' },
    import: { title: 'İdxal', keywords: 'idxal csv excel cədvəl kodlaşdırma' },
    lock: { title: 'Proqram kilidi', keywords: 'kilid parol şifrə gözləmə' },
  },
  title: 'Ayarlar',
  profileSection: 'Biznes və sahibi',
  capacitySection: 'İmkan xərci',
  capacityHelp:
    'Biznesinizin bir saatının dəyəri: işçi heyəti və ümumi xərclərin aylıq məbləği bölünsün praktik saatlara (ödənişli saatlar × praktik pay). Hər müştərinin apardığı vaxtın xərcini hesablamaq üçün istifadə olunur.',
  fields: {
    businessName: 'Biznesin adı',
    ownerName: 'Sahibin adı',
    ownerTitle: 'Sahibin vəzifəsi',
    ownerTitleHint: 'Məktubları imzalamaq üçün istifadə olunur, məs. Təsisçi',
    place: 'Yer',
    placeHint: 'İmzaladığınız yer, dosyenin bəyannamə səhifəsində yazılır, məs. Bakı',
    currency: 'Valyuta',
    language: 'Dil',
    monthlyCapacityCost: 'İşçi heyəti və ümumi xərclərin aylıq dəyəri',
    paidHoursPerMonth: 'Aylıq ödənişli saatlar',
    practicalCapacityPct: 'Ödənişli saatların praktik payı (%)',
    practicalCapacityHint: 'Adətən 80–85%: qalanını fasilələr, inzibati işlər və təlim aparır.',
    timeZone: 'Saat qurşağı',
    timeZoneHint: 'İş saatları, təqvim günləri və “bu gün” bu saata görə sayılır.',
  },
  hourlyRate: 'Saatlıq xərc dərəcəsi',
  hourlyRateExplain: '{{cost}} ÷ ({{hours}} saat × {{pct}}) = saatda {{rate}}',
  saved: 'Ayarlar yadda saxlanıldı.',
};
