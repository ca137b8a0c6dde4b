import type { Messages } from '../types';
import type { shell as en } from '../en/shell';

export const shell: Messages<typeof en> = {
  dashboard: {
    title: 'Pano',
    empty: 'Portföyünüzün özeti burada görünecek: kim size kazandırıyor, kim maliyet çıkarıyor ve bugün neye bakmanız gerekiyor.',
    clientsCount: 'Müşteriler',
    activeCount: 'Aktif',
    atRiskCount: 'Risk altında',
  },
  journal: {
    title: 'Kayıt defteri',
    empty:
      'Etkileşim kayıt defteri burada görünecek: görüşmeler, şikâyetler ve olaylar, bir avukatın güvenebileceği şekilde kaydedilir.',
  },
  offboarding: {
    title: 'Ayrılık süreci',
    empty:
      'Koşulları yeniden belirleme, müşteriyi başka yere yönlendirme, ödeme tahsil etme, yolları ayırma veya müşteriyi geri kazanma için adım adım yollar burada görünecek.',
  },
  notFound: 'Bu sayfa yok.',
};
