import Testing

@testable import HexaplaKit

@Suite("Language from script")
struct ScriptLanguageGuesserTests {
  @Test(
    "unambiguous scripts give a language",
    arguments: [
      ("서울은 대한민국의 수도이며 가장 큰 도시이다.", "ko"),
      ("東京は日本の首都であり、最大の都市です。", "ja"),
      ("北京是中华人民共和国的首都，也是全国的政治中心。", "zh"),
      ("กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย", "th"),
      ("Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.", "el"),
      ("ירושלים היא עיר הבירה של מדינת ישראל.", "he"),
      ("თბილისი საქართველოს დედაქალაქია.", "ka"),
      ("Seoul 서울특별시는 대한민국의 수도이다. (Seoul)", "ko"),
    ])
  func guesses(text: String, language: String) throws {
    #expect(try ScriptLanguageGuesser.guess(text, path: "a.txt").description == language)
  }

  @Test(
    "scripts of many languages are an error that says how to name the file",
    arguments: [
      ("The capital of France is Paris, on the Seine.", "Latin"),
      ("Москва — столица России и крупнейший город страны.", "Cyrillic"),
      ("القاهرة هي عاصمة جمهورية مصر العربية.", "Arabic"),
      ("नई दिल्ली भारत की राजधानी है।", "Devanagari"),
      ("ok", "too little text in any"),
    ])
  func ambiguous(text: String, script: String) {
    #expect(throws: HexaplaError.ambiguousLanguage(path: "a.txt", script: script)) {
      try ScriptLanguageGuesser.guess(text, path: "a.txt")
    }
  }

  @Test(
    "an edition in the wrong script is caught",
    arguments: [
      ("The capital of France is Paris, on the Seine river.", "ru", "Latin", "Cyrillic"),
      ("Москва — столица России и крупнейший город страны.", "en", "Cyrillic", "Latin"),
      ("東京は日本の首都であり、最大の都市です。東京には多くの人が住んでいます。", "zh", "Japanese kana", "Simplified Han"),
      (
        "北京是中华人民共和国的首都，也是全国的政治中心和文化中心，人口超过两千万，历史悠久，名胜古迹众多，每年吸引大量游客。", "ja", "Han script without any kana (Chinese?)",
        "Japanese (kana and kanji)"
      ),
    ])
  func mismatch(text: String, tag: String, found: String, expected: String) throws {
    let language = try LanguageTag(tag)
    #expect(
      throws: HexaplaError.languageMismatch(path: "a.txt", language: tag, found: found, expected: expected)
    ) {
      try ScriptLanguageGuesser.check(text, language: language, path: "a.txt")
    }
  }

  @Test(
    "editions in their own script pass, including languages of two scripts",
    arguments: [
      ("Москва — столица России и крупнейший город страны.", "ru"),
      ("Beograd je glavni i najveći grad Republike Srbije.", "sr"),
      ("Београд је главни и највећи град Републике Србије.", "sr"),
      ("서울특별시는 대한민국의 수도이며 最大 도시이다.", "ko"),
      ("The UN (联合国) met in New York on Monday to discuss the crisis.", "en"),
    ])
  func matches(text: String, tag: String) throws {
    try ScriptLanguageGuesser.check(text, language: try LanguageTag(tag), path: "a.txt")
  }
}

@Suite("Language from letters")
struct ExemplarLetterTests {
  /// `sentence` repeated to 300 letters or more, the least the letters are judged on.
  static func long(_ sentence: String) -> String {
    let letters = sentence.unicodeScalars.filter(\.properties.isAlphabetic).count
    return Array(repeating: sentence, count: 300 / letters + 1).joined(separator: " ")
  }

