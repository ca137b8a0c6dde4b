// Olay dosyasının taşıdığı çevrimdışı doğrulayıcı (verify.html) ve ek açıklama sayfası.
export const appendix = {
  title: 'Teknik açıklama: bu olay dosyasını uygulama olmadan denetlemek',
  hashTitle: 'Her hash değeri nasıl hesaplanır',
  hashText:
    'Her kaydın hash değeri, kaydın yazıldığı hâliyle tüm alanlarını içeren bir JSON nesnesinden hesaplanır: müşterinin ve kaydın numaraları, tür, kanal, iki zaman, özet, ayrıntılar, aynen söylenenler, bulunan kişiler, tanıklar, önem, kırmızı bayraklar, başka kayıtlara göndermeler ve her ekin adı, türü, boyutu ve SHA-256 parmak izi gibi. Nesne kanonik biçimde yazılır: boşluk veya satır sonu olmadan, nesne anahtarları sıralı, her metin Unicode NFC normalleştirme biçiminde. Hash değeri, önceki kaydın hash değerinin hemen ardından gelen bu kanonik metnin UTF-8 olarak kodlanmış hâlinin SHA-256 değeridir ve 64 küçük harfli onaltılık basamakla yazılır. İlk kaydın önceki hash değeri 64 sıfırdır. Böylece her hash değeri kendi kaydını ve zincir yoluyla ondan önceki tüm kayıtları kapsar; sonuncusu ilk sayfada yazılı zincir başıdır.',
  hashFormula: 'hash(n) = SHA-256( hash(n−1) ‖ kayıt n’nin kanonik JSON’u ),  hash(0) = 64 × “0”',
  filesTitle: 'Gömülü dosyalar',
  filesText:
    'Bu PDF iki gömülü dosya taşır; çoğu PDF okuyucu bunları ekler (ataş) panelinde listeler. {{entries}}, bu olay dosyasındaki her kaydı hash değeri hesaplandığı hâliyle, önceki kaydın hash değeri ve kendi hash değeriyle birlikte içerir; ilk sayfada yazılı zincir başı da içindedir. {{verifier}}, her web tarayıcısında internet bağlantısı olmadan çalışan bir doğrulayıcıdır: tarayıcıdan başka bir şey kullanmaz ve hiçbir yere bir şey göndermez.',
  useText:
    'Denetlemek için: {{verifier}} dosyasını kaydedip bir web tarayıcısında açın. Taşıdığı kayıtları ({{entries}} ile aynı) denetler; ya kaç kaydın eşleştiğini ve zincir başının eşleştiğini söyler ya da eşleşmeyen ilk kaydı ve nedenini belirtir. {{entries}} dosyasının ayrı bir kopyasını denetlemek için onu sayfada seçin veya sayfaya bırakın. Herkes yukarıdaki açıklamadan kendi denetimini de yazabilir; gömülü doğrulayıcı bunlardan biridir.',
  scopeTitle: 'Bu olay dosyasında neler denetlenebilir',
  scopeAll:
    'Bu olay dosyası, kayıt #1’den zincir başına (kayıt #{{head}}) kadar kayıt defterindeki tüm kayıtları içerir. Her hash değeri yeniden hesaplanır, iki kayıt arasındaki her bağlantı denetlenir ve son hash değeri ilk sayfada yazılı zincir başıyla karşılaştırılır.',
  scopeFiltered_one:
    'Bu olay dosyası süzülmüştür: kayıt defterindeki {{total}} kaydın {{count}} tanesini içermez. Doğrulayıcı, içerdiği her kaydın hash değerini yeniden hesaplar ve aralarında dışarıda bırakılmış kayıt olmayan ardışık iki kayıt arasındaki her bağlantıyı denetler. Dışarıda bırakılan kayıtları ve onların üzerinden geçen bağlantıları denetleyemez: bir boşluktan sonraki kayıt, burada olmayan bir kaydın hash değerini gösterir. Bunlar kayıt defterinin kendisiyle, uygulamada “Bir olay dosyasına göre doğrula” ile denetlenir.',
  scopeFiltered_other:
    'Bu olay dosyası süzülmüştür: kayıt defterindeki {{total}} kaydın {{count}} tanesini içermez. Doğrulayıcı, içerdiği her kaydın hash değerini yeniden hesaplar ve aralarında dışarıda bırakılmış kayıt olmayan ardışık iki kayıt arasındaki her bağlantıyı denetler. Dışarıda bırakılan kayıtları ve onların üzerinden geçen bağlantıları denetleyemez: bir boşluktan sonraki kayıt, burada olmayan bir kaydın hash değerini gösterir. Bunlar kayıt defterinin kendisiyle, uygulamada “Bir olay dosyasına göre doğrula” ile denetlenir.',
  headIncluded:
    'Zincir başı (kayıt #{{head}}) bu olay dosyasındadır; hash değeri ilk sayfada yazılı zincir başıyla karşılaştırılır. Bir boşluktan önceki kayıtlar zincir başına yalnızca dışarıda bırakılan kayıtlar üzerinden bağlanır.',
  headLeftOut: 'Zincir başı (kayıt #{{head}}) bu olay dosyasının dışındadır; bu yüzden kayıtlar burada onunla karşılaştırılamaz.',
  limitsTitle: 'Denetim neyi gösterir, neyi göstermez',
  limitsText:
    'Denetim, gömülü kayıtların hash değerleri hesaplandığı hâliyle aynen durduğunu ve ilk sayfada yazılı zincir başıyla uyuştuğunu gösterir. Olay dosyasının ne zaman hazırlandığını ve tamamının daha sonra değiştirilmiş bir kayıt defterinden yeniden hazırlanmadığını göstermez: bunun için zincir başını, olay dosyasının hazırlandığı bilgisayarın dışında saklanan bir kayıt defteri makbuzuyla veya güvenilir bir zaman damgasıyla karşılaştırın ya da uygulamada kayıt defterini bu olay dosyasına göre doğrulatın.',
  entriesFile:
    'Bu olay dosyasındaki her kayıt, hash değeri hesaplandığı hâliyle, önceki ve kendi hash değeriyle; ve ilk sayfadaki zincir başı',
  verifierFile:
    'İnternet bağlantısı olmadan çalışan doğrulayıcı: her hash değerini yeniden hesaplamak için bir web tarayıcısında açın',
};

