// What the sample journal says, in the owner's language: several wordings per kind (picked from
// the client and the day, so a seed's numbers stay as they were), complaint summaries that match
// their topic, the exact words an incident is recorded with, the staff who witnessed it, and
// the direct costs' descriptions.
import type { ComplaintCategory } from '../../shared/domain/journal-entry';
import type { JournalKind } from '../../shared/domain/journal-kinds';
import type { Language } from '../../shared/domain/format';

export interface SampleTexts {
  kinds: Record<JournalKind, readonly string[]>;
  /** a complaint's summary, by its topic */
  complaints: Record<ComplaintCategory, readonly string[]>;
  /** exact words, for the kinds a lawyer wants them for */
  quotes: Partial<Record<JournalKind, readonly string[]>>;
  /** the business's staff, who witness incidents */
  staff: readonly string[];
  costs: { production: string; materials: string };
  /** what a correction says it corrects */
  correction: string;
  /**
   * The sample's exhibits, attached to the first complaint and the first abusive incident: a
   * delivery record and the client's message as the owner saved it (small text files).
   */
  exhibits: { complaint: { name: string; body: string }; incident: { name: string; body: string } };
}

const en: SampleTexts = {
  kinds: {
    call: [
      'Phone call about the current work',
      'Called to agree the delivery date',
      'Short call: questions about the draft',
      'Call about the next stage of the project',
    ],
    email: [
      'E-mail about next steps',
      'Sent the draft for review by e-mail',
      'E-mail with the meeting notes',
      'Asked by e-mail for the missing content',
    ],
    meeting: ['Progress meeting', 'Review meeting at their office', 'Kick-off meeting for the new phase'],
    missed_meeting: [
      'Client did not come to the agreed meeting',
      'Meeting cancelled ten minutes before the start',
      'No one from their side joined the video call',
    ],
    no_response: [
      'No answer to our questions; work is waiting',
      'Second e-mail about the texts unanswered',
      'Still waiting for their approval of the draft',
    ],
    complaint: ['Client complained about the delivery'],
    public_complaint: [
      'Negative review posted online',
      'One-star review on the business listing',
      'Complaint about us posted on social media',
    ],
    incident_abuse: [
      'Client shouted at our designer and insulted them',
      'Client swore at our project manager on the phone',
      'Client belittled our intern in front of their staff',
    ],
    incident_threat: [
      'Client threatened to "ruin our name"',
      'Client threatened legal action unless we worked for free',
      'Client said he would "make sure nobody hires us"',
    ],
    incident_dishonesty: [
      'Client claimed we had promised extra pages for free',
      'Client denied approving the design he signed off',
      'Client said the invoice never arrived; it was opened twice',
    ],
    price_pushback: [
      'Client asked for a lower price again',
      'Client wants a discount after approving the quote',
      'Client compared our price with a freelancer’s',
    ],
    scope_change: [
      'Client changed what the project must deliver',
      'New pages requested outside the agreed scope',
      'Client wants a second language added at no cost',
    ],
    revision_request: [
      'Another round of revisions requested',
      'Sixth change to the logo colours',
      'Client asked to redo the approved layout',
    ],
    advice_ignored: [
      'Client went against our recommendation',
      'Client insisted on the font we advised against',
      'Launch date kept despite our warning about testing',
    ],
    payment_reminder: [
      'Polite reminder: the invoice may have been forgotten',
      'Second reminder about the overdue invoice',
      'Reminder sent with the invoice attached again',
    ],
    stop_work_notice: ['Work paused until the overdue invoice is paid'],
    follow_up: [
      'Follow-up: anything else we can do?',
      'Checked that the fix works for them',
      'Follow-up call after the delivery',
    ],
    resolution: [
      'Complaint resolved with the client',
      'Agreed a fix and a new date; client satisfied',
      'Corrected the invoice and apologised for our error',
    ],
    note: ['Internal note', 'Note: keep written records of every request', 'Note: ask for approvals by e-mail from now on'],
  },
  complaints: {
    quality: ['Client unhappy with the print quality', 'Client says the photos look blurred on the website'],
    delay: ['Client complained the delivery was two days late', 'Client upset that the launch slipped a week'],
    price: ['Client complained the final price was too high'],
    billing: ['Client says the invoice has the wrong amount', 'Client complained about being invoiced twice'],
    communication: [
      'Client says we did not answer their e-mail for two days',
      'Client complained nobody told them about the delay',
    ],
    staff: ['Client complained about our designer’s tone on the phone'],
    scope: ['Client says the agreed work included the brochure'],
    other: ['Client complained about the parking at our office'],
  },
  quotes: {
    incident_abuse: [
      '“You people are completely useless!”',
      '“Don’t you dare hang up on me!”',
      '“Who hired someone this incompetent?”',
    ],
    incident_threat: [
      '“I will ruin your name in this town.”',
      '“My lawyer will hear about this.”',
      '“Nobody will ever work with you again.”',
    ],
    incident_dishonesty: ['“You never told me it would cost extra.”', '“I never approved that version.”'],
    complaint: ['“This is not what we agreed.”', '“I expected better for this price.”'],
    price_pushback: ['“Others do it for half the price.”', '“Give me 20 % off or I go elsewhere.”'],
    advice_ignored: ['“I know my customers better than you.”'],
  },
  staff: ['Emre Walker', 'Sophie Green', 'Daniel Hughes', 'Grace Turner'],
  costs: { production: 'Print and event production', materials: 'Materials and courier' },
  correction: 'Correction of entry',
  exhibits: {
    complaint: {
      name: 'delivery-note.txt',
      body: 'DELIVERY NOTE\n\nDelivered: 12 boxes, printed brochures (order 2041)\nReceived by: reception desk, signed\nCondition on delivery: boxes intact, no damage noted\nDriver: courier, route 3\n',
    },
    incident: {
      name: 'message-from-client.txt',
      body: 'Message received by e-mail, saved as it arrived.\n\n“If this is not fixed by tomorrow, you will regret it. I will make sure everyone hears about you.”\n',
    },
  },
};