  @Test(
    "texts in their own language pass, with variant, loanword and compatibility letters",
    arguments: [
      // Arabic kaf and yeh, ۀ and ة, as Persian is often typed.
      ("اين كتاب در كتابخانۀ ملي ايران نگهداري مي‌شود و در دائرة المعارف بزرگ اسلامي از آن ياد شده است.", "fa"),
      // Isolated presentation forms (U+FB50–U+FEFF), as text taken from PDFs has them.
      ("ﺍﯼﻥ ﮎﺕﺍﺏ ﺩﺭ ﮎﺕﺍﺏﺥﺍﻥﻩٔ ﻡﻝﯼ ﺍﯼﺭﺍﻥ ﻥﮒﻩﺩﺍﺭﯼ ﻡﯼ‌ﺵﻭﺩ ﻭ ﮎﻭﺩﮎﺍﻥ ﺏﺭﺍﯼ ﺥﻭﺍﻥﺩﻥ ﺁﻥ ﺏﻩ ﺁﻥﺝﺍ ﻡﯼ‌ﺁﯼﻥﺩ.", "fa"),
      ("Preşedintele ţării a anunţat că şcolile vor fi închise până la sfârşitul săptămânii.", "ro"),
      ("Președintele țării a anunțat că școlile vor fi închise până la sfârșitul săptămânii.", "ro"),
      ("Hâlâ kâr eden millî şirketler, resmî kurumların mahkûm ettiği hâkimlerle görüştü.", "tr"),
      ("Ἐν ἀρχῇ ἦν ὁ λόγος, καὶ ὁ λόγος ἦν πρὸς τὸν θεόν, καὶ θεὸς ἦν ὁ λόγος.", "el"),
      ("Đoković je osvojio turnir u Beogradu, a navijači su slavili na ulicama do kasno u noć, pevajući.", "sr"),
      ("Đoković je osvojio turnir u Beogradu, a navijači su slavili na ulicama do kasno u noć, pevajući.", "sr-Latn"),
      ("Ђоковић је освојио турнир у Београду, а навијачи су славили на улицама до касно у ноћ.", "sr"),
      ("Đoković je osvojio turnir u Zagrebu, a navijači su slavili na ulicama do kasno u noć, pjevajući.", "hr"),
      ("Die Straße war groß, aber der Fußballplatz lag außerhalb der Stadt an der Grenze.", "de"),
      ("Die Strasse war gross, aber der Fussballplatz lag ausserhalb der Stadt an der Grenze.", "de-CH"),
      ("Ґанок старої хати був зроблений з ґрунту, і діти гралися на ґанку щодня.", "uk"),
      ("Ёлка стояла в центре зала, и все пели песни, а её огни ещё горели до утра.", "ru"),
      // Loanword letters (CLDR auxiliary exemplars) below the share: ê î in Spanish, ñ in French
      // and Portuguese.
      (
        "El chef del restaurante preparó una crêpe para los invitados que llegaron temprano a la celebración del aniversario de la ciudad.",
        "es"
      ),
      (
        "Le président a rencontré les représentants du gouvernement à Paris pour discuter du budget de la ville, puis il a mangé un jalapeño.",
        "fr"
      ),
      (
        "O presidente recebeu os representantes do governo em Lisboa para discutir o orçamento do próximo ano, e falou do fenômeno El Niño.",
        "pt"
      ),
      // Kazakh in Latin letters: ICU has no Latin exemplars for kk, so they are not judged.
      ("Qazaqstan Respýblıkasynyń astanasy Astana qalasy, ol eldiń saıası jáne mádenı ortalyǵy bolyp tabylady.", "kk"),
    ])
  func own(sentence: String, tag: String) throws {
    try ScriptLanguageGuesser.check(Self.long(sentence), language: try LanguageTag(tag), path: "a.txt")
  }

