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
      ("北京是中华人民共和国的首都，也是全国的政治中心和文化中心，人口超过两千万，历史悠久，名胜古迹众多，每年吸引大量游客。", "ja", "Han script without any kana (Chinese?)", "Japanese (kana and kanji)"),
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
  static let french = String(
    repeating: "La tempête a frappé la côte près de la ville portuaire, où les écoles sont fermées. ", count: 6)
  static let turkish = String(
    repeating: "Fırtına pazartesi günü Washington ve Xinjiang haberlerinde de yer aldı, şehir karıştı. ", count: 6)

  @Test("a same-script edition in another language is caught by its letters")
  func foreign() throws {
    #expect {
      try ScriptLanguageGuesser.check(Self.french, language: try LanguageTag("en"), path: "a.en.txt")
    } throws: { error in
      "\(error)".hasPrefix("a.en.txt: ") && "\(error)".contains("of its letters (é")
        && "\(error)".hasSuffix("are not used in 'en'; is it the right edition?")
    }
  }

  @Test("texts in their own language pass, names with basic Latin letters included")
  func own() throws {
    try ScriptLanguageGuesser.check(Self.french, language: try LanguageTag("fr"), path: "a.fr.txt")
    try ScriptLanguageGuesser.check(Self.turkish, language: try LanguageTag("tr"), path: "a.tr.txt")
  }

  @Test("short texts are not judged by letters")
  func short() throws {
    try ScriptLanguageGuesser.check("Café crème, s'il vous plaît.", language: try LanguageTag("en"), path: "a.en.txt")
  }
}
