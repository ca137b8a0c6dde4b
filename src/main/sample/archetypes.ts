// The kinds of client the sample business has: mostly ordinary ones, one excellent, one
// high-profile client who costs more than they bring, and one who clearly shows each sign.
import type { Language } from '../../shared/domain/format';
import type { JournalKind } from '../../shared/domain/journal-kinds';
import { redFlagSigns, type RedFlagSign } from '../../shared/domain/red-flags';

export interface Archetype {
  key: 'excellent' | 'whale' | 'normal' | 'former' | RedFlagSign;
  /** chance of an invoice in a given month; size in minor units */
  invoiceChance: number;
  invoiceMinor: [number, number];
  discountChance: number;
  /** days after due when paid (negative = early); chance an invoice stays unpaid */
  payDelay: [number, number];
  unpaidChance: number;
  /** expected entries per month by kind */
  perMonth: Partial<Record<JournalKind, number>>;
  /** entries in the last 12 months regardless of month */
  events?: Partial<Record<JournalKind, number>>;
  outOfHoursChance: number;
  directCostPerMonthMinor: number;
  isHighProfile?: boolean;
}

const base: Archetype = {
  key: 'normal',
  invoiceChance: 0.85,
  invoiceMinor: [600_000, 2_000_000],
  discountChance: 0.05,
  payDelay: [-5, 4],
  unpaidChance: 0.01,
  perMonth: { call: 1.5, email: 2, meeting: 0.3, follow_up: 0.3, note: 0.2, revision_request: 0.1 },
  outOfHoursChance: 0.01,
  directCostPerMonthMinor: 50_000,
};

const sign = (key: RedFlagSign, over: Partial<Archetype>): Archetype => ({
  ...base,
  key,
  ...over,
  perMonth: { ...base.perMonth, ...over.perMonth },
});

export const archetypes: Record<Archetype['key'], Archetype> = {
  normal: base,
  former: { ...base, key: 'former', invoiceChance: 0.6 },
  excellent: {
    ...base,
    key: 'excellent',
    invoiceChance: 1,
    invoiceMinor: [3_000_000, 3_500_000],
    discountChance: 0,
    payDelay: [-8, -1],
    unpaidChance: 0,
    perMonth: { call: 1, email: 2, meeting: 0.3, follow_up: 0.2 },
  },
  whale: {
    ...base,
    key: 'whale',
    isHighProfile: true,
    invoiceChance: 1,
    invoiceMinor: [3_800_000, 4_200_000],
    discountChance: 0.8,
    payDelay: [-2, 6],
    unpaidChance: 0,
    perMonth: { call: 15, email: 20, meeting: 8, revision_request: 3, scope_change: 0.5, price_pushback: 0.6 },
    directCostPerMonthMinor: 2_500_000,
  },
  pays_late: sign('pays_late', {
    payDelay: [25, 75],
    unpaidChance: 0.25,
    perMonth: { payment_reminder: 0.6 },
    events: { stop_work_notice: 1 },
  }),
  haggles: sign('haggles', { discountChance: 0.6, perMonth: { price_pushback: 0.6 } }),
  moving_goalposts: sign('moving_goalposts', { perMonth: { scope_change: 0.7, revision_request: 0.4 } }),
  demands_attention: sign('demands_attention', {
    invoiceMinor: [300_000, 600_000],
    perMonth: { call: 10, email: 15, meeting: 3 },
  }),
  unresponsive: sign('unresponsive', { perMonth: { missed_meeting: 0.4, no_response: 0.6 } }),
  dishonest: sign('dishonest', { events: { incident_dishonesty: 3 } }),
  abusive: sign('abusive', { events: { incident_abuse: 2, incident_threat: 1, complaint: 2 } }),
  unreasonable_demands: sign('unreasonable_demands', { outOfHoursChance: 0.45, perMonth: { call: 3, revision_request: 1.2 } }),
  public_complainer: sign('public_complainer', { perMonth: { complaint: 0.5 }, events: { public_complaint: 3 } }),
  ignores_advice: sign('ignores_advice', { perMonth: { advice_ignored: 0.6 } }),
};

/** The fixed cast of the first clients; the rest are drawn at random (mostly ordinary). */
export const cast: Archetype['key'][] = ['excellent', 'whale', ...redFlagSigns, 'former', 'former'];

