import type { teamRecords as en } from '../en/team-records';
import type { Messages } from '../types';

export const teamRecords: Messages<typeof en> = {
  entity: { client: 'Müşteri', invoice: 'Fatura', payment: 'Ödeme', setting: 'Ayar', case: 'Ayrılık süreci' },
  conflict: {
    title: 'Hem burada hem ekip sunucusunda değişti',
    intro: '{{author}} bu kaydı siz de değiştirirken değiştirdi. Hiçbir şeyin üzerine yazılmadı: hangi sürümün kalacağını seçin.',
    mine: 'Sizin sürümünüz',
    theirs: 'Onların sürümü',
    keepMine: 'Benimkini koru',
    keepTheirs: 'Onlarınkini al',
  },
  refused: {
    title: 'Ekip sunucusu kabul etmedi',
    forbidden: 'Ekipteki rolünüz bu değişikliğe izin vermiyor. Değişiklik bu bilgisayarda duruyor; sahibine danışın.',
    invalid: 'Ekip sunucusu bu değişikliği geçersiz saydı. Değişiklik bu bilgisayarda duruyor.',
    duplicate: 'Ekipte bu numarayı kullanan biri var. Numarayı burada değiştirip yeniden eşitleyin.',
    hidden: 'Ekip sunucusu bu kaydı artık size göstermiyor. Değişikliğiniz bu bilgisayarda duruyor.',
    failed: 'Ekip sunucusu bu değişikliği alamadı. Değişiklik bu bilgisayarda duruyor ve yeniden denenecek.',
  },
};
