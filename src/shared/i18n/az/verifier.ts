// Dosyenin daşıdığı oflayn yoxlayıcı (verify.html) və texniki izah səhifəsi.
export const appendix = {
  title: 'Texniki izah: bu dosyeni proqram olmadan yoxlamaq',
  hashTitle: 'Hər heş necə hesablanır',
  hashText:
    'Hər qeydin heşi qeydin yazıldığı kimi bütün sahələrini saxlayan JSON obyektindən hesablanır: müştərinin və qeydin nömrələri, növ, kanal, iki vaxt, xülasə, təfərrüatlar, deyilənlər, iştirak edənlər, şahidlər, ciddilik, qırmızı bayraqlar, başqa qeydlərə istinadlar və hər əlavənin adı, növü, ölçüsü və SHA-256 barmaq izi kimi. Obyekt kanonik formada yazılır: boşluq və ya sətir sonu olmadan, obyekt açarları sıralanmış, hər mətn Unicode NFC normallaşdırma formasında. Heş əvvəlki qeydin heşinin dərhal ardınca gələn bu kanonik mətnin UTF-8 kodlaşdırmasının SHA-256 dəyəridir və 64 kiçik hərfli onaltılıq rəqəmlə yazılır. Birinci qeydin əvvəlki heşi 64 sıfırdır. Beləliklə, hər heş öz qeydini və zəncir vasitəsilə ondan əvvəlki bütün qeydləri əhatə edir; sonuncusu birinci səhifədə yazılmış zəncir başıdır.',
  hashFormula: 'heş(n) = SHA-256( heş(n−1) ‖ n nömrəli qeydin kanonik JSON-u ),  heş(0) = 64 × “0”',
  filesTitle: 'Yerləşdirilmiş fayllar',
  filesText:
    'Bu PDF-də iki fayl yerləşdirilib; əksər PDF oxuyucuları onları qoşmalar (sancaq) panelində göstərir. {{entries}} bu dosyenin hər qeydini heşi hesablandığı kimi, əvvəlki heşi və öz heşi ilə, həmçinin birinci səhifədə yazılmış zəncir başını saxlayır. {{verifier}} istənilən veb brauzerdə internetsiz işləyən yoxlayıcıdır: brauzerdən başqa heç nə istifadə etmir və heç yerə heç nə göndərmir.',
  useText:
    'Yoxlamaq üçün: {{verifier}} faylını qoşmalardan saxlayın və veb brauzerdə açın. O, daşıdığı qeydləri ({{entries}} ilə eynidir) yoxlayır və ya neçə qeydin uyğun gəldiyini və zəncir başının uyğun olduğunu deyir, ya da uyğun gəlməyən birinci qeydi və səbəbini göstərir. {{entries}} faylının ayrıca nüsxəsini yoxlamaq üçün onu səhifədə seçin və ya səhifəyə atın. Hər kəs yuxarıdakı izahdan öz yoxlamasını da yaza bilər; yerləşdirilmiş yoxlayıcı belə yoxlamalardan biridir.',
  scopeTitle: 'Bu dosyedə nə yoxlanıla bilər',
  scopeAll:
    'Bu dosye jurnalın qeyd #1-dən zəncir başına (qeyd #{{head}}) qədər bütün qeydlərini saxlayır. Hər heş yenidən hesablanır, iki qeyd arasındakı hər əlaqə yoxlanılır və sonuncu heş birinci səhifədə yazılmış zəncir başı ilə müqayisə edilir.',
  scopeFiltered_one:
    'Bu dosye süzülüb: jurnalın {{total}} qeydindən {{count}} qeydi daxil etmir. Yoxlayıcı saxladığı hər qeydin heşini yenidən hesablayır və aralarında buraxılmış qeyd olmayan ardıcıl iki qeyd arasındakı hər əlaqəni yoxlayır. Buraxılmış qeydləri və onların üzərindən keçən əlaqələri yoxlaya bilməz: boşluqdan sonrakı qeyd burada olmayan qeydin heşini göstərir. Onlar jurnalın özü ilə, proqramda “Dosyeyə görə yoxla” ilə yoxlanılır.',
  scopeFiltered_other:
    'Bu dosye süzülüb: jurnalın {{total}} qeydindən {{count}} qeydi daxil etmir. Yoxlayıcı saxladığı hər qeydin heşini yenidən hesablayır və aralarında buraxılmış qeyd olmayan ardıcıl iki qeyd arasındakı hər əlaqəni yoxlayır. Buraxılmış qeydləri və onların üzərindən keçən əlaqələri yoxlaya bilməz: boşluqdan sonrakı qeyd burada olmayan qeydin heşini göstərir. Onlar jurnalın özü ilə, proqramda “Dosyeyə görə yoxla” ilə yoxlanılır.',
  headIncluded:
    'Zəncir başı (qeyd #{{head}}) bu dosyedədir, ona görə onun heşi birinci səhifədə yazılmış zəncir başı ilə müqayisə edilir. Boşluqdan əvvəlki qeydlər zəncir başına yalnız buraxılmış qeydlər vasitəsilə bağlanır.',
  headLeftOut: 'Zəncir başı (qeyd #{{head}}) bu dosyeyə daxil edilməyib, ona görə qeydlər burada onunla müqayisə edilə bilməz.',
  limitsTitle: 'Yoxlama nəyi göstərir və nəyi göstərmir',
  limitsText:
    'Yoxlama yerləşdirilmiş qeydlərin heşi hesablandığı kimi olduğunu və birinci səhifədə yazılmış zəncir başı ilə uyğun gəldiyini göstərir. Dosyenin nə vaxt hazırlandığını və bütövlükdə sonradan dəyişdirilmiş jurnaldan yenidən hazırlanmadığını göstərmir: bunun üçün zəncir başını dosyenin hazırlandığı kompüterdən kənarda saxlanılan jurnal qəbzi və ya etibarlı zaman damğası ilə müqayisə edin, ya da proqramda jurnalı bu dosyeyə görə yoxlayın.',
  entriesFile: 'Bu dosyenin hər qeydi heşi hesablandığı kimi, əvvəlki heşi və öz heşi ilə; və birinci səhifədəki zəncir başı',
  verifierFile: 'İnternetsiz yoxlayıcı: hər heşi yenidən hesablamaq üçün istənilən veb brauzerdə açın',
};

