// What the sample journal says, in the owner's language.
import type { JournalKind } from '../../shared/domain/journal-kinds';
import type { Language } from '../../shared/domain/format';

type Texts = Record<JournalKind, string>;

const en: Texts = {
  call: 'Phone call about the current work',
  email: 'E-mail about next steps',
  meeting: 'Progress meeting',
  missed_meeting: 'Client did not come to the agreed meeting',
  no_response: 'No answer to our questions; work is waiting',
  complaint: 'Client complained about the delivery',
  public_complaint: 'Negative review posted online',
  incident_abuse: 'Client shouted at our designer and insulted them',
  incident_threat: 'Client threatened to "ruin our name"',
  incident_dishonesty: 'Client claimed we had promised extra pages for free',
  price_pushback: 'Client asked for a lower price again',
  scope_change: 'Client changed what the project must deliver',
  revision_request: 'Another round of revisions requested',
  advice_ignored: 'Client went against our recommendation',
  payment_reminder: 'Polite reminder: the invoice may have been forgotten',
  stop_work_notice: 'Work paused until the overdue invoice is paid',
  follow_up: 'Follow-up: anything else we can do?',
  resolution: 'Complaint resolved with the client',
  note: 'Internal note',
};

const tr: Texts = {
  call: 'Süren iş hakkında telefon görüşmesi',
  email: 'Sonraki adımlar hakkında e-posta',
  meeting: 'İlerleme toplantısı',
  missed_meeting: 'Müşteri kararlaştırılan toplantıya gelmedi',
  no_response: 'Sorularımıza yanıt yok; iş bekliyor',
  complaint: 'Müşteri teslimattan şikâyet etti',
  public_complaint: 'İnternette olumsuz yorum yayımlandı',
  incident_abuse: 'Müşteri tasarımcımıza bağırdı ve hakaret etti',
  incident_threat: 'Müşteri "adımızı batırmakla" tehdit etti',
  incident_dishonesty: 'Müşteri ek sayfaları ücretsiz sözü verdiğimizi iddia etti',
  price_pushback: 'Müşteri yine indirim istedi',
  scope_change: 'Müşteri projenin kapsamını değiştirdi',
  revision_request: 'Bir tur daha revizyon istendi',
  advice_ignored: 'Müşteri önerimizin tersini yaptı',
  payment_reminder: 'Nazik hatırlatma: fatura gözden kaçmış olabilir',
  stop_work_notice: 'Gecikmiş fatura ödenene kadar iş durduruldu',
  follow_up: 'Takip: başka yardımcı olabileceğimiz bir şey var mı?',
  resolution: 'Şikâyet müşteriyle çözüldü',
  note: 'İç not',
};

const az: Texts = {
  call: 'Cari iş barədə telefon zəngi',
  email: 'Növbəti addımlar barədə e-poçt',
  meeting: 'Gedişat görüşü',
  missed_meeting: 'Müştəri razılaşdırılmış görüşə gəlmədi',
  no_response: 'Suallarımıza cavab yoxdur; iş gözləyir',
  complaint: 'Müştəri təhvildən şikayət etdi',
  public_complaint: 'İnternetdə mənfi rəy yazıldı',
  incident_abuse: 'Müştəri dizaynerimizə qışqırdı və təhqir etdi',
  incident_threat: 'Müştəri "adımızı batırmaqla" hədələdi',
  incident_dishonesty: 'Müştəri əlavə səhifələri pulsuz vəd etdiyimizi iddia etdi',
  price_pushback: 'Müştəri yenə endirim istədi',
  scope_change: 'Müştəri layihənin həcmini dəyişdi',
  revision_request: 'Daha bir düzəliş dövrü istənildi',
  advice_ignored: 'Müştəri tövsiyəmizin əksini etdi',
  payment_reminder: 'Nəzakətli xatırlatma: faktura yaddan çıxmış ola bilər',
  stop_work_notice: 'Gecikmiş faktura ödənənə qədər iş dayandırıldı',
  follow_up: 'İzləmə: başqa nə ilə kömək edə bilərik?',
  resolution: 'Şikayət müştəri ilə həll olundu',
  note: 'Daxili qeyd',
};

export const sampleTexts: Record<Language, Texts> = { en, tr, az };

export const sampleProfiles: Record<Language, { businessName: string; ownerName: string; ownerTitle: string; currency: string }> =
  {
    en: { businessName: 'Sample Studio (sample data)', ownerName: 'Alex Morgan', ownerTitle: 'Founder', currency: 'TRY' },
    tr: { businessName: 'Örnek Atölye (örnek veri)', ownerName: 'Ayşe Yılmaz', ownerTitle: 'Kurucu', currency: 'TRY' },
    az: { businessName: 'Nümunə Studiya (nümunə məlumat)', ownerName: 'Leyla Əliyeva', ownerTitle: 'Təsisçi', currency: 'AZN' },
  };
