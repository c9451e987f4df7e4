import Testing

@testable import HexaplaKit

@Suite("Anchors")
struct AnchorExtractorTests {
  /// The anchors of one sentence as `kind:key` strings, punctuation and cognates left out
  /// unless asked for.
  static func anchors(_ text: String, _ language: String, crossScript: Bool = false, kinds: Set<Anchor.Kind>)
    throws -> [String]
  {
    let extractor = try AnchorExtractor(language: try LanguageTag(language), crossScript: crossScript)
    return extractor.extract(text).anchors.filter { kinds.contains($0.kind) }.map { "\($0.kind):\($0.key)" }
  }

  @Test(
    "numbers are normalised across scripts and formats",
    arguments: [
      ("en", "It cost $1,000.50 in 2004.", ["number:1000.5", "number:2004"]),
      ("de", "Es kostete 1.000 Franken, also 3,5 Prozent.", ["number:1000", "number:3.5"]),
      ("fr", "Il y avait 1 000 personnes.", ["number:1000"]),
      ("zh", "他在２００４年来了。", ["number:2004"]),
      ("zh", "二〇〇四年，三千五百人。", ["number:2004", "number:3500"]),
      ("zh", "投资3000亿元。", ["number:3000", "number:300000000000"]),
      ("en", "They invested 300 billion dollars.", ["number:300", "number:300000000000"]),
      ("ar", "في عام ٢٠٠٤", ["number:2004"]),
    ])
  func numbers(language: String, text: String, expected: [String]) throws {
    #expect(try Self.anchors(text, language, kinds: [.number]) == expected)
  }

  @Test(
    "Latin words in CJK text, and names through romanisation",
    arguments: [
      ("zh", "NEC和NEXI宣布合作。", true, [Anchor.Kind.latinWord], ["latinWord:nec", "latinWord:nexi"]),
      (
        "en", "NEC and NEXI agreed.", true, [.latinWord],
        ["latinWord:nec", "latinWord:and", "latinWord:nexi", "latinWord:agreed"]
      ),
      ("en", "NEC and NEXI agreed.", false, [.latinWord], []),
      ("en", "Chen Qingyang stayed.", true, [.name], ["name:chen", "name:qingyang", "name:chenqingyang"]),
    ])
  func crossScript(language: String, text: String, cross: Bool, kinds: [Anchor.Kind], expected: [String]) throws {
    #expect(try Self.anchors(text, language, crossScript: cross, kinds: Set(kinds)) == expected)
  }

  @Test("a Chinese name gives its pinyin, alone and joined with its neighbours")
  func pinyin() throws {
    let names = try Self.anchors("陈清扬把我拽住。", "zh", crossScript: true, kinds: [.name])
    #expect(names.contains("name:chenqingyang"))
  }

  @Test(
    "cognates: first five letters, case and accents folded",
    arguments: [
      ("de", "Die Expedition erreichte Nepal.", ["cognate:exped", "cognate:errei", "cognate:nepal"]),
      ("fr", "L'expédition atteignit le Népal.", ["cognate:exped", "cognate:attei", "cognate:nepal"]),
      ("ru", "Москва", ["cognate:moskv"]),
    ])
  func cognates(language: String, text: String, expected: [String]) throws {
    #expect(try Self.anchors(text, language, kinds: [.cognate]) == expected)
  }

  @Test(
    "URLs, e-mail addresses and marked punctuation",
    arguments: [
      (
        "en", "See https://www.example.org/news/ or write to desk@example.org.", [Anchor.Kind.url],
        ["url:example.org/news", "url:desk@example.org"]
      ),
      (
        "de", "Warum „so“? (Niemand weiß es!)", [.punctuation],
        ["punctuation:\"", "punctuation:?", "punctuation:(", "punctuation:!"]
      ),
      ("zh", "为什么？“好”！", [.punctuation], ["punctuation:?", "punctuation:\"", "punctuation:!"]),
      ("fr", "L'homme d'aujourd'hui", [.punctuation], []),
    ])
  func addresses(language: String, text: String, kinds: [Anchor.Kind], expected: [String]) throws {
    #expect(try Self.anchors(text, language, kinds: Set(kinds)) == expected)
  }

  @Test(
    "length counts grapheme clusters, not white space",
    arguments: [
      ("en", "Hello, world.", 12), ("zh", "你好，世界。", 6), ("de", "Grüße aus Köln", 12), ("hi", "नमस्ते", 3),
      ("fr", "Déjà vu, ça!", 10), ("fr", "Cafe\u{301} crème", 9), ("fr", "À l’été", 6), ("fr", "é\r\nà", 1),
    ])
  func length(language: String, text: String, expected: Int) throws {
    let extractor = try AnchorExtractor(language: try LanguageTag(language))
    #expect(extractor.extract(text).length == expected)
  }

