import Testing

@testable import HexaplaKit

@Suite("Segmenting with a translation as guide")
struct GuidedSegmenterTests {
  // Written for Hexapla: a Thai news paragraph and its English translation.
  static let thai =
    "การประชุมสุดยอดผู้นำประเทศในภูมิภาคเอเชียจัดขึ้นที่กรุงเทพมหานครเมื่อสัปดาห์ที่แล้ว ผู้นำจากสิบประเทศเข้าร่วมการประชุมครั้งนี้ "
    + "นักข่าวหลายร้อยคนรายงานข่าวจากศูนย์ประชุมแห่งชาติสิริกิติ์ พวกเขาอยู่ที่นั่นตลอดการประชุมสามวันที่มีผู้เข้าร่วมจากหลายประเทศทั่วโลก "
    + "รัฐบาลไทยใช้งบประมาณจำนวนมากในการเตรียมงานครั้งนี้ ก็เพราะต้องการแสดงให้โลกเห็นว่าประเทศพร้อมต้อนรับนักท่องเที่ยว"
  static let english =
    "The summit of Asian leaders was held in Bangkok last week. Leaders from ten countries attended the meeting. "
    + "Hundreds of journalists reported from the Queen Sirikit National Convention Center throughout the three-day "
    + "meeting, which drew participants from many countries around the world. The Thai government spent a large "
    + "budget on preparing the event. It wanted to show the world that the country is ready to welcome tourists."

  // Written for Hexapla: "г." (year) before a capitalised word that is not a usual sentence starter.
  static let russian =
    "Первая кинокомпания была основана в 1912 г., а вторая — в 1916 г. Самым удачным фильмом 2007 года "
    + "был «Эль Греко». Режиссёр работал над ним четыре года."
  static let englishOfRussian =
    "The first film company was founded in 1912 and the second in 1916. The most successful film of 2007 "
    + "was El Greco. The director worked on it for four years."

