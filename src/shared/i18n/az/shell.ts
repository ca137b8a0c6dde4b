import type { Messages } from '../types';
import type { shell as en } from '../en/shell';

export const shell: Messages<typeof en> = {
  dashboard: {
    title: 'İdarə paneli',
    empty: 'Portfelinizin xülasəsi burada görünəcək: kim sizə qazandırır, kim xərc çıxarır və bu gün nəyə baxmaq lazımdır.',
    clientsCount: 'Müştərilər',
    activeCount: 'Aktiv',
    atRiskCount: 'Risk altında',
  },
  journal: {
    title: 'Jurnal',
    empty:
      'Qarşılıqlı əlaqə jurnalı burada görünəcək: zənglər, şikayətlər və hadisələr vəkilin etibar edə biləcəyi şəkildə qeydə alınır.',
  },
  offboarding: {
    title: 'Ayrılma prosesi',
    empty:
      'Şərtləri yenidən müəyyənləşdirmək, müştərini başqa yerə yönləndirmək, ödənişi toplamaq, yolları ayırmaq və ya müştərini geri qazanmaq üçün addım-addım yollar burada görünəcək.',
  },
  notFound: 'Bu səhifə mövcud deyil.',
};
