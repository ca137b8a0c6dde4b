import type { LetterTemplates } from './kinds';

export const tr: LetterTemplates = {
  payment_reminder: {
    subject: '{{invoiceNumbers}} numaralı {{#invoiceNumbers:fatura|faturalar}}: nazik bir hatırlatma',
    body: `Sayın {{clientName}},

Umarım her şey yolundadır. {{invoiceNumbers}} numaralı {{#invoiceNumbers:faturamız|faturalarımız}} gözünüzden kaçmış olabilir; yoğun dönemlerde hepimizin başına gelir. Kayıtlarımıza göre {{amountDue}} tutarındaki ödeme hâlâ açık görünüyor.

Ödemeyi[[ {{payBy}} tarihine kadar]] yapabilirseniz çok seviniriz. Ödeme zaten yoldaysa teşekkür ederim, lütfen bu notu dikkate almayın. {{#invoiceNumbers:Faturada|Faturalarda}} anlaşılmayan bir nokta varsa yanıtlamanız yeterli; hemen ilgilenirim.

Saygılarımla,`,
  },
  stop_work_notice: {
    subject: '{{invoiceNumbers}} numaralı {{#invoiceNumbers:fatura|faturalar}} ödenene kadar çalışmalara ara veriyoruz',
    body: `Sayın {{clientName}},

Önceki hatırlatmama rağmen {{invoiceNumbers}} numaralı {{#invoiceNumbers:fatura|faturalar}} ({{amountDue}}) hâlâ ödenmedi. {{date}} itibarıyla, sizden haber alana kadar hesabınızdaki tüm çalışmalara ara veriyoruz.

Ödeme ulaşır ulaşmaz çalışmalara hemen, kaldığımız yerden devam edeceğiz. {{#invoiceNumbers:Faturayla|Faturalarla}} ya da zamanlamayla ilgili bir sorun varsa lütfen beni arayın veya yazın: birlikte bir çözüm bulmayı tercih ederim.

Saygılarımla,`,
  },
  referral: {
    subject: '{{referToName}} ile tanışmanız için',
    body: `Sayın {{clientName}},

Görüşmemiz için teşekkür ederim. Konuştuğumuz gibi, bu aşamada {{referToName}} size bizden daha iyi hizmet verebilir[[: {{whyBetterFit}}|.]]

Kendilerine {{referToContact}} üzerinden ulaşabilirsiniz. Tanıştırmayı bizzat yapmaktan ve devir için işinize yarayacak her bilgiyi paylaşmaktan memnuniyet duyarım.

Sizinle çalışmak bir zevkti; işlerinizde başarılar dilerim.

Saygılarımla,`,
  },
  termination: {
    subject: 'Birlikte çalışmamız hakkında',
    body: `Sayın {{clientName}},

Size bizzat yazıyorum: birlikte çalışmamızı sonlandırmaya karar verdik. İhtiyaçlarınızı bugünkü hâliyle karşılayamadığımız için yollarımızı ayırıyoruz; bunu karşılayabilecek bir iş ortağını hak ediyorsunuz.

Son çalışma günümüz {{lastDay}} olacak.[[ O güne kadar geçişi sorunsuz kılmak için planımız şöyle: {{transitionPlan}}]]

Sizin için yönettiğimiz tüm hesaplara, erişim bilgilerine, dosyalara, alan adlarına ve varlıklara tam erişim, birlikte neler başardığımızı anlatan bir kapanış raporuyla birlikte size teslim edilecek.[[ Açık bakiye: {{amountDue}}.]]

Bize gösterdiğiniz güven için teşekkür ederim. Size ve işinize başarılar dilerim.

Saygılarımla,`,
  },
  win_back_apology: {
    subject: 'Özür dilerim: kişisel bir not',
    body: `Sayın {{clientName}},

[[{{calledOn}} tarihinde benimle konuştuğunuz için teşekkür ederim. ]]Size bizzat yazıyorum, çünkü sizden özür dilemem gerekiyor. Özür dilerim.

Yanlış giden şuydu: {{whatWentWrong}} Bunun sorumluluğu bize, {{businessName}} yöneticisi olarak da bana aittir; başka kimseye değil. Bunun sizin için ne kadar can sıkıcı ve hayal kırıklığı yaratan bir deneyim olduğunu anlıyorum; daha iyisini beklemekte haklıydınız.

Bunu telafi etmek istiyorum.[[ {{offer}} Sizin için durumu düzeltecek başka bir şey varsa lütfen söyleyin:| Durumu sizin için neyin düzelteceğini lütfen söyleyin:]] önümüzdeki günlerde sizi arayacağım, bana her zaman doğrudan da ulaşabilirsiniz.

Kararınız ne olursa olsun, iletişimde kalmaktan memnuniyet duyarım.

İçten özürlerimle,`,
  },
  reset_terms_summary: {
    subject: 'Anlaştıklarımız: bundan sonraki çalışma koşullarımız',
    body: `Sayın {{clientName}},

Açık görüşmemiz için teşekkür ederim. Aynı noktada olduğumuzdan emin olmak için anlaştıklarımızı özetliyorum:

• Ücret: {{price}}
• Kapsam: {{scope}}
• Yanıt süreleri: {{responseTime}}
• Ödeme günü: {{paymentDay}}

Yeni düzenin sizin için nasıl işlediğini görmek için[[ {{followUpOn}} tarihinde| yakında]] sizinle görüşeceğim. Buradaki bir madde sizin anladığınızdan farklıysa lütfen şimdi söyleyin, birlikte netleştirelim.

Saygılarımla,`,
  },
  complaint_update: {
    subject: '{{raisedOn}} tarihli şikâyetiniz: son durum',
    body: `Sayın {{clientName}},

{{raisedOn}} tarihinde ilettiğiniz sorunu[[ ({{complaintSummary}})]] çözmek için çalışırken sizi bilgilendirmek istiyorum. Çözümün bu kadar uzun sürdüğü için özür dilerim.

Şu ana kadar yaptıklarımız: {{whatWeDid}}

Sıradaki adım: {{nextStep}}

[[En geç {{nextUpdateOn}} tarihinde, sorun daha önce çözülürse daha erken, size yeniden yazacağım.|Yeni bir gelişme olur olmaz size yeniden yazacağım.]] Bu arada sizin tarafınızda değişen bir şey olursa ya da bir sorunuz varsa lütfen yanıtlayın veya beni doğrudan arayın.

Saygılarımla,`,
  },
  silence_delays: {
    subject: 'Projeyi ilerletmek için yanıtınıza ihtiyacımız var',
    body: `Sayın {{clientName}},

Sizden gelecek bilgiler olmadan projeyi ilerletemiyoruz. İşin şu anki durumu şöyle:

• Sizden beklediğimiz: {{waitingFor}}
• İlk istediğimiz tarih: {{askedOn}}
• O zamana kadar bekleyen iş: {{blockedWork}}

Yanıtınızı beklediğimiz her gün projeyi de geciktiriyor[[: {{delayImpact}}|.]] [[{{replyBy}} tarihine kadar sizden haber alırsak plana uyabiliriz.|Sizden haber alır almaz işe kaldığımız yerden devam edeceğiz.]]

Sizin için daha kolaysa kısa bir telefon görüşmesi de olur: size uygun bir saati söyleyin, ona göre ayarlarım.

Saygılarımla,`,
  },
  impossible_demands: {
    subject: 'Sözleşmemiz ve kapsadığı işler',
    body: `Sayın {{clientName}},

Birlikte nasıl çalıştığımız konusunda size açık olmak istiyorum. Son dönemde bizden şunlar istendi: {{demands}}

Mevcut hâliyle bu, anlaştığımız işi yapmamızı imkânsız kılıyor[[: {{whyImpossible}}|.]]

Sözleşmemiz ({{contractName}}[[, imza tarihi: {{contractDate}}]]) yapacağımız işi şöyle tanımlıyor:

{{contractTerms}}

Tam olarak bunu, en iyi şekilde yapmaktan memnuniyet duyarız. Sözleşmenin kapsadığından fazlasına ihtiyacınız varsa, mevcut sözleşmeyi zorlamak yerine yeni bir kapsam, ücret ve takvimle sözleşmeyi değiştirmeyi konuşalım.

Saygılarımla,`,
  },
};