// Names a business in each language would really have on its books: first and last names
// drawn independently (every sample client is not a Yılmaz), companies in the owner's language.
const people: Record<Language, { first: string[]; last: string[]; trades: string[]; forms: string[] }> = {
  tr: {
    first: [
      'Mehmet',
      'Ayşe',
      'Zeynep',
      'Murat',
      'Selin',
      'Emre',
      'Derya',
      'Can',
      'Ebru',
      'Burak',
      'Elif',
      'Hakan',
      'Gizem',
      'Serkan',
      'Tuğba',
      'Oğuz',
      'Pınar',
      'Kerem',
      'Sibel',
      'Volkan',
      'Duygu',
      'Cem',
      'İrem',
      'Levent',
    ],
    last: [
      'Kaya',
      'Demir',
      'Şahin',
      'Çelik',
      'Aydın',
      'Öztürk',
      'Arslan',
      'Doğan',
      'Kılıç',
      'Aslan',
      'Çetin',
      'Kurt',
      'Koç',
      'Özdemir',
      'Yıldız',
      'Erdoğan',
      'Güneş',
      'Polat',
      'Taş',
      'Aksoy',
      'Bulut',
      'Karaca',
      'Yılmaz',
    ],
    trades: [
      'İnşaat',
      'Tekstil',
      'Mobilya',
      'Turizm',
      'Gıda',
      'Tasarım',
      'Lojistik',
      'Kafe',
      'Klinik',
      'Otel',
      'Emlak',
      'Yazılım',
      'Moda',
      'Matbaa',
      'Eczane',
      'Kuaför',
    ],
    forms: ['Ltd. Şti.', 'A.Ş.', 'Ltd. Şti.', 'Ticaret'],
  },
  az: {
    first: [
      'Elvin',
      'Günel',
      'Orxan',
      'Nərmin',
      'Kamran',
      'Aysel',
      'Tural',
      'Lalə',
      'Rəşad',
      'Səbinə',
      'Fərid',
      'Könül',
      'Elnur',
      'Ülviyyə',
      'Murad',
      'Aynur',
      'Vüqar',
      'Şəbnəm',
      'Cavid',
      'Nigar',
      'Ramil',
      'Aytən',
      'Emin',
      'Xədicə',
    ],
    last: [
      'Əliyev',
      'Məmmədova',
      'Hüseynov',
      'Quliyeva',
      'Həsənov',
      'İsmayılova',
      'Babayev',
      'Cəfərova',
      'Rəhimov',
      'Abbasova',
      'Süleymanov',
      'Nəsirova',
      'Kərimov',
      'Mustafayeva',
      'Hacıyev',
      'Qasımova',
      'Vəliyev',
      'Orucova',
      'Səfərov',
      'Bağırova',
      'Nəbiyev',
      'Axundova',
      'Zeynalov',
    ],
    trades: [
      'Tikinti',
      'Tekstil',
      'Mebel',
      'Turizm',
      'Qida',
      'Dizayn',
      'Logistika',
      'Kafe',
      'Klinika',
      'Otel',
      'Daşınmaz Əmlak',
      'Proqram',
      'Moda',
      'Mətbəə',
      'Aptek',
      'Bərbərxana',
    ],
    forms: ['MMC', 'MMC', 'ASC', 'MMC'],
  },
  en: {
    first: [
      'James',
      'Emma',
      'Oliver',
      'Sophie',
      'Daniel',
      'Grace',
      'Thomas',
      'Hannah',
      'Samuel',
      'Chloe',
      'Matthew',
      'Lucy',
      'Benjamin',
      'Amelia',
      'Joseph',
      'Ella',
      'Harry',
      'Isla',
      'George',
      'Mia',
      'Jack',
      'Ruby',
      'Adam',
      'Zoe',
    ],
    last: [
      'Smith',
      'Taylor',
      'Brown',
      'Wilson',
      'Evans',
      'Walker',
      'Wright',
      'Robinson',
      'Thompson',
      'Hughes',
      'Edwards',
      'Green',
      'Hall',
      'Wood',
      'Harris',
      'Clarke',
      'Jackson',
      'Turner',
      'Hill',
      'Moore',
      'Cooper',
      'Ward',
      'Morris',
    ],
    trades: [
      'Construction',
      'Textiles',
      'Furniture',
      'Travel',
      'Foods',
      'Design',
      'Logistics',
      'Café',
      'Clinic',
      'Hotel',
      'Property',
      'Software',
      'Fashion',
      'Print',
      'Pharmacy',
      'Salon',
    ],
    forms: ['Ltd', 'Ltd', 'LLP', '& Co.'],
  },
};

/** The i-th sample client's name and company, distinct for the first first×last clients. */
export function clientName(i: number, language: Language = 'tr'): { name: string; company: string } {
  const { first, last, trades, forms } = people[language];
  const a = i % first.length;
  const q = Math.floor(i / first.length);
  // the surname moves with a stride coprime to the list's length, so names do not repeat
  const surname = last[(a * 5 + q * 7) % last.length]!;
  const company = `${last[(i * 11 + 4) % last.length]} ${trades[(i * 7) % trades.length]} ${forms[(i * 3) % forms.length]}`;
  const round = Math.floor(i / (first.length * last.length));
  return { name: round > 0 ? `${first[a]} ${surname} ${round + 1}` : `${first[a]} ${surname}`, company };
}

export const channelsByKind: Partial<Record<JournalKind, string>> = {
  call: 'phone',
  email: 'email',
  meeting: 'in_person',
  missed_meeting: 'in_person',
  no_response: 'email',
  public_complaint: 'social_media',
  payment_reminder: 'email',
  stop_work_notice: 'email',
  price_pushback: 'phone',
  incident_threat: 'phone',
  incident_abuse: 'phone',
};