const tr: SampleTexts = {
  kinds: {
    call: [
      'Süren iş hakkında telefon görüşmesi',
      'Teslim tarihini netleştirmek için arandı',
      'Kısa görüşme: taslakla ilgili sorular',
      'Projenin sonraki aşaması hakkında görüşme',
    ],
    email: [
      'Sonraki adımlar hakkında e-posta',
      'Taslak e-postayla onaya gönderildi',
      'Toplantı notları e-postayla iletildi',
      'Eksik içerikler e-postayla istendi',
    ],
    meeting: ['İlerleme toplantısı', 'Müşterinin ofisinde değerlendirme toplantısı', 'Yeni aşamanın başlangıç toplantısı'],
    missed_meeting: [
      'Müşteri kararlaştırılan toplantıya gelmedi',
      'Toplantı başlamadan on dakika önce iptal edildi',
      'Görüntülü görüşmeye onların tarafından kimse katılmadı',
    ],
    no_response: [
      'Sorularımıza yanıt yok; iş bekliyor',
      'Metinlerle ilgili ikinci e-posta da yanıtsız',
      'Taslak onayı hâlâ bekleniyor',
    ],
    complaint: ['Müşteri teslimattan şikâyet etti'],
    public_complaint: [
      'İnternette olumsuz yorum yayımlandı',
      'İşletme sayfamıza bir yıldızlık yorum yazıldı',
      'Sosyal medyada hakkımızda şikâyet paylaşıldı',
    ],
    incident_abuse: [
      'Müşteri tasarımcımıza bağırdı ve hakaret etti',
      'Müşteri telefonda proje yöneticimize küfretti',
      'Müşteri stajyerimizi kendi çalışanlarının önünde aşağıladı',
    ],
    incident_threat: [
      'Müşteri "adımızı batırmakla" tehdit etti',
      'Müşteri ücretsiz çalışmazsak dava açmakla tehdit etti',
      'Müşteri "kimsenin bizimle çalışmamasını sağlarım" dedi',
    ],
    incident_dishonesty: [
      'Müşteri ek sayfaları ücretsiz sözü verdiğimizi iddia etti',
      'Müşteri onayladığı tasarımı onaylamadığını söyledi',
      'Müşteri faturanın hiç gelmediğini söyledi; e-posta iki kez açılmıştı',
    ],
    price_pushback: [
      'Müşteri yine indirim istedi',
      'Müşteri teklifi onayladıktan sonra indirim istiyor',
      'Müşteri fiyatımızı serbest çalışan biriyle kıyasladı',
    ],
    scope_change: [
      'Müşteri projenin kapsamını değiştirdi',
      'Anlaşılan kapsam dışında yeni sayfalar istendi',
      'Müşteri ücretsiz ikinci bir dil eklenmesini istiyor',
    ],
    revision_request: [
      'Bir tur daha revizyon istendi',
      'Logo renklerinde altıncı değişiklik',
      'Müşteri onaylanan sayfa düzeninin baştan yapılmasını istedi',
    ],
    advice_ignored: [
      'Müşteri önerimizin tersini yaptı',
      'Müşteri önermediğimiz yazı tipinde ısrar etti',
      'Test uyarımıza rağmen yayın tarihi değiştirilmedi',
    ],
    payment_reminder: [
      'Nazik hatırlatma: fatura gözden kaçmış olabilir',
      'Vadesi geçmiş fatura için ikinci hatırlatma',
      'Fatura yeniden eklenerek hatırlatma gönderildi',
    ],
    stop_work_notice: ['Gecikmiş fatura ödenene kadar iş durduruldu'],
    follow_up: [
      'Takip: başka yardımcı olabileceğimiz bir şey var mı?',
      'Düzeltmenin işlerine yaradığı teyit edildi',
      'Teslimattan sonra takip araması',
    ],
    resolution: [
      'Şikâyet müşteriyle çözüldü',
      'Düzeltme ve yeni tarih üzerinde anlaşıldı; müşteri memnun',
      'Fatura düzeltildi ve hatamız için özür dilendi',
    ],
    note: ['İç not', 'Not: her talebi yazılı olarak kayda al', 'Not: bundan sonra onayları e-postayla iste'],
  },
  complaints: {
    quality: ['Müşteri baskı kalitesinden memnun değil', 'Müşteri sitedeki fotoğrafların bulanık göründüğünü söylüyor'],
    delay: ['Müşteri teslimatın iki gün geciktiğinden şikâyet etti', 'Müşteri yayının bir hafta kaymasına üzüldü'],
    price: ['Müşteri son fiyatın çok yüksek olduğundan şikâyet etti'],
    billing: ['Müşteri faturadaki tutarın yanlış olduğunu söylüyor', 'Müşteri iki kez faturalandırıldığından şikâyet etti'],
    communication: [
      'Müşteri e-postasına iki gün yanıt vermediğimizi söylüyor',
      'Müşteri gecikmeden kimsenin haber vermediğinden şikâyet etti',
    ],
    staff: ['Müşteri tasarımcımızın telefondaki üslubundan şikâyet etti'],
    scope: ['Müşteri anlaşılan işe broşürün de dahil olduğunu söylüyor'],
    other: ['Müşteri ofisimizdeki otopark sorunundan şikâyet etti'],
  },
  quotes: {
    incident_abuse: [
      '“Siz tamamen beceriksizsiniz!”',
      '“Sakın telefonu yüzüme kapatma!”',
      '“Bu kadar beceriksiz birini kim işe aldı?”',
    ],
    incident_threat: [
      '“Bu şehirde adınızı batıracağım.”',
      '“Avukatım sizinle görüşecek.”',
      '“Kimse bir daha sizinle çalışmayacak.”',
    ],
    incident_dishonesty: ['“Ek ücret olacağını hiç söylemediniz.”', '“O versiyonu ben onaylamadım.”'],
    complaint: ['“Anlaştığımız bu değildi.”', '“Bu fiyata daha iyisini beklerdim.”'],
    price_pushback: ['“Başkaları bunu yarı fiyatına yapıyor.”', '“Yüzde 20 indirim yapın, yoksa başka yere giderim.”'],
    advice_ignored: ['“Müşterilerimi sizden iyi tanırım.”'],
  },
  staff: ['Emre Şahin', 'Gülşen Öztürk', 'Burak Aydın', 'Elif Koç'],
  costs: { production: 'Baskı ve etkinlik prodüksiyonu', materials: 'Malzeme ve kargo' },
  correction: 'Şu kaydın düzeltmesi',
  exhibits: {
    complaint: {
      name: 'teslim-tutanagi.txt',
      body: 'TESLİM TUTANAĞI\n\nTeslim edilen: 12 koli, basılı broşür (sipariş 2041)\nTeslim alan: resepsiyon, imzalı\nTeslimde durum: koliler sağlam, hasar görülmedi\nŞoför: kurye, 3. güzergâh\n',
    },
    incident: {
      name: 'musteriden-gelen-mesaj.txt',
      body: 'E-postayla gelen mesaj, geldiği gibi kaydedildi.\n\n“Yarına kadar düzelmezse pişman olursunuz. Herkesin sizi duymasını sağlarım.”\n',
    },
  },
};