  @Test(
    "a same-script edition in another language is caught by its letters",
    arguments: [
      (
        "La tempête a frappé la côte près de la ville portuaire, où les écoles sont fermées.", "en", "", "é è ê ô", 10.6
      ),
      ("Burza uderzyła w wybrzeże, a szkoły w mieście portowym zostały zamknięte.", "cs", "ę ś ż", "ł", 9.8),
      (
        "Der Sturm traf die Küste nahe der Hafenstadt, wo die Schulen geschlossen blieben, Straßen überflutet wurden und Bäume umstürzten.",
        "en", "ß", "ü ä", 4.6
      ),
      ("Буря вдарила по узбережжю біля портового міста, де школи закриті, а їхні учні вдома.", "ru", "і ї", "", 8.8),
      ("طوفان به ساحل نزدیک شهر بندری رسید و مدرسه‌های آنجا بسته شدند و کشتی‌ها در بندر ماندند.", "ar", "", "ی ک", 10.3),
    ] as [(String, String, String, String, Double)])
  func foreign(sentence: String, tag: String, letters: String, loanwords: String, percent: Double) throws {
    #expect(
      throws: HexaplaError.foreignLetters(
        path: "a.txt", language: tag, letters: letters, loanwordLetters: loanwords, percent: percent)
    ) {
      try ScriptLanguageGuesser.check(Self.long(sentence), language: try LanguageTag(tag), path: "a.txt")
    }
  }

  @Test("short texts are not judged by letters")
  func short() throws {
    try ScriptLanguageGuesser.check("Café crème, s'il vous plaît.", language: try LanguageTag("en"), path: "a.en.txt")
  }

  @Test(
    "letters are the language's own, loanword letters or foreign",
    arguments: [
      ("fa", "ك", LetterInventory.Kind.own), ("fa", "ۀ", .own), ("fa", "ی", .own), ("ar", "ی", .loanword),
      ("ro", "ş", .own), ("ro", "ș", .own), ("tr", "â", .own), ("en", "é", .loanword), ("en", "ß", .foreign),
      ("en", "q", .own), ("cs", "ł", .loanword), ("cs", "ą", .foreign), ("sr", "đ", .own), ("sr", "ђ", .own),
      ("sr-Cyrl", "đ", .foreign), ("uk", "ґ", .own), ("uk", "ы", .loanword), ("ru", "ё", .own),
      ("el", "ἀ", .own), ("hu", "ű", .own), ("hu", "û", .own),
    ])
  func kinds(tag: String, letter: String, kind: LetterInventory.Kind) throws {
    let language = try LanguageTag(tag)
    let inventory = LetterInventory(
      language: language, scripts: ScriptLanguageGuesser.expectedScripts(language))
    #expect(inventory.kind(of: letter.unicodeScalars.first!) == kind)
  }

  @Test(
    "the message names each kind of letter",
    arguments: [
      ("ł ą", "", "a.txt: 2.5% of its letters (ł ą) are not used in 'cs'; is it the right edition?"),
      (
        "", "é è",
        "a.txt: 2.5% of its letters (é è) are used in 'cs' only in loanwords and names; is it the right edition?"
      ),
      (
        "ß", "ü",
        "a.txt: 2.5% of its letters are not used in 'cs' (ß) or only in loanwords and names (ü); is it the right edition?"
      ),
    ])
  func message(letters: String, loanwords: String, expected: String) {
    let error = HexaplaError.foreignLetters(
      path: "a.txt", language: "cs", letters: letters, loanwordLetters: loanwords, percent: 2.5)
    #expect(error.description == expected)
  }
}

@Suite("Language checks on long texts")
struct LongTextLanguageCheckTests {
  @Test("a long text is judged on a sample of whole lines that keeps its shares")
  func sample() throws {
    let line = "Ein Satz mit Umlauten wie ä, ö und ü, und noch einer.\n"
    let text = String(repeating: line, count: 40_000) + "Последняя строка по-русски.\n"
    let sample = ScriptLanguageGuesser.sample(text, limit: 64 * 1024)
    #expect(sample.utf8.count < 70 * 1024)
    #expect(sample.split(separator: "\n").allSatisfy { $0 + "\n" == line || $0.hasPrefix("Последняя") })
    #expect(ScriptLanguageGuesser.sample("short", limit: 64) == "short")
    // The same verdicts as on the whole text: German passes, as Russian it is the wrong script.
    try ScriptLanguageGuesser.check(text, language: LanguageTag("de"), path: "long.txt")
    #expect(throws: HexaplaError.self) {
      try ScriptLanguageGuesser.check(text, language: LanguageTag("ru"), path: "long.txt")
    }
    // A text on one line, with no line breaks to cut at, is still sampled.
    let oneLine = String(repeating: "Satz mit ä. ", count: 200_000)
    #expect(!ScriptLanguageGuesser.sample(oneLine, limit: 64 * 1024).isEmpty)
  }
}
