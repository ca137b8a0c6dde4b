import type { Messages } from '../types';
import type { portfolio as en } from '../en/portfolio';

export const portfolio: Messages<typeof en> = {
  title: 'Portföy',
  window_one: 'Son {{months}} ay, {{to}} tarihine kadar',
  window_other: 'Son {{months}} ay, {{to}} tarihine kadar',
  empty:
    'Kimin size kazandırdığını, kimin size mal olduğunu ve neyin ilgi beklediğini görmek için müşteri ve faturalarını ekleyin.',
  emptyTitle: 'Portföyünüz burada görünecek',
  emptyAction: 'İlk müşterinizi ekleyin',
  noRevenue: 'Henüz fatura yok: müşterileriniz için fatura girdikçe bu grafik dolar.',
  noOutstanding: 'Şu an size borçlu kimse yok. Ödenmemiş faturalar, ne kadar geciktiklerine göre burada görünür.',
  totals: {
    revenue: 'Gelir',
    cost: 'Hizmet maliyeti',
    margin: 'Müşteri marjlarının toplamı',
    notProfit:
      'Müşteri marjlarının toplamı kâr değildir: hiçbir müşteriye yazılmayan ödenmiş saatleri ve kapasite maliyetiniz dışındaki genel giderleri içermez.',
  },
  capacity: {
    title: 'Ödenen kapasite ve karşılanan zaman',
    covered:
      'Müşterilere giden zaman, ödenen {{paid}} pratik saatin {{assigned}} saatini karşılıyor ({{share}}): kayıt defterinde kayıtlı {{logged}} saat, {{delivery}} saat teslim tahmini.',
    noHours: 'Profilinizde ödenen saat yok; karşılaştırılacak kapasite yok.',
    unassigned: 'Atanmamış: {{hours}} saat, maliyeti {{cost}}; bunu hiçbir müşterinin marjı taşımıyor.',
    afterUnassigned: 'Atanmamış kapasite düşüldükten sonra müşteri marjlarının toplamı: {{amount}}.',
    help: 'Teslim işini her müşterinin Değer sekmesinde (ayda saat) girin; hizmet maliyeti bunu da içersin.',
  },
  showTable: 'Tablo olarak göster',
  showChart: 'Grafik olarak göster',
  whale: {
    title: 'Balina eğrisi',
    help: 'Müşteriler en kârlıdan en az kârlıya sıralandığında birikimli marj: eğrinin düştüğü yerde müşteriler size mal oluyor.',
    rank: 'Sıra',
    client: 'Müşteri',
    margin: 'Kâr marjı',
    cumulative: 'Birikimli marj',
  },
  scatter: {
    title: 'Gelir ve hizmet maliyeti',
    help: 'Her nokta bir müşteri; çizginin üstündekiler ödediklerinden fazlasına mal oluyor. Müşteriyi açmak için noktaya tıklayın.',
    revenue: 'Gelir',
    cost: 'Hizmet maliyeti',
  },
  ageing: {
    title: 'Alacak yaşlandırma',
    bucket: 'Vadeden bu yana gün',
    amount: 'Tutar',
    buckets: { current: 'Vadesi gelmemiş', d1_30: '1–30', d31_60: '31–60', d61_90: '61–90', d90_plus: '90’dan fazla' },
  },
  health: { title: 'Sağlık dağılımı', band: 'Bant', clients: 'Müşteri' },
  atRisk: {
    title: 'En riskli müşteriler',
    none: 'Sarı ya da kırmızı müşteri yok.',
    client: 'Müşteri',
    health: 'Sağlık',
    margin: 'Kâr marjı',
    action: 'Öneri',
    overdue: 'Vadesi geçmiş',
  },
};
