import Testing

@testable import HexaplaKit

/// Each case is a text with every expected sentence end marked by `|` (the marker is removed
/// before segmenting); the segmenter's sentence ends are marked the same way to compare.
@Suite("Segmentation rules")
struct SegmentationRulesTests {
  /// The text with `|` after every sentence but the last, as the segmenter splits it.
  static func marked(_ text: String, _ language: String, rules: SegmentationRules? = nil) throws -> String {
    let segmenter = try Segmenter(language: LanguageTag(language), rules: rules)
    let sentences = try segmenter.segment(text)
    var bytes = Array(text.utf8)
    for sentence in sentences.dropLast().reversed() {
      bytes.insert(UInt8(ascii: "|"), at: sentence.range.upperBound)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func check(_ language: String, _ expected: String, rules: SegmentationRules? = nil) throws {
    let text = expected.replacingOccurrences(of: "|", with: "")
    #expect(try marked(text, language, rules: rules) == expected)
  }

  @Test(
    "abbreviations are whole words; some may end a sentence",
    arguments: [
      ("en", "Dr. Smith arrived late.| He sat down."),
      ("en", "He lives in the U.S.| He works in Boston."),
      ("en", "The U.S. Army left the base.| It rained."),
      ("en", "They sell apples, pears etc.| The shop opens at nine."),
      ("en", "They sell apples, pears etc. and plums."),
      ("en", "Gen. Pervez Musharraf spoke, i.e. he gave a speech."),
      ("en", "Warner Bros. Records signed them.| They left."),
      ("en", "We left at 5 p.m.| The next day it rained."),
      ("de", "Es gibt z. B. Äpfel und Birnen, ca. zehn Kisten."),
      ("de", "Er war.| Sie kam später."),
      ("de", "Die Firma wurde 1990 gegründet usw.| Dann kam die Krise."),
      ("ru", "Это т. е. правда.| Мы знаем."),
      ("ru", "Это было в 1905 г.| В тот год шёл снег."),
      ("fr", "On a vu des chats, des chiens, etc.| Le soir, on est rentrés."),
      ("it", "Il Sig. Rossi è arrivato.| Poi è andato via."),
      ("es", "La Sra. García llegó ayer.| Hoy se fue."),
      ("es", "Apenas se ha comentado nada de la carta del sr. Comey.| Su oponente habló."),
      // English titles before English names in other languages' text.
      ("id", "Tidak seperti pada tanggal 28 Oktober, surat Mr. Comey hampir tidak dikomentari."),
      ("is", "Hr. Osborne skráði sig hjá bandarískri stofnun.| Það var gott."),
      // Abbreviations that are also words may end a sentence.
      ("de", "Das geht auf diese Art.| Dann lachte er."),
      ("pt", "Eles eram dez.| O resto ficou em casa."),
      ("fr", "Il aime la mer.| Le soir, il nage."),
      ("en", "We met on Sun. Jan. 5 at noon.| The sun shone."),
      // Arabic: a dotted abbreviation without a space (ق.م "before Christ") is one word; a title
      // never ends a sentence; between caseless words one that may end a sentence does.
      ("ar", "بني المعبد عام 1900 ق.م تقريباً وظل قائماً.| استخدم لمراقبة الشمس."),
      ("ar", "قال د. أحمد إن الوضع جيد.| ثم غادر."),
      ("ar", "بنيت المدينة عام 300 ق.م.| ثم هدمت."),
      ("ar", "زار مصر والعراق إلخ.| وعاد بعد شهر."),
      ("ar", "أعلنت شركة Apple Inc. أرباحها."),
      ("ar", "قال أحمد ز. أمين إن الوكالة مستعدة.| ثم غادر."),
      ("hi", "केवल 50 बाजार थे।| डॉ. ली आगे कहते हैं कि यह सच है।"),
      ("de", "Sie trafen sich im Hl. Cäcilien-Konservatorium.| Dann gingen sie."),
    ])
  func abbreviations(language: String, text: String) throws {
    try Self.check(language, text)
  }

  @Test(
    "initials and ordinal numbers",
    arguments: [
      ("en", "J. R. R. Tolkien wrote it.| It sold well."),
      ("en", "Bush nominated Jennifer M. Anderson for the post."),
      ("en", "They chose plan B.| Then they left."),
      ("fr", "M. Christopher Ross est arrivé.| Il a parlé."),
      ("ru", "Об этом пишет В. Илюхина.| Она права."),
      ("de", "Das Treffen ist am 6. Mai in Berlin.| Er kommt."),
      ("de", "Die 27. Große Strafkammer tagte heute."),
      ("de", "Das Ergebnis war 3.| Dann gingen alle."),
      ("de", "Sie wurde 1990.| Später zog sie um."),
      ("en", "The score was 3.| Then it rained."),
      ("it", "Diritti reali.| 987. Miniere, cave e torbiere."),
    ])
  func initialsAndOrdinals(language: String, text: String) throws {
    try Self.check(language, text)
  }

  @Test(
    "a closing quote set apart by a space stays with its sentence; one before a word opens the next",
    arguments: [
      ("fr", "Elle a dit : « Il faut agir différemment. »| Puis elle est partie."),
      ("fr", "Il a crié : « Nous avons gagné ! »| Ensuite il a ri."),
      ("sv", "Han sa: ” Vi kommer i morgon. ”| Sedan gick han."),
      ("de", "Er ging.| »Hallo«, sagte sie."),
      ("fr", "C'est la fin. »"),
    ])
  func spacedClosingQuotes(language: String, text: String) throws {
    try Self.check(language, text)
  }

  @Test(
    "a quotative particle after a quoted sentence continues the sentence that quotes it",
    arguments: [
      ("ja", "彼は「明日来ます。」と言った。|彼女は「本当？」と笑った。"),
      ("ja", "「これは長い旅の一歩です。」と、彼は付け足した。"),
      ("ko", "그는 \"내일 오겠습니다.\"라고 말했다.| 그녀는 \"정말?\"이라며 웃었다."),
      ("ko", "페이스북에는 \"당신이 더 아프리카 사람다웠어요.\" 라는 글이 있었다."),
      // Not a particle: a new sentence.
      ("ko", "그는 \"좋아요.\"| 고양이가 울었다."),
    ])
  func quotativeParticles(language: String, text: String) throws {
    try Self.check(language, text)
  }

  @Test(
    "a lower-case word after a full stop starts a sentence, unless it is a reporting verb",
    arguments: [
      ("tr", "Sınırlamanın yollarını araştırıyoruz. dedi.| Bunların yalnızca ellisi pazardı."),
      ("tr", "Bu çok güzel bir gündü.| sonra eve gittik."),
    ])
  func reportingVerbAfterFullStop(language: String, text: String) throws {
    try Self.check(language, text)
  }

  @Test(
    "CJK brackets and quotes",
    arguments: [
      ("zh-Hans", "我们走吧。|「你好」他说。"),
      ("zh-Hans", "他说：“走吧。”|我们走了。"),
      ("zh-Hant", "會議結束了。|《紐約時報》報導了此事。"),
      ("zh-Hant", "但B.C.的警方表示，他們有疑問。|聖羅斯季斯拉夫(St. Rastislav)來了。"),
      ("ja", "今日は晴れです。|「明日は雨」と言った。"),
      ("ja", "「行こう。」|彼は言った。"),
    ])
  func cjk(language: String, text: String) throws {
    try Self.check(language, text)
  }

  @Test(
    "dashes, emoji, emoticons, @mentions, lower-case starts",
    arguments: [
      ("fr", "Il est parti hier.| - Pourquoi ?| Personne ne sait."),
      ("ru", "Он ушёл домой.| -- Але!| Кто там?"),
      ("ru", "Это было в 1948 г. -- в тот год."),
      ("en", "Great photo!😍| Thanks for sharing 👍| Next time we come too."),
      ("en", "Great photo! 😍 😍"),
      ("ru", "Спасибо большое :)| Это хорошая галерея =)| Да."),
      ("ru", "спасибо))| Красивая зима."),
      ("en", "The organisation (NGO) Observatory said so."),
      ("ru", "Горы с видами на рисовые поля| @screened-18 по-моему, там всё красиво."),
      ("ru", "Номер расположен на 3 этаже.| @screened-84 спасибо, всё понятно."),
      ("en", "Ask Dr. @drsmith about it.| Or write to the office... @office will answer."),
      ("en", "Add your name plus @example.com to the address, or write to me@example.org."),
      ("en", "we were there all day.| then we left."),
      ("en", "The album came out.| 17 songs were on it."),
      ("en", "Pick one, e.g. the red one."),
      ("it", "Il rapporto è chiaro.| a lanciare l'allarme è stato il custode."),
      ("cs", "V srpnu 1969 papež Pavel VI. odstranil trest smrti."),
      ("pl", "„Coś takiego jest bez precedensu.” — napisał w poniedziałek na blogu."),
      ("en", "I do not know why I chose her…| Two years later he came back."),
      ("id", "Tn. Osborne bergabung dengan agensi itu.| Dia senang."),
    ])
  func dashesEmojiLowercase(language: String, text: String) throws {
    try Self.check(language, text)
  }

  @Test(
    "never split inside numbers, URLs, e-mail, file names, versions, ellipses and ?!",
    arguments: [
      ("en", "It costs 3.50 dollars.| See www.example.com/a.html or write to info@example.org."),
      ("en", "Install v1.2.3 from setup.exe now.| Then restart."),
      ("en", "Really?!| Yes."),
      ("en", "\"Go home.\"| She left."),
      ("de", "Der Wert stieg um 2,5 Prozent auf 1.234 Punkte.| Er fiel danach."),
      ("en", "Wait... and then he came back."),
      ("en", "See http://www.example.com/search?q=cats&lang=en or page.php?id=7 now.| Then read."),
      ("en", "Why?| Because!| It rained."),
    ])
  func neverSplit(language: String, text: String) throws {
    try Self.check(language, text)
  }

  @Test("Thai: a space ends a sentence unless a continuation word, an attribution or a short phrase follows")
  func thai() throws {
    try Self.check(
      "th",
      "วันนี้อากาศดีมากพวกเราจึงไปเที่ยวทะเลกับครอบครัวตลอดทั้งวัน| "
        + "พรุ่งนี้ฝนจะตกหนักตามที่กรมอุตุนิยมวิทยาได้ประกาศไว้เมื่อเช้า และคนส่วนใหญ่จะอยู่บ้าน")
    // Too short to be a sentence: a phrase.
    try Self.check("th", "ในปี 2010 ประเทศไทย มีประชากรมาก")
    // A short attribution with a reporting verb ('she said') closes the sentence before it.
    try Self.check(
      "th",
      "วันนี้อากาศดีมากพวกเราจึงไปเที่ยวทะเลกับครอบครัวตลอดทั้งวัน เธอกล่าว| "
        + "พรุ่งนี้ฝนจะตกหนักตามที่กรมอุตุนิยมวิทยาได้ประกาศไว้เมื่อเช้า")
    // A phrase ending in 'that' continues in the next one.
    try Self.check(
      "th", "ตำรวจในจังหวัดเชียงใหม่แถลงต่อสื่อมวลชนเมื่อเช้าวันนี้ว่า ไม่พบผู้ต้องสงสัยในพื้นที่ดังกล่าวแต่อย่างใดตลอดทั้งคืน")
    // A full stop after a Thai letter closes an abbreviation that a number or the next dotted
    // part continues ("AD 833", "B.E. 2560"); before a word, as ICU has it.
    try Self.check("th", "รัฐนี้ก่อตั้งขึ้นในปี ค. ศ. 833 โดยกษัตริย์องค์แรก")
    try Self.check("th", "ประเทศไทยมีการเลือกตั้งทั่วไปในปี พ.ศ. 2562 หลังจากรอคอยมานาน")
    try Self.check("th", "เธอจะพูดเวลา 23.45 น.| ตั้งแต่วันที่ 1 มกราคมจะมีการขึ้นราคาน้ำมัน")
  }

  @Test(
    "Thai and Lao: a conjunction, an adverb after the subject or a preposition after a space continues the sentence",
    arguments: [
      ("th", "ฉันอยากไปเที่ยวต่างประเทศกับเพื่อนสนิทในช่วงปิดเทอมนี้ แต่พ่อแม่ของฉันยังไม่อนุญาตให้ไปเพราะเป็นห่วง"),
      ("th", "ถนนสายหลักที่เข้าเมืองถูกน้ำท่วมสูงมาตั้งแต่เมื่อคืนที่ผ่านมา จึงต้องปิดการจราจรชั่วคราวตลอดทั้งวัน"),
      ("th", "นักเรียนทุกคนในห้องเรียนตั้งใจอ่านหนังสือมาตลอดทั้งภาคการศึกษา ก็เลยสอบผ่านได้คะแนนดีกันทุกคน"),
      ("th", "บริษัทผู้ผลิตรถยนต์รายใหญ่ประกาศแผนการลงทุนใหม่ในปีหน้าอย่างเป็นทางการ จะสร้างโรงงานเพิ่มอีกสองแห่งในภาคตะวันออก"),
      ("th", "ราคาน้ำมันในตลาดโลกเพิ่มสูงขึ้นอย่างต่อเนื่องตลอดทั้งเดือนที่ผ่านมา ทำให้ค่าขนส่งสินค้าทุกชนิดแพงขึ้นมาก"),
      ("th", "ผู้ว่าราชการจังหวัดได้ออกคำสั่งปิดโรงเรียนทุกแห่งในพื้นที่เป็นการชั่วคราว ตามคำแนะนำของกระทรวงสาธารณสุขเมื่อวานนี้"),
      ("th", "สิ่งที่ชาวบ้านในหมู่บ้านริมแม่น้ำแห่งนี้ต้องการมากที่สุดในตอนนี้ คือน้ำสะอาดสำหรับดื่มและใช้ในครัวเรือน"),
      ("lo", "ຂ້ອຍຢາກໄປທ່ຽວຕ່າງປະເທດກັບໝູ່ເພື່ອນໃນຊ່ວງພັກການຮຽນປີນີ້ ແຕ່ພໍ່ແມ່ຂອງຂ້ອຍຍັງບໍ່ອະນຸຍາດໃຫ້ໄປ"),
      // An era abbreviation after a year word.
      (
        "th",
        "ราชรัฐโมราเวียได้กลายมาเป็นเขตตะวันออกเฉียงใต้ของโมราเวียในปี ค. ศ. 833 ก็ได้เป็นรัฐเกรตโมราเวียใหญ่พร้อมการพิชิตราชรัฐไนตรา"
      ),
      ("th", "ประเทศไทยมีการเลือกตั้งทั่วไปครั้งล่าสุดเมื่อวันที่ 24 มีนาคม พ.ศ. 2562 หลังจากรัฐประหารเมื่อห้าปีก่อนหน้านั้น"),
    ])
  func thaiContinuation(language: String, text: String) throws {
    try Self.check(language, text)
  }

  @Test("Khmer: ។ ends a sentence")
  func khmer() throws {
    try Self.check("km", "ខ្ញុំទៅផ្សារ។| គាត់នៅផ្ទះ។")
  }

  @Test("no rules gives ICU's breaks")
  func plainICU() throws {
    try Self.check("en", "Dr.| Smith arrived.| He sat down.", rules: SegmentationRules.none)
    try Self.check("de", "Das Treffen ist am 6.| Mai in Berlin.", rules: SegmentationRules.none)
  }

  @Test("user abbreviations extend the built-in list")
  func userAbbreviations() throws {
    try Self.check("en", "Meet me at Bldg.| Seven tomorrow.")
    var rules = SegmentationRules.builtIn(for: try LanguageTag("en"))
    try rules.addAbbreviations(
      from: "# offices\nBldg.\n\nDept. of Defense.  # unusual but fine\nStn. [may-end]\n", source: "mine.txt")
    #expect(rules.abbreviationKind(of: "Bldg.") == .neverEnds)
    #expect(rules.abbreviationKind(of: "Stn.") == .mayEnd)
    try Self.check("en", "Meet me at Bldg. Seven tomorrow.", rules: rules)
    try Self.check("en", "We met at the Stn.| The train was late.", rules: rules)
    try Self.check("en", "We met at Stn. Central.", rules: rules)
  }

  @Test(
    "malformed abbreviation lists name the line",
    arguments: [
      ("Bldg.\nBldg\n", "'Bldg' is not an abbreviation (a word ending with '.', such as 'approx.')"),
      ("# only\n...\n", "'...' is not an abbreviation (a word ending with '.', such as 'approx.')"),
    ])
  func malformed(list: String, message: String) throws {
    var rules = SegmentationRules.builtIn(for: try LanguageTag("en"))
    let error = #expect(throws: HexaplaError.malformedLine(path: "mine.txt", line: 2, message: message)) {
      try rules.addAbbreviations(from: list, source: "mine.txt")
    }
    #expect(error?.description == "mine.txt:2: \(message)")
  }
}