  @Test("Thai: spaces the rules misjudge are joined or cut as the English sentences show")
  func thai() throws {
    let alone = try Segmenter(language: try LanguageTag("th")).segment(Self.thai).map(\.text)
    #expect(
      alone == [
        "การประชุมสุดยอดผู้นำประเทศในภูมิภาคเอเชียจัดขึ้นที่กรุงเทพมหานครเมื่อสัปดาห์ที่แล้ว",
        "ผู้นำจากสิบประเทศเข้าร่วมการประชุมครั้งนี้",
        "นักข่าวหลายร้อยคนรายงานข่าวจากศูนย์ประชุมแห่งชาติสิริกิติ์",
        "พวกเขาอยู่ที่นั่นตลอดการประชุมสามวันที่มีผู้เข้าร่วมจากหลายประเทศทั่วโลก",
        "รัฐบาลไทยใช้งบประมาณจำนวนมากในการเตรียมงานครั้งนี้ ก็เพราะต้องการแสดงให้โลกเห็นว่าประเทศพร้อมต้อนรับนักท่องเที่ยว",
      ])
    let guided = try GuidedSegmenter(language: try LanguageTag("th"), guideLanguage: try LanguageTag("en"))
      .segment(Self.thai, guide: Self.english)
    #expect(
      guided.map(\.text) == [
        "การประชุมสุดยอดผู้นำประเทศในภูมิภาคเอเชียจัดขึ้นที่กรุงเทพมหานครเมื่อสัปดาห์ที่แล้ว",
        "ผู้นำจากสิบประเทศเข้าร่วมการประชุมครั้งนี้",
        "นักข่าวหลายร้อยคนรายงานข่าวจากศูนย์ประชุมแห่งชาติสิริกิติ์ พวกเขาอยู่ที่นั่นตลอดการประชุมสามวันที่มีผู้เข้าร่วมจากหลายประเทศทั่วโลก",
        "รัฐบาลไทยใช้งบประมาณจำนวนมากในการเตรียมงานครั้งนี้",
        "ก็เพราะต้องการแสดงให้โลกเห็นว่าประเทศพร้อมต้อนรับนักท่องเที่ยว",
      ])
    // Every sentence's byte range still points at its text in the source.
    let bytes = Array(Self.thai.utf8)
    #expect(guided.map { String(decoding: bytes[$0.range], as: UTF8.self) } == guided.map(\.text))
  }

  @Test(
    "other languages: cut only at their own sentence-like boundaries, never joined",
    arguments: [
      // The translator split one German sentence at its comma: it stays whole.
      (
        "de", "Der Vertrag wurde gestern in Berlin unterzeichnet, die Arbeiten beginnen im Mai.",
        "The contract was signed in Berlin yesterday. Work begins in May.",
        ["Der Vertrag wurde gestern in Berlin unterzeichnet, die Arbeiten beginnen im Mai."]
      ),
      // The translator joined two German sentences: they stay two.
      (
        "de", "Der Vertrag wurde gestern unterzeichnet. Die Arbeiten beginnen im Mai.",
        "The contract was signed yesterday and work begins in May.",
        ["Der Vertrag wurde gestern unterzeichnet.", "Die Arbeiten beginnen im Mai."]
      ),
    ] as [(String, String, String, [String])])
  func otherLanguages(language: String, text: String, guide: String, expected: [String]) throws {
    let guided = try GuidedSegmenter(language: try LanguageTag(language), guideLanguage: try LanguageTag("en"))
      .segment(text, guide: guide)
    #expect(guided.map(\.text) == expected)
  }

  @Test("a re-cut never joins sentences the segmenter was sure of: an added sentence stays apart")
  func addedSentenceStaysApart() throws {
    // Written for Hexapla: the German edition adds its own middle sentence.
    let text =
      "Der Vertrag wurde gestern in Berlin unterzeichnet. Die Stadt feierte den ganzen Abend lang. "
      + "Die Arbeiten beginnen im Mai."
    let guide = "The contract was signed in Berlin yesterday. Work begins in May."
    let de = try LanguageTag("de")
    let en = try LanguageTag("en")
    let own = try Segmenter(language: de).segment(text)
    let guideSentences = try Segmenter(language: en).segment(guide)
    #expect(own.count == 3)
    // The aligner paired both English sentences with all three German ones.
    let refined = GuidedSegmenter(language: de, guideLanguage: en).refine(
      own, text: text, guide: guideSentences, beads: [Bead(source: 0..<2, target: 0..<3, score: 0.5)])
    #expect(refined.map(\.text) == own.map(\.text))
  }

  @Test("the re-cut rewrites the beads: a sentence cut for two guide sentences gives two 1-1 beads")
  func refinedBeads() throws {
    let ru = try LanguageTag("ru")
    let en = try LanguageTag("en")
    let own = try Segmenter(language: ru).segment(Self.russian)
    let guide = try Segmenter(language: en).segment(Self.englishOfRussian)
    #expect(own.count == 2)
    #expect(guide.count == 3)
    let refined = GuidedSegmenter(language: ru, guideLanguage: en).refinedAlignment(
      own, text: Self.russian, guide: guide,
      beads: [
        Bead(source: 0..<2, target: 0..<1, score: 0.7, anchors: ["1916", "2007"]),
        Bead(source: 2..<3, target: 1..<2, score: 0.9),
      ])
    #expect(refined.sentences.map(\.text).first == "Первая кинокомпания была основана в 1912 г., а вторая — в 1916 г.")
    #expect(
      refined.beads.map { "\(Array($0.source)):\(Array($0.target)):\($0.score):\($0.anchors)" } == [
        "[0]:[0]:0.7:[\"1916\"]", "[1]:[1]:0.7:[\"2007\"]", "[2]:[2]:0.9:[]",
      ])
  }

  @Test(
    "terminal punctuation at a sentence's end, closing quotes allowed",
    arguments: [
      ("Hello.", true), ("你好。」", true), ("¿Qué?", true), ("Wait…", true), ("बस।", true),
      ("ข่าววันนี้", false), ("Он сказал: «да»", false), ("3.5", false),
    ])
  func terminalPunctuation(text: String, expected: Bool) {
    #expect(GuidedSegmenter.endsWithTerminalPunctuation(text) == expected)
  }

  @Test("an empty guide leaves the text's own sentences")
  func emptyGuide() throws {
    let guided = try GuidedSegmenter(language: try LanguageTag("th"), guideLanguage: try LanguageTag("en"))
      .segment(Self.thai, guide: "  \n")
    #expect(guided == (try Segmenter(language: try LanguageTag("th")).segment(Self.thai)))
  }

  /// Two editions through the editions pipeline, `first` as the pivot.
  static func alignTwo(_ first: (String, String), _ second: (String, String)) throws -> EditionAlignment {
    let editions = try [first, second].map { text, tag in
      Edition(document: Document(text: text, language: try LanguageTag(tag), source: "\(tag).txt"))
    }
    return try EditionAligner().align(editions)
  }

  @Test("two editions: the Thai side is re-cut and aligned one to one with the English, either as pivot")
  func alignRecutting() throws {
    for thaiFirst in [false, true] {
      let pair = [(Self.english, "en"), (Self.thai, "th")]
      let alignment = try Self.alignTwo(pair[thaiFirst ? 1 : 0], pair[thaiFirst ? 0 : 1])
      let thai = alignment.sentences[thaiFirst ? 0 : 1]
      #expect(thai.count == 5)
      #expect(thai[2].text.hasSuffix("ตลอดการประชุมสามวันที่มีผู้เข้าร่วมจากหลายประเทศทั่วโลก"))
      #expect(alignment.units.map(\.beadType) == Array(repeating: "1-1", count: 5))
    }
  }

  @Test("two editions: a sentence is re-cut after an abbreviation that may end it, on either side")
  func alignRecuttingAbbreviations() throws {
    #expect(try Segmenter(language: try LanguageTag("ru")).segment(Self.russian).count == 2)
    for russianFirst in [false, true] {
      let pair = [(Self.englishOfRussian, "en"), (Self.russian, "ru")]
      let alignment = try Self.alignTwo(pair[russianFirst ? 1 : 0], pair[russianFirst ? 0 : 1])
      let russian = alignment.sentences[russianFirst ? 0 : 1]
      #expect(russian.map(\.text).first == "Первая кинокомпания была основана в 1912 г., а вторая — в 1916 г.")
      #expect(alignment.units.map(\.beadType) == ["1-1", "1-1", "1-1"])
    }
  }
}