export const verifier = {
  title: 'Bu olay dosyasını doğrula',
  intro:
    'Bu sayfa, Client Dossier ile hazırlanmış bir olay dosyasının kayıtlarını denetler. Her kaydın SHA-256 hash değerini yeniden hesaplar, her kaydın bir öncekinin ardından geldiğini denetler ve zinciri olay dosyasının ilk sayfasında yazılı zincir başıyla karşılaştırır. İnternet bağlantısı olmadan, yalnızca bu tarayıcıda çalışır: hiçbir yere bir şey gönderilmez.',
  noScript:
    'Bu sayfanın kayıtları denetleyebilmesi için JavaScript gerekir. Bu dosya için betiklere izin verin ya da dosyayı başka bir tarayıcıda açın.',
  checking: 'Denetleniyor…',
  pick: 'entries.json dosyasının başka bir kopyasını denetlemek için onu burada seçin ya da bu sayfaya bırakın.',
  sourceEmbedded: 'Denetlenen: bu sayfanın taşıdığı kayıtlar (olay dosyasındaki entries.json ile aynı).',
  sourceFile: 'Denetlenen: {{name}} dosyası.',
  fallback: 'Bu tarayıcı burada kendi SHA-256 işlevini sunmadı; sayfanın kendi uygulaması kullanıldı.',
  document: 'Belge kimliği',
  client: 'Müşteri',
  head: 'İlk sayfadaki zincir başı',
  headHash: 'Zincir başının hash değeri (SHA-256)',
  scope: 'Kayıtlar',
  scopeAll_one: 'kayıt defterindeki tüm kayıtlar ({{count}})',
  scopeAll_other: 'kayıt defterindeki tüm kayıtlar ({{count}})',
  scopeFiltered_one: 'süzülmüş: {{total}} kaydın {{count}} tanesi, {{omitted}} kayıt dışarıda',
  scopeFiltered_other: 'süzülmüş: {{total}} kaydın {{count}} tanesi, {{omitted}} kayıt dışarıda',
  ok_one: '{{count}} kayıt, zincir başı eşleşiyor',
  ok_other: '{{count}} kayıt, zincir başı eşleşiyor',
  okDetail:
    'Her kayıt kendi hash değeriyle eşleşiyor, kayıt #1’den itibaren her kayıt bir öncekinin ardından geliyor ve sonuncusu ilk sayfada yazılı zincir başı (kayıt #{{head}}).',
  okFilteredDetail_one:
    'Bu olay dosyası süzülmüştür ve {{count}} kaydı içermez. İçindeki her kayıt kendi hash değeriyle eşleşiyor, aralarında dışarıda bırakılmış kayıt olmayan her kayıt bir öncekinin ardından geliyor ve sonuncusu ilk sayfada yazılı zincir başı. Dışarıda bırakılan kayıtların üzerinden geçen bağlantılar burada denetlenemez.',
  okFilteredDetail_other:
    'Bu olay dosyası süzülmüştür ve {{count}} kaydı içermez. İçindeki her kayıt kendi hash değeriyle eşleşiyor, aralarında dışarıda bırakılmış kayıt olmayan her kayıt bir öncekinin ardından geliyor ve sonuncusu ilk sayfada yazılı zincir başı. Dışarıda bırakılan kayıtların üzerinden geçen bağlantılar burada denetlenemez.',
  noHead_one: '{{count}} kayıt kendi hash değeriyle eşleşiyor; zincir başı bu olay dosyasında yok',
  noHead_other: '{{count}} kayıt kendi hash değeriyle eşleşiyor; zincir başı bu olay dosyasında yok',
  noHeadDetail:
    'İlk sayfada yazılı zincir başı (kayıt #{{head}}) bu süzülmüş olay dosyasının dışında kalıyor; bu yüzden bu kayıtlar burada ona bağlanamaz. Her kayıt kendi hash değeriyle eşleşiyor ve aralarında dışarıda bırakılmış kayıt olmayan her kayıt bir öncekinin ardından geliyor.',
  failedDetail_one: 'Ondan önceki {{count}} kayıt eşleşti. Ondan sonraki kayıtlar denetlenmedi.',
  failedDetail_other: 'Ondan önceki {{count}} kayıt eşleşti. Ondan sonraki kayıtlar denetlenmedi.',
  fail: {
    badFile: 'Bu dosya bir olay dosyasının entries.json dosyası değil ya da bozulmuş.',
    badEntry: 'Dosyadaki {{n}}. öğe beklenen biçimde bir kayıt değil.',
    labelMismatch:
      'Kayıt #{{seq}} eşleşmiyor: yanında verilen numara veya müşteri, hash değerinin kapsadığı kayıttakinden farklı.',
    order: 'Kayıt #{{seq}} eşleşmiyor: sırası yanlış.',
    missing: 'Kayıt #{{seq}} eksik: bu olay dosyası süzülmemiştir, zincir başına kadar tüm kayıtları içermelidir.',
    genesis: 'Kayıt #{{seq}} eşleşmiyor: zincirin ilk kaydı olduğu için önceki kaydın hash değeri 64 sıfır olmalıdır.',
    prevMismatch:
      'Kayıt #{{seq}} eşleşmiyor: önceki kaydın hash değeri olarak yazılan değer, kayıt #{{prev}} için yazılan hash değeri değil; zincir burada kırılmış veya sırası değiştirilmiş.',
    hashMismatch: 'Kayıt #{{seq}} eşleşmiyor: içeriği hash değeriyle uyuşmuyor; hash değeri hesaplandıktan sonra değiştirilmiş.',
    headMismatch:
      'Kayıt #{{seq}} eşleşmiyor: zincir başı bu kayıt, ancak hash değeri ilk sayfada yazılı zincir başınınkinden farklı.',
    beyondHead: 'Kayıt #{{seq}} eşleşmiyor: ilk sayfada yazılı zincir başından (kayıt #{{head}}) sonra geliyor.',
    noNormalize:
      'Bu tarayıcı, denetimin gerektirdiği Unicode normalleştirmesini (NFC) yapamıyor. Bu sayfayı güncel bir tarayıcıda açın.',
  },
  entriesTitle: 'Kayıtlar',
  col: { seq: '#', occurred: 'Olay zamanı', summary: 'Özet', result: 'Sonuç' },
  rowOk: 'eşleşiyor',
  rowFailed: 'eşleşmiyor',
  rowUnchecked: 'denetlenmedi',
  gap: 'Kayıtlar #{{from}}–#{{to}} bu olay dosyasında yok',
  gapOne: 'Kayıt #{{from}} bu olay dosyasında yok',
  howTitle: 'Her hash değeri nasıl hesaplanır',
  how: 'Bir kaydın hash değeri, önceki kaydın hash değerinin (64 onaltılık basamak; ilk kayıttan önce 64 sıfır) hemen ardından kanonik JSON olarak yazılmış kaydın SHA-256 değeridir: boşluk veya satır sonu olmadan, nesne anahtarları sıralı, her metin Unicode NFC normalleştirme biçiminde, UTF-8 olarak kodlanmış. entries.json her kaydın nesnesini tam olarak hash değeri hesaplandığı hâliyle verir.',
  limitsTitle: 'Bu denetim neyi gösterir',
  limits:
    'Dosyadaki kayıtların hash değerleri hesaplandığı hâliyle aynen durduğunu ve ilk sayfada yazılı zincir başıyla uyuştuğunu gösterir. Olay dosyasının tamamının daha sonra değiştirilmiş bir kayıt defterinden yeniden hazırlanmadığını gösteremez: bunun için zincir başını, olay dosyasının hazırlandığı bilgisayarın dışında saklanan bir kayıt defteri makbuzuyla veya güvenilir bir zaman damgasıyla karşılaştırın.',
};
