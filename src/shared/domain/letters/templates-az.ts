import type { LetterTemplates } from './kinds';

export const az: LetterTemplates = {
  payment_reminder: {
    subject: '{{invoiceNumbers}} nömrəli {{#invoiceNumbers:faktura|fakturalar}}: xoş bir xatırlatma',
    body: `Hörmətli {{clientName}},

Ümid edirəm ki, hər şey qaydasındadır. {{invoiceNumbers}} nömrəli {{#invoiceNumbers:faktura|fakturalar}} yaddan çıxmış ola bilər; sıx vaxtlarda hər kəsin başına gəlir. Qeydlərimizə görə {{amountDue}} məbləğində ödəniş hələ də açıqdır.

Ödənişi[[ {{payBy}} tarixinədək]] edə bilsəniz, çox şad olarıq. Ödəniş artıq yoldadırsa, təşəkkür edirəm, bu qeydi nəzərə almayın. {{#invoiceNumbers:Fakturada|Fakturalarda}} aydın olmayan bir məqam varsa, sadəcə cavab yazın; dərhal məşğul olaram.

Hörmətlə,`,
  },
  stop_work_notice: {
    subject: '{{invoiceNumbers}} nömrəli {{#invoiceNumbers:faktura|fakturalar}} ödənilənədək işlərə fasilə veririk',
    body: `Hörmətli {{clientName}},

Əvvəlki xatırlatmama baxmayaraq, {{invoiceNumbers}} nömrəli {{#invoiceNumbers:faktura|fakturalar}} ({{amountDue}}) hələ də ödənilməyib. {{date}} tarixindən etibarən sizdən xəbər alanadək hesabınız üzrə bütün işlərə fasilə veririk.

Ödəniş daxil olan kimi işləri dərhal, qaldığımız yerdən davam etdirəcəyik. {{#invoiceNumbers:Faktura|Fakturalar}} və ya vaxtla bağlı problem varsa, xahiş edirəm mənə zəng edin və ya yazın: birlikdə həll yolu tapmağa üstünlük verirəm.

Hörmətlə,`,
  },
  referral: {
    subject: '{{referToName}} ilə tanışlıq',
    body: `Hörmətli {{clientName}},

Söhbətimiz üçün təşəkkür edirəm. Danışdığımız kimi, bu mərhələdə {{referToName}} sizə bizdən daha yaxşı xidmət göstərə bilər[[: {{whyBetterFit}}|.]]

Onlarla {{referToContact}} vasitəsilə əlaqə saxlaya bilərsiniz. Tanışlığı şəxsən təşkil etməyə və təhvil üçün faydalı olan hər məlumatı paylaşmağa şadam.

Sizinlə işləmək xoş idi; işlərinizdə uğurlar arzulayıram.

Hörmətlə,`,
  },
  termination: {
    subject: 'Birgə işimiz haqqında',
    body: `Hörmətli {{clientName}},

Sizə şəxsən yazıram: birgə işimizi dayandırmaq qərarına gəldik. Ehtiyaclarınızı indiki halda qarşılaya bilmədiyimiz üçün yollarımızı ayırırıq; siz bunu qarşılaya biləcək tərəfdaşa layiqsiniz.

Son iş günümüz {{lastDay}} olacaq.[[ O günədək keçidi rahat etmək üçün planımız belədir: {{transitionPlan}}]]

Sizin üçün idarə etdiyimiz bütün hesablara, giriş məlumatlarına, fayllara, domenlərə və aktivlərə tam giriş, birlikdə nələrə nail olduğumuzu göstərən yekun hesabatla birlikdə sizə təhvil veriləcək.[[ Qalıq borc: {{amountDue}}.]]

Bizə göstərdiyiniz etimad üçün təşəkkür edirəm. Sizə və işinizə uğurlar arzulayıram.

Hörmətlə,`,
  },
  win_back_apology: {
    subject: 'Üzr istəyirəm: şəxsi məktub',
    body: `Hörmətli {{clientName}},

[[{{calledOn}} tarixində mənimlə danışdığınız üçün təşəkkür edirəm. ]]Sizə şəxsən yazıram, çünki sizdən üzr istəməliyəm. Üzr istəyirəm.

Səhv gedən bu idi: {{whatWentWrong}} Bunun məsuliyyəti bizim, {{businessName}} rəhbəri kimi isə mənimdir; başqa heç kimin deyil. Bunun sizin üçün nə qədər xoşagəlməz və məyusedici olduğunu başa düşürəm; daha yaxşısını gözləməkdə haqlı idiniz.

Bunu düzəltmək istəyirəm.[[ {{offer}} Sizin üçün vəziyyəti düzəldəcək başqa bir şey varsa, xahiş edirəm deyin:| Vəziyyəti sizin üçün nəyin düzəldəcəyini, xahiş edirəm, deyin:]] yaxın günlərdə sizə zəng edəcəyəm, mənə həmişə birbaşa da müraciət edə bilərsiniz.

Qərarınız nə olursa olsun, əlaqədə qalmağa şad olaram.

Səmimi üzrlərimlə,`,
  },
  reset_terms_summary: {
    subject: 'Razılaşdıqlarımız: bundan sonrakı iş şərtlərimiz',
    body: `Hörmətli {{clientName}},

Açıq söhbətimiz üçün təşəkkür edirəm. Eyni fikirdə olduğumuzdan əmin olmaq üçün razılaşdıqlarımızı xülasə edirəm:

• Qiymət: {{price}}
• Əhatə: {{scope}}
• Cavab müddətləri: {{responseTime}}
• Ödəniş günü: {{paymentDay}}

Yeni qaydanın sizin üçün necə işlədiyini görmək üçün[[ {{followUpOn}} tarixində| tezliklə]] sizinlə əlaqə saxlayacağam. Buradakı hər hansı bənd sizin anladığınızdan fərqlidirsə, xahiş edirəm indi deyin, birlikdə aydınlaşdıraq.

Hörmətlə,`,
  },
  complaint_update: {
    subject: '{{raisedOn}} tarixli şikayətiniz: son vəziyyət',
    body: `Hörmətli {{clientName}},

{{raisedOn}} tarixində bildirdiyiniz problemi[[ ({{complaintSummary}})]] həll etmək üzərində işləyərkən sizi məlumatlandırmaq istəyirəm. Həllin bu qədər uzun çəkdiyi üçün üzr istəyirəm.

İndiyədək gördüyümüz işlər: {{whatWeDid}}

Növbəti addım: {{nextStep}}

[[Ən gec {{nextUpdateOn}} tarixində, problem daha tez həll olunarsa daha əvvəl, sizə yenidən yazacağam.|Yeni xəbər olan kimi sizə yenidən yazacağam.]] Bu arada sizin tərəfinizdə nəsə dəyişərsə və ya sualınız olarsa, xahiş edirəm cavab yazın və ya birbaşa mənə zəng edin.

Hörmətlə,`,
  },
  silence_delays: {
    subject: 'Layihəni irəli aparmaq üçün cavabınıza ehtiyacımız var',
    body: `Hörmətli {{clientName}},

Sizdən gələcək məlumat olmadan layihəni irəli apara bilmirik. İşin hazırkı vəziyyəti belədir:

• Sizdən gözlədiyimiz: {{waitingFor}}
• İlk dəfə xahiş etdiyimiz tarix: {{askedOn}}
• O vaxtadək dayanan iş: {{blockedWork}}

Cavabınızı gözlədiyimiz hər gün layihəni də gecikdirir[[: {{delayImpact}}|.]] [[{{replyBy}} tarixinədək sizdən xəbər alsaq, plana uyğun davam edə bilərik.|Sizdən xəbər alan kimi işə qaldığımız yerdən davam edəcəyik.]]

Sizin üçün daha rahatdırsa, qısa telefon danışığı da olar: sizə uyğun vaxtı deyin, ona görə planlaşdıraram.

Hörmətlə,`,
  },
  impossible_demands: {
    subject: 'Müqaviləmiz və onun əhatə etdiyi işlər',
    body: `Hörmətli {{clientName}},

Birgə işimizlə bağlı sizinlə açıq danışmaq istəyirəm. Son vaxtlar bizdən bunlar istənilib: {{demands}}

Hazırkı halda bu, razılaşdığımız işi görməyimizi qeyri-mümkün edir[[: {{whyImpossible}}|.]]

Müqaviləmiz ({{contractName}}[[, imza tarixi: {{contractDate}}]]) gördüyümüz işi belə müəyyən edir:

{{contractTerms}}

Məhz bunu ən yaxşı şəkildə etməyə şadıq. Müqavilənin əhatə etdiyindən artıq işə ehtiyacınız varsa, mövcud müqavilənin çərçivəsini zorla genişləndirmək əvəzinə, yeni iş həcmi, qiymət və vaxt qrafiki ilə müqaviləni yeniləməyi müzakirə edək.

Hörmətlə,`,
  },
};
