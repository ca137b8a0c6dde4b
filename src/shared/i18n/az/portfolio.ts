import type { Messages } from '../types';
import type { portfolio as en } from '../en/portfolio';

export const portfolio: Messages<typeof en> = {
  title: 'Portfel',
  window_one: 'Son {{months}} ay, {{to}} tarixinədək',
  window_other: 'Son {{months}} ay, {{to}} tarixinədək',
  empty:
    'Kimin sizə qazandırdığını, kimin sizə baha başa gəldiyini və nəyin diqqət tələb etdiyini görmək üçün müştəriləri və fakturalarını əlavə edin.',
  emptyTitle: 'Portfeliniz burada görünəcək',
  emptyAction: 'İlk müştərinizi əlavə edin',
  noRevenue: 'Hələ faktura yoxdur: müştəriləriniz üçün faktura daxil etdikcə bu qrafik dolur.',
  noOutstanding: 'Hazırda sizə borcu olan yoxdur. Ödənilməmiş fakturalar nə qədər gecikdiklərinə görə burada görünür.',
  totals: {
    revenue: 'Gəlir',
    cost: 'Xidmət xərci',
    margin: 'Müştərilərin ümumi marjası',
    notProfit:
      'Müştərilərin ümumi marjası mənfəət deyil: heç bir müştəriyə yazılmayan ödənilmiş saatları və tutum xərcinizdən kənar ümumi xərcləri daxil etmir.',
  },
  capacity: {
    title: 'Ödənilən tutum və onun əhatə etdiyi vaxt',
    covered:
      'Müştərilərə gedən vaxt ödənilən {{paid}} praktik saatın {{assigned}} saatını əhatə edir ({{share}}): jurnalda qeydə alınmış {{logged}} saat, {{delivery}} saat təhvil təxmini.',
    noHours: 'Profilinizdə ödənilən saat yoxdur, müqayisə üçün tutum yoxdur.',
    unassigned: 'Təyin olunmamış: {{hours}} saat, xərci {{cost}}; bunu heç bir müştərinin marjası daşımır.',
    afterUnassigned: 'Təyin olunmamış tutum çıxıldıqdan sonra müştərilərin ümumi marjası: {{amount}}.',
    help: 'Təhvil işini hər müştərinin Dəyər vərəqində (ayda saat) qeyd edin ki, xidmət xərci onu da daxil etsin.',
  },
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
