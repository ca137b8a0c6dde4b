// What the sample's few told stories say, in the owner's language (stories.ts writes them): how
// the older complaints were resolved, a complaint answered once and now waiting for a status update, a threatening call recorded with
// the other party told, and a lost client's win-back case with its apology sent by e-mail and
// the lessons it taught.
import type { Language } from '../../shared/domain/format';

export interface StoryTexts {
  /** how an older complaint was resolved (a real apology each): picked by the complaint's id */
  resolutions: readonly string[];
  /** the client's exact words in the complaint */
  complaintQuote: string;
  /** the same-day answer (a follow-up): the last the client heard from us */
  firstAnswer: string;
  firstAnswerDetails: string;
  recording: { summary: string; quote: string; file: string };
  /** the win-back case's answers, step by step */
  winBack: {
    whatWentWrong: string;
    timelineNotes: string;
    whatTheySaid: string;
    whatWouldMakeItRight: string;
    offer: string;
    note: string;
    rootCause: string;
    whatWeChange: string;
    earlySigns: string;
  };
}

export const storyTexts: Record<Language, StoryTexts> = {
  en: {
    resolutions: [
      'Apologised and fixed it: the corrected version went out the next day',
      'Called them, said sorry, and redid the work at no charge',
      'Resolved: apologised and agreed a discount on the next invoice',
    ],
    complaintQuote: 'We were promised the site for Monday and it is still not live.',
    firstAnswer: 'Called back the same day: apologised and agreed a new launch date',
    firstAnswerDetails:
      'I am sorry: the launch is late because of us. The payment page needs one more test; we confirm the new date by e-mail.',
    recording: {
      summary: 'Threatened on the phone to post one-star reviews everywhere (call recorded)',
      quote: 'Either you redo it for free or I post one-star reviews on every site.',
      file: 'call-recording.wav',
    },
    winBack: {
      whatWentWrong: 'we missed the agreed launch date twice and told them too late.',
      timelineNotes: 'The first delay is in the journal two months before they cancelled; our updates stopped after that.',
      whatTheySaid: 'Nobody seemed to be in charge of their project.',
      whatWouldMakeItRight: 'One fixed contact person and a weekly update.',
      offer: 'Two months of maintenance free of charge, and I will be your contact person myself.',
      note: 'Happy with their new agency for now; I will check in again.',
      rootCause: 'Launch dates were promised without a buffer, and nobody owned the client’s updates.',
      whatWeChange: 'Every launch date gets a week of buffer; every client has a named contact who sends a weekly update.',
      earlySigns: 'Two missed dates and ever shorter replies from the client in the month before they cancelled.',
    },
  },
  tr: {
    resolutions: [
      'Özür dilendi ve düzeltildi: düzeltilmiş hâli ertesi gün gönderildi',
      'Arandı, özür dilendi, iş ücretsiz yeniden yapıldı',
      'Çözüldü: özür dilendi, sonraki faturada indirim kararlaştırıldı',
    ],
    complaintQuote: 'Siteyi pazartesiye söz vermiştiniz, hâlâ yayında değil.',
    firstAnswer: 'Aynı gün geri arandı: özür dilendi, yeni yayın tarihi kararlaştırıldı',
    firstAnswerDetails:
      'Özür dilerim: yayın bizim yüzümüzden gecikti. Ödeme sayfası bir test daha gerektiriyor; yeni tarihi e-postayla teyit ediyoruz.',
    recording: {
      summary: 'Telefonda her yere tek yıldızlı yorum yazmakla tehdit etti (görüşme kaydedildi)',
      quote: 'Ya bedavaya yeniden yaparsınız ya da her siteye tek yıldız yazarım.',
      file: 'gorusme-kaydi.wav',
    },
    winBack: {
      whatWentWrong: 'kararlaştırılan yayın tarihini iki kez kaçırdık ve bunu çok geç söyledik.',
      timelineNotes: 'İlk gecikme, ayrılmalarından iki ay önce kayıt defterinde; ondan sonra bilgilendirmelerimiz durdu.',
      whatTheySaid: 'Projelerinden kimse sorumlu değil gibiydi.',
      whatWouldMakeItRight: 'Sabit bir muhatap ve haftalık bilgilendirme.',
      offer: 'İki ay ücretsiz bakım; muhatabınız bizzat ben olacağım.',
      note: 'Şimdilik yeni ajanslarından memnunlar; yeniden arayacağım.',
      rootCause: 'Yayın tarihleri tampon bırakılmadan verildi ve müşterinin bilgilendirilmesi kimsenin sorumluluğunda değildi.',
      whatWeChange: 'Her yayın tarihine bir hafta tampon; her müşterinin haftalık bilgi gönderen belirli bir muhatabı var.',
      earlySigns: 'Ayrılmadan önceki ay iki kaçırılmış tarih ve müşterinin giderek kısalan yanıtları.',
    },
  },
  az: {
    resolutions: [
      'Üzr istənildi və düzəldildi: düzəldilmiş variant ertəsi gün göndərildi',
      'Zəng edildi, üzr istənildi, iş pulsuz yenidən görüldü',
      'Həll edildi: üzr istənildi, növbəti fakturada endirim razılaşdırıldı',
    ],
    complaintQuote: 'Saytı bazar ertəsinə vəd etmişdiniz, hələ də işə düşməyib.',
    firstAnswer: 'Həmin gün geri zəng edildi: üzr istənildi, yeni buraxılış tarixi razılaşdırıldı',
    firstAnswerDetails:
      'Üzr istəyirəm: buraxılış bizim üzümüzdən gecikdi. Ödəniş səhifəsi daha bir yoxlama tələb edir; yeni tarixi e-poçtla təsdiq edirik.',
    recording: {
      summary: 'Telefonda hər yerdə bir ulduzlu rəy yazmaqla hədələdi (zəng yazıya alındı)',
      quote: 'Ya pulsuz yenidən edirsiniz, ya da hər sayta bir ulduz yazıram.',
      file: 'zeng-yazisi.wav',
    },
    winBack: {
      whatWentWrong: 'razılaşdırılmış buraxılış tarixini iki dəfə qaçırdıq və bunu çox gec dedik.',
      timelineNotes: 'İlk gecikmə onlar ayrılmazdan iki ay əvvəl jurnalda var; bundan sonra məlumatlandırmalarımız dayandı.',
      whatTheySaid: 'Layihələrinə heç kim cavabdeh deyil kimi idi.',
      whatWouldMakeItRight: 'Daimi əlaqə şəxsi və həftəlik məlumat.',
      offer: 'İki ay pulsuz texniki xidmət; əlaqə şəxsiniz şəxsən mən olacağam.',
      note: 'Hələlik yeni agentliklərindən razıdırlar; yenidən zəng edəcəyəm.',
      rootCause:
        'Buraxılış tarixləri ehtiyat vaxt qoyulmadan verildi və müştərinin məlumatlandırılması heç kimin məsuliyyətində deyildi.',
      whatWeChange:
        'Hər buraxılış tarixinə bir həftə ehtiyat vaxt; hər müştərinin həftəlik məlumat göndərən müəyyən əlaqə şəxsi var.',
      earlySigns: 'Ayrılmazdan əvvəlki ayda iki qaçırılmış tarix və müştərinin getdikcə qısalan cavabları.',
    },
  },
};
