import type { Messages } from '../types';
import type { portfolio as en } from '../en/portfolio';

export const portfolio: Messages<typeof en> = {
  title: 'Portfel',
  window_one: 'Son {{months}} ay, {{to}} tarixinədək',
  window_other: 'Son {{months}} ay, {{to}} tarixinədək',
  empty:
    'Kimin sizə qazandırdığını, kimin sizə baha başa gəldiyini və nəyin diqqət tələb etdiyini görmək üçün müştəriləri və fakturalarını əlavə edin.',
  totals: { revenue: 'Gəlir', cost: 'Xidmət xərci', margin: 'Marja' },
  showTable: 'Cədvəl kimi göstər',
  showChart: 'Qrafik kimi göstər',
  whale: {
    title: 'Balina əyrisi',
    help: 'Müştərilər ən gəlirlidən ən az gəlirliyə sıralandıqda yığılmış marja: əyrinin endiyi yerdə müştərilər sizə baha başa gəlir.',
    rank: 'Sıra',
    client: 'Müştəri',
    margin: 'Marja',
    cumulative: 'Yığılmış marja',
  },
  scatter: {
    title: 'Gəlir və xidmət xərci',
    help: 'Hər nöqtə bir müştəridir; xəttin üstündəkilər ödədiklərindən baha başa gəlir. Müştərini açmaq üçün nöqtəyə klikləyin.',
    revenue: 'Gəlir',
    cost: 'Xidmət xərci',
  },
  ageing: {
    title: 'Debitor borcların yaşı',
    bucket: 'Ödəniş tarixindən keçən gün',
    amount: 'Məbləğ',
    buckets: { current: 'Vaxtı çatmayıb', d1_30: '1–30', d31_60: '31–60', d61_90: '61–90', d90_plus: '90-dan çox' },
  },
  health: { title: 'Sağlamlıq bölgüsü', band: 'Zona', clients: 'Müştərilər' },
  atRisk: {
    title: 'Ən riskli müştərilər',
    none: 'Sarı və ya qırmızı müştəri yoxdur.',
    client: 'Müştəri',
    health: 'Sağlamlıq',
    margin: 'Marja',
    action: 'Tövsiyə',
    overdue: 'Vaxtı keçmiş',
  },
};