export const verifier = {
  title: 'Bu dosyeni yoxla',
  intro:
    'Bu səhifə Client Dossier ilə hazırlanmış hadisə dosyesinin qeydlərini yoxlayır. Hər qeydin SHA-256 heşini yenidən hesablayır, hər qeydin özündən əvvəlkinin ardınca gəldiyini yoxlayır və zənciri dosyenin birinci səhifəsində yazılmış zəncir başı ilə müqayisə edir. İnternetsiz, yalnız bu brauzerdə işləyir: heç yerə heç nə göndərilmir.',
  noScript:
    'Bu səhifənin qeydləri yoxlaması üçün JavaScript lazımdır. Bu fayl üçün skriptlərə icazə verin və ya onu başqa brauzerdə açın.',
  checking: 'Yoxlanılır…',
  pick: 'entries.json faylının başqa nüsxəsini yoxlamaq üçün onu burada seçin və ya bu səhifəyə atın.',
  sourceEmbedded: 'Yoxlanıldı: bu səhifənin daşıdığı qeydlər (dosyedəki entries.json ilə eynidir).',
  sourceFile: 'Yoxlanıldı: {{name}} faylı.',
  fallback: 'Bu brauzer burada öz SHA-256 funksiyasını təqdim etmədi; səhifənin öz tətbiqi istifadə olundu.',
  document: 'Sənədin identifikatoru',
  client: 'Müştəri',
  head: 'Birinci səhifədəki zəncir başı',
  headHash: 'Zəncir başının heşi (SHA-256)',
  scope: 'Qeydlər',
  scopeAll_one: 'jurnalın bütün qeydləri ({{count}})',
  scopeAll_other: 'jurnalın bütün qeydləri ({{count}})',
  scopeFiltered_one: 'süzülmüş: {{total}} qeyddən {{count}} qeyd, {{omitted}} qeyd daxil edilməyib',
  scopeFiltered_other: 'süzülmüş: {{total}} qeyddən {{count}} qeyd, {{omitted}} qeyd daxil edilməyib',
  ok_one: '{{count}} qeyd, zəncir başı uyğundur',
  ok_other: '{{count}} qeyd, zəncir başı uyğundur',
  okDetail:
    'Hər qeyd öz heşinə uyğundur, qeyd #1-dən başlayaraq hər qeyd özündən əvvəlkinin ardınca gəlir və sonuncusu birinci səhifədə yazılmış zəncir başıdır (qeyd #{{head}}).',
  okFilteredDetail_one:
    'Bu dosye süzülüb və {{count}} qeydi daxil etmir. İçindəki hər qeyd öz heşinə uyğundur, aralarında buraxılmış qeyd olmayan hər qeyd özündən əvvəlkinin ardınca gəlir və sonuncusu birinci səhifədə yazılmış zəncir başıdır. Buraxılmış qeydlərin üzərindən keçən əlaqələr burada yoxlanıla bilməz.',
  okFilteredDetail_other:
    'Bu dosye süzülüb və {{count}} qeydi daxil etmir. İçindəki hər qeyd öz heşinə uyğundur, aralarında buraxılmış qeyd olmayan hər qeyd özündən əvvəlkinin ardınca gəlir və sonuncusu birinci səhifədə yazılmış zəncir başıdır. Buraxılmış qeydlərin üzərindən keçən əlaqələr burada yoxlanıla bilməz.',
  noHead_one: '{{count}} qeyd öz heşinə uyğundur; zəncir başı bu dosyedə yoxdur',
  noHead_other: '{{count}} qeyd öz heşinə uyğundur; zəncir başı bu dosyedə yoxdur',
  noHeadDetail:
    'Birinci səhifədə yazılmış zəncir başı (qeyd #{{head}}) bu süzülmüş dosyeyə daxil edilməyib, ona görə bu qeydlər burada onunla əlaqələndirilə bilməz. Hər qeyd öz heşinə uyğundur və aralarında buraxılmış qeyd olmayan hər qeyd özündən əvvəlkinin ardınca gəlir.',
  failedDetail_one: 'Ondan əvvəlki {{count}} qeyd uyğun gəldi. Ondan sonrakı qeydlər yoxlanılmadı.',
  failedDetail_other: 'Ondan əvvəlki {{count}} qeyd uyğun gəldi. Ondan sonrakı qeydlər yoxlanılmadı.',
  fail: {
    badFile: 'Bu fayl dosyenin entries.json faylı deyil və ya zədələnib.',
    badEntry: 'Fayldakı {{n}} nömrəli element gözlənilən formada qeyd deyil.',
    labelMismatch:
      'Qeyd #{{seq}} uyğun gəlmir: yanında göstərilən nömrə və ya müştəri heşin əhatə etdiyi qeyddəkindən fərqlidir.',
    order: 'Qeyd #{{seq}} uyğun gəlmir: sırası yanlışdır.',
    missing: 'Qeyd #{{seq}} yoxdur: bu dosye süzülməyib, ona görə zəncir başına qədər bütün qeydləri saxlamalıdır.',
    genesis: 'Qeyd #{{seq}} uyğun gəlmir: zəncirin birinci qeydi olduğu üçün onun əvvəlki heşi 64 sıfır olmalıdır.',
    prevMismatch:
      'Qeyd #{{seq}} uyğun gəlmir: onun əvvəlki heşi qeyd #{{prev}} üçün yazılmış heşlə eyni deyil, yəni zəncir burada qırılıb və ya sırası dəyişdirilib.',
    hashMismatch: 'Qeyd #{{seq}} uyğun gəlmir: məzmunu heşinə uyğun deyil, yəni heş hesablandıqdan sonra dəyişdirilib.',
    headMismatch:
      'Qeyd #{{seq}} uyğun gəlmir: zəncir başı bu qeyddir, lakin onun heşi birinci səhifədə yazılmış zəncir başından fərqlidir.',
    beyondHead: 'Qeyd #{{seq}} uyğun gəlmir: birinci səhifədə yazılmış zəncir başından (qeyd #{{head}}) sonra gəlir.',
    noNormalize:
      'Bu brauzer yoxlamanın tələb etdiyi Unicode normallaşdırmasını (NFC) edə bilmir. Bu səhifəni müasir brauzerdə açın.',
  },
  entriesTitle: 'Qeydlər',
  col: { seq: '#', occurred: 'Baş verib', summary: 'Xülasə', result: 'Nəticə' },
  rowOk: 'uyğundur',
  rowFailed: 'uyğun deyil',
  rowUnchecked: 'yoxlanılmayıb',
  gap: 'Qeydlər #{{from}}–#{{to}} bu dosyeyə daxil edilməyib',
  gapOne: 'Qeyd #{{from}} bu dosyeyə daxil edilməyib',
  howTitle: 'Hər heş necə hesablanır',
  how: 'Qeydin heşi əvvəlki qeydin heşinin (64 onaltılıq rəqəm; birinci qeyddən əvvəl 64 sıfır) dərhal ardınca kanonik JSON kimi yazılmış qeydin SHA-256 dəyəridir: boşluq və ya sətir sonu olmadan, obyekt açarları sıralanmış, hər mətn Unicode NFC normallaşdırma formasında, UTF-8 kimi kodlanmış. entries.json hər qeydin obyektini məhz heşi hesablandığı kimi verir.',
  limitsTitle: 'Bu yoxlama nəyi göstərir',
  limits:
    'Fayldakı qeydlərin heşi hesablandığı kimi olduğunu və birinci səhifədə yazılmış zəncir başı ilə uyğun gəldiyini göstərir. Dosyenin bütövlükdə sonradan dəyişdirilmiş jurnaldan yenidən hazırlanmadığını göstərə bilməz: bunun üçün zəncir başını dosyenin hazırlandığı kompüterdən kənarda saxlanılan jurnal qəbzi və ya etibarlı zaman damğası ilə müqayisə edin.',
};
