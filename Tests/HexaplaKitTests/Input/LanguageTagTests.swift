import Testing

@testable import HexaplaKit

@Suite("Language tags")
struct LanguageTagTests {
  @Test(
    "canonical case and ICU locale",
    arguments: [
      ("en", "en", "en"),
      ("ZH-hans", "zh-Hans", "zh_Hans"),
      ("pt_br", "pt-BR", "pt_BR"),
      ("es-419", "es-419", "es_419"),
      ("sr-Latn-RS", "sr-Latn-RS", "sr_Latn_RS"),
      ("yue", "yue", "yue"),
      ("zh-hant-tw", "zh-Hant-TW", "zh_Hant_TW"),
      ("sr-cyrl", "sr-Cyrl", "sr_Cyrl"),
      ("en-qaaa", "en-Qaaa", "en_Qaaa"),
      ("fil", "fil", "fil"),
      ("haw", "haw", "haw"),
    ])
  func canonical(input: String, canonical: String, icu: String) throws {
    let tag = try LanguageTag(input)
    #expect(tag.description == canonical)
    #expect(tag.icuLocale == icu)
  }

  @Test(
    "malformed or unknown tags are errors that say why",
    arguments: [
      ("", "it is empty"), ("x", "'x' is not a two- or three-letter ISO 639 language code"),
      ("zz", "unknown language 'zz'"), ("english", "'english' is not a two- or three-letter ISO 639 language code"),
      ("en--US", "empty subtag"), ("en-US-x", "unexpected subtag 'x'"), ("und", "unknown language 'und'"),
      ("12", "'12' is not a two- or three-letter ISO 639 language code"),
    ])
  func invalid(input: String, reason: String) {
    #expect(throws: HexaplaError.invalidLanguageTag(tag: input, reason: reason)) { try LanguageTag(input) }
  }

  @Test(
    "an unknown script is an error that names it",
    arguments: ["zh-Hnas", "sr-Latx-RS", "en-Qaby", "ja-jpna"])
  func unknownScript(input: String) {
    let script = String(input.split(separator: "-")[1])
    #expect(throws: HexaplaError.invalidLanguageTag(tag: input, reason: "unknown script '\(script)'")) {
      try LanguageTag(input)
    }
  }

  @Test(
    "a three-letter code of a language with a two-letter one is an error that suggests it",
    arguments: [
      ("eng", "en"), ("eng-us", "en-US"), ("fra", "fr"), ("fre", "fr"), ("deu", "de"), ("ger-CH", "de-CH"),
      ("zho-hant", "zh-Hant"), ("chi", "zh"), ("rus", "ru"), ("spa", "es"), ("nob", "nb"), ("heb", "he"),
    ])
  func threeLetterCode(input: String, suggestion: String) {
    let code = String(input.prefix(3))
    let reason = "unknown language '\(code)' (BCP 47 uses the shortest ISO 639 code); did you mean '\(suggestion)'?"
    #expect(throws: HexaplaError.invalidLanguageTag(tag: input, reason: reason)) { try LanguageTag(input) }
  }

  @Test(
    "two-letter codes of three-letter ones, from ICU's ISO 639 data",
    arguments: [
      ("eng", "en"), ("ENG", "en"), ("ger", "de"), ("cze", "cs"), ("ara", "ar"), ("yue", nil), ("fil", nil),
      ("haw", nil), ("cmn", nil), ("xyz", nil), ("en", nil),
    ] as [(String, String?)])
  func twoLetterCode(code: String, expected: String?) {
    #expect(LanguageTag.twoLetterCode(code) == expected)
  }

  @Test(
    "language from file names",
    arguments: [
      ("article.de.txt", "de"),
      ("dir/n01001.zh-Hans.html", "zh-Hans"),
      ("/a/b.c/x.pt-BR.txt", "pt-BR"),
      ("article.txt", nil),
      ("notes.zz.txt", nil),
      ("notes.eng.txt", nil),
      ("de.txt", nil),
    ] as [(String, String?)])
  func fromFileName(path: String, expected: String?) {
    #expect(LanguageTag.fromFileName(path)?.description == expected)
  }

  @Test(
    "a tag with subtags left out is a more or less specific form of the full one",
    arguments: [
      ("zh", "zh-Hans", true), ("zh-Hans", "zh", true), ("zh-Hans", "zh-Hant", false), ("pt", "pt-BR", true),
      ("pt-BR", "pt-PT", false), ("en", "en", false), ("en", "de", false), ("sr-Latn", "sr-Latn-RS", true),
    ])
  func moreOrLessSpecific(a: String, b: String, expected: Bool) throws {
    #expect(try LanguageTag(a).isMoreOrLessSpecific(than: LanguageTag(b)) == expected)
  }
}
