import type { teamRecords as en } from '../en/team-records';
import type { Messages } from '../types';

export const teamRecords: Messages<typeof en> = {
  entity: { client: 'Müştəri', invoice: 'Faktura', payment: 'Ödəniş', setting: 'Ayar', case: 'Ayrılma prosesi' },
  conflict: {
    title: 'Həm burada, həm komanda serverində dəyişdi',
    intro: '{{author}} bu qeydi siz də dəyişərkən dəyişdi. Heç nəyin üzərinə yazılmadı: hansı versiyanın qalacağını seçin.',
    mine: 'Sizin versiyanız',
    theirs: 'Onların versiyası',
    keepMine: 'Mənimkini saxla',
    keepTheirs: 'Onlarınkını götür',
  },
  refused: {
    title: 'Komanda serveri qəbul etmədi',
    forbidden: 'Komandadakı rolunuz bu dəyişikliyə icazə vermir. Dəyişiklik bu kompüterdə qalır; sahibə müraciət edin.',
    invalid: 'Komanda serveri bu dəyişikliyi yanlış saydı. Dəyişiklik bu kompüterdə qalır.',
    duplicate: 'Komandada bu nömrəni istifadə edən var. Nömrəni burada dəyişib yenidən sinxronlaşdırın.',
    hidden: 'Komanda serveri bu qeydi artıq sizə göstərmir. Dəyişikliyiniz bu kompüterdə qalır.',
    failed: 'Komanda serveri bu dəyişikliyi qəbul edə bilmədi. Dəyişiklik bu kompüterdə qalır və yenidən cəhd ediləcək.',
  },
};