  @Test(
    "an extractor that has seen a sentence's words gives the tokens a new one gives",
    arguments: [
      ("fr", "L'expédition de Müller partit en 1904. Où était l'Expédition ?", false),
      ("de", "Die Expedition von Müller begann; die EXPEDITION endete (Müller Straße).", false),
      ("en", "Chen Qingyang met Wang Er in Yunnan; Wang Er stayed, Chen Qingyang left.", true),
      ("zh", "陈清扬在云南见了王二，F1赛车和Yas Marina Circuit也在。王二留下，陈清扬走了。", true),
      ("ru", "Экспедиция Мюллера началась; экспедиция закончилась.", false),
    ] as [(String, String, Bool)])
  func repeatedWords(language: String, text: String, crossScript: Bool) throws {
    let tag = try LanguageTag(language)
    let seasoned = try AnchorExtractor(language: tag, crossScript: crossScript)
    let sentences = [text, text.uppercased(), text.lowercased(), String(text.reversed()), text]
    for sentence in sentences { _ = seasoned.extract(sentence) }
    for sentence in sentences {
      let fresh = try AnchorExtractor(language: tag, crossScript: crossScript)
      #expect(seasoned.extract(sentence) == fresh.extract(sentence))
    }
  }

  @Test(
    "the address scan finds @, :// and www. (either case) wherever they are, and nothing else",
    arguments: [
      "", "@", "a@b", "http://x", "://", "x:/ /y", ":/", "//:", "/://", "www.x", "WWW.x", "wWw.x", "ww.x",
      "a www.x", "www", "é www.é", "mail me at x@y.z", "ratio 3:1/2", "w.w.w.", "Ww.", "wwww.",
    ])
  func addressScan(text: String) {
    let bytes = Array(text.utf8)
    func has(_ needle: String) -> Bool {
      let pattern = Array(needle.utf8)
      return bytes.count >= pattern.count
        && (0...(bytes.count - pattern.count)).contains { bytes[$0..<$0 + pattern.count].elementsEqual(pattern) }
    }
    #expect(AnchorExtractor.mayHoldAddress(text) == (has("@") || has("://") || has("www.") || has("WWW.")))
  }

  @Test(
    "Chinese and Japanese numerals",
    arguments: [("二〇〇四", 2004.0), ("三千五百", 3500), ("两万", 20_000), ("十五", 15), ("一亿二千万", 120_000_000)])
  func cjkNumerals(text: String, value: Double) {
    #expect(NumberNormalizer.value(cjkNumerals: text) == value)
  }
}

/// Names keyed by their consonant skeleton between scripts.
@Suite("Name sounds")
struct NameSoundTests {
  @Test(
    "transliterations of a name share its consonant skeleton",
    arguments: [
      ("zuckerberg", true, "SKLBLK"), ("cukerberg", false, "SKLBLK"), ("zwkrbyrgh", false, "SKLBLK"),
      ("sakkhexrbeirk", false, "SKLBLK"), ("amazon", true, "MSN"), ("amazwn", false, "MSN"),
      ("xaemasxn", false, "MSN"), ("alaska", true, "LSK"), ("francis", true, "BLNS"),
      ("fransys", false, "BLNS"), ("sanchez", true, "SNS"), ("sanches", false, "SNS"),
    ])
  func skeleton(folded: String, latin: Bool, expected: String) {
    #expect(NameSound.key(folded, latin: latin) == expected)
  }

  @Test("too few or too many consonants give no key", arguments: ["uber", "papua", "aaa", "bcdfgklmnprstvz"])
  func tooShortOrLong(folded: String) {
    #expect(NameSound.key(folded, latin: true) == nil)
  }

  /// The `nameSound` keys of a sentence, from an extractor with sound keys on.
  static func keys(_ text: String, _ language: String) throws -> [String] {
    let extractor = try AnchorExtractor(language: try LanguageTag(language), soundKeys: true)
    return extractor.extract(text).anchors.filter { $0.kind == .nameSound }.map(\.key)
  }

  @Test("capitalised words on a cased side, every word on an uncased one")
  func sides() throws {
    #expect(try Self.keys("Mark Zuckerberg's visit to Alaska was brief.", "en") == ["MLK", "SKLBLK", "LSK"])
    #expect(try Self.keys("Визит Цукерберга на Аляску был коротким.", "ru").contains("SKLBLK"))
    #expect(try Self.keys("كانت زيارة زوكربيرغ إلى ألاسكا قصيرة.", "ar").contains("SKLBLK"))
    #expect(try Self.keys("การเยือนอะแลสกาของซักเคอร์เบิร์กสั้นมาก", "th").contains("SKLBLK"))
    // Korean writes an English name without its coda r, and with its particle.
    let korean = try AnchorExtractor(language: try LanguageTag("ko"), soundKeys: true)
    #expect(korean.extract("저커버그는 알래스카를 방문했다.").anchors.map(\.key).contains("SKBK"))
    let english = try AnchorExtractor(language: try LanguageTag("en"), soundKeys: true, pairedWithKorean: true)
    #expect(
      english.extract("Zuckerberg visited Alaska.").anchors.filter { $0.kind == .nameSound }.map(\.key) == [
        "SKBK", "LSK",
      ])
    // Two words of a name, one too short for a key of its own, also joined.
    #expect(try Self.keys("Yuan Shikai spoke.", "en") == ["NSK"])
    #expect(try Self.keys("تحدث يوان شيكاي.", "ar").contains("NSK"))
    // Off by default.
    let plain = try AnchorExtractor(language: try LanguageTag("en"))
    #expect(!plain.extract("Mark Zuckerberg").anchors.contains { $0.kind == .nameSound })
  }
}