const az: SampleTexts = {
  kinds: {
    call: [
      'Cari iş barədə telefon zəngi',
      'Təhvil tarixini dəqiqləşdirmək üçün zəng edildi',
      'Qısa zəng: layihə ilə bağlı suallar',
      'Layihənin növbəti mərhələsi barədə zəng',
    ],
    email: [
      'Növbəti addımlar barədə e-poçt',
      'Layihə e-poçtla təsdiqə göndərildi',
      'Görüş qeydləri e-poçtla göndərildi',
      'Çatışmayan mətnlər e-poçtla istənildi',
    ],
    meeting: ['Gedişat görüşü', 'Müştərinin ofisində dəyərləndirmə görüşü', 'Yeni mərhələnin başlanğıc görüşü'],
    missed_meeting: [
      'Müştəri razılaşdırılmış görüşə gəlmədi',
      'Görüş başlamazdan on dəqiqə əvvəl ləğv edildi',
      'Videozəngə onların tərəfindən heç kim qoşulmadı',
    ],
    no_response: [
      'Suallarımıza cavab yoxdur; iş gözləyir',
      'Mətnlərlə bağlı ikinci e-poçt da cavabsız qaldı',
      'Layihənin təsdiqi hələ də gözlənilir',
    ],
    complaint: ['Müştəri təhvildən şikayət etdi'],
    public_complaint: [
      'İnternetdə mənfi rəy yazıldı',
      'Biznes səhifəmizə bir ulduzlu rəy yazıldı',
      'Sosial mediada haqqımızda şikayət paylaşıldı',
    ],
    incident_abuse: [
      'Müştəri dizaynerimizə qışqırdı və təhqir etdi',
      'Müştəri telefonda layihə rəhbərimizi söydü',
      'Müştəri təcrübəçimizi öz işçilərinin qarşısında alçaltdı',
    ],
    incident_threat: [
      'Müştəri "adımızı batırmaqla" hədələdi',
      'Müştəri pulsuz işləməsək məhkəməyə verməklə hədələdi',
      'Müştəri "heç kimin sizinlə işləməməsini təmin edəcəyəm" dedi',
    ],
    incident_dishonesty: [
      'Müştəri əlavə səhifələri pulsuz vəd etdiyimizi iddia etdi',
      'Müştəri təsdiqlədiyi dizaynı təsdiqləmədiyini dedi',
      'Müştəri fakturanın heç gəlmədiyini dedi; e-poçt iki dəfə açılmışdı',
    ],
    price_pushback: [
      'Müştəri yenə endirim istədi',
      'Müştəri təklifi təsdiqlədikdən sonra endirim istəyir',
      'Müştəri qiymətimizi sərbəst işləyən biri ilə müqayisə etdi',
    ],
    scope_change: [
      'Müştəri layihənin həcmini dəyişdi',
      'Razılaşdırılmış həcmdən kənar yeni səhifələr istənildi',
      'Müştəri pulsuz ikinci dilin əlavə olunmasını istəyir',
    ],
    revision_request: [
      'Daha bir yenidən işləmə tələbi',
      'Loqonun rənglərində altıncı dəyişiklik',
      'Müştəri təsdiqlənmiş səhifə düzümünün yenidən qurulmasını istədi',
    ],
    advice_ignored: [
      'Müştəri tövsiyəmizin əksini etdi',
      'Müştəri tövsiyə etmədiyimiz şriftdə israr etdi',
      'Test xəbərdarlığımıza baxmayaraq buraxılış tarixi dəyişdirilmədi',
    ],
    payment_reminder: [
      'Nəzakətli xatırlatma: faktura yaddan çıxmış ola bilər',
      'Gecikmiş faktura üçün ikinci xatırlatma',
      'Faktura yenidən əlavə edilərək xatırlatma göndərildi',
    ],
    stop_work_notice: ['Gecikmiş faktura ödənənə qədər iş dayandırıldı'],
    follow_up: [
      'İzləmə: başqa nə ilə kömək edə bilərik?',
      'Düzəlişin onlara yaradığı təsdiqləndi',
      'Təhvildən sonra izləmə zəngi',
    ],
    resolution: [
      'Şikayət müştəri ilə həll olundu',
      'Düzəliş və yeni tarix razılaşdırıldı; müştəri razıdır',
      'Faktura düzəldildi və səhvimizə görə üzr istənildi',
    ],
    note: ['Daxili qeyd', 'Qeyd: hər tələbi yazılı şəkildə qeydə al', 'Qeyd: bundan sonra təsdiqləri e-poçtla istə'],
  },
  complaints: {
    quality: ['Müştəri çap keyfiyyətindən narazıdır', 'Müştəri saytdakı şəkillərin bulanıq göründüyünü deyir'],
    delay: ['Müştəri təhvilin iki gün gecikməsindən şikayət etdi', 'Müştəri buraxılışın bir həftə gecikməsinə görə narazıdır'],
    price: ['Müştəri son qiymətin çox yüksək olmasından şikayət etdi'],
    billing: ['Müştəri fakturadakı məbləğin səhv olduğunu deyir', 'Müştəri iki dəfə faktura göndərilməsindən şikayət etdi'],
    communication: [
      'Müştəri e-poçtuna iki gün cavab vermədiyimizi deyir',
      'Müştəri gecikmə barədə heç kimin xəbər vermədiyindən şikayət etdi',
    ],
    staff: ['Müştəri dizaynerimizin telefondakı tonundan şikayət etdi'],
    scope: ['Müştəri razılaşdırılmış işə broşürün də daxil olduğunu deyir'],
    other: ['Müştəri ofisimizdəki dayanacaq problemindən şikayət etdi'],
  },
  quotes: {
    incident_abuse: [
      '“Siz tamamilə bacarıqsızsınız!”',
      '“Telefonu üzümə qapatmağa cəsarət etmə!”',
      '“Bu qədər bacarıqsız birini kim işə götürüb?”',
    ],
    incident_threat: [
      '“Bu şəhərdə adınızı batıracağam.”',
      '“Vəkilim sizinlə danışacaq.”',
      '“Heç kim bir daha sizinlə işləməyəcək.”',
    ],
    incident_dishonesty: ['“Əlavə ödəniş olacağını heç demədiniz.”', '“O versiyanı mən təsdiqləməmişəm.”'],
    complaint: ['“Razılaşdığımız bu deyildi.”', '“Bu qiymətə daha yaxşısını gözləyirdim.”'],
    price_pushback: ['“Başqaları bunu yarı qiymətə edir.”', '“20 faiz endirim edin, yoxsa başqa yerə gedəcəyəm.”'],
    advice_ignored: ['“Müştərilərimi sizdən yaxşı tanıyıram.”'],
  },
  staff: ['Elvin Həsənov', 'Günel Quliyeva', 'Orxan Babayev', 'Səbinə Kərimova'],
  costs: { production: 'Çap və tədbir istehsalı', materials: 'Material və kuryer' },
  correction: 'Bu qeydin düzəlişi',
  exhibits: {
    complaint: {
      name: 'tehvil-aktı.txt',
      body: 'TƏHVİL AKTI\n\nTəhvil verildi: 12 qutu, çap olunmuş broşür (sifariş 2041)\nQəbul edən: qəbul masası, imzalı\nTəhvil zamanı vəziyyət: qutular salamat, zədə görünmədi\nSürücü: kuryer, 3-cü marşrut\n',
    },
    incident: {
      name: 'musteriden-mesaj.txt',
      body: 'E-poçtla gələn mesaj, gəldiyi kimi saxlanıldı.\n\n“Sabaha qədər düzəlməsə, peşman olacaqsınız. Hamının sizin haqqınızda eşitməsini təmin edəcəyəm.”\n',
    },
  },
};

export const sampleTexts: Record<Language, SampleTexts> = { en, tr, az };

export const sampleProfiles: Record<Language, { businessName: string; ownerName: string; ownerTitle: string; currency: string }> =
  {
    en: { businessName: 'Sample Studio (sample data)', ownerName: 'Alex Morgan', ownerTitle: 'Founder', currency: 'TRY' },
    tr: { businessName: 'Örnek Atölye (örnek veri)', ownerName: 'Ayşe Yılmaz', ownerTitle: 'Kurucu', currency: 'TRY' },
    az: { businessName: 'Nümunə Studiya (nümunə məlumat)', ownerName: 'Leyla Əliyeva', ownerTitle: 'Təsisçi', currency: 'AZN' },
  };
