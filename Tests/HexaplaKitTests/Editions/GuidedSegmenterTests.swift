import Testing

@testable import HexaplaKit

@Suite("Segmenting with a translation as guide")
struct GuidedSegmenterTests {
  // Written for Hexapla: a Thai news paragraph and its English translation.
  static let thai =
    "การประชุมสุดยอดผู้นำประเทศในภูมิภาคเอเชียจัดขึ้นที่กรุงเทพมหานครเมื่อสัปดาห์ที่แล้ว ผู้นำจากสิบประเทศเข้าร่วมการประชุมครั้งนี้ "
    + "นักข่าวหลายร้อยคนรายงานข่าวจากศูนย์ประชุมแห่งชาติสิริกิติ์ ตลอดการประชุมสามวันที่มีผู้เข้าร่วมจากหลายประเทศทั่วโลก "
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
        "ตลอดการประชุมสามวันที่มีผู้เข้าร่วมจากหลายประเทศทั่วโลก",
        "รัฐบาลไทยใช้งบประมาณจำนวนมากในการเตรียมงานครั้งนี้ ก็เพราะต้องการแสดงให้โลกเห็นว่าประเทศพร้อมต้อนรับนักท่องเที่ยว",
      ])
    let guided = try GuidedSegmenter(language: try LanguageTag("th"), guideLanguage: try LanguageTag("en"))
      .segment(Self.thai, guide: Self.english)
    #expect(
      guided.map(\.text) == [
        "การประชุมสุดยอดผู้นำประเทศในภูมิภาคเอเชียจัดขึ้นที่กรุงเทพมหานครเมื่อสัปดาห์ที่แล้ว",
        "ผู้นำจากสิบประเทศเข้าร่วมการประชุมครั้งนี้",
        "นักข่าวหลายร้อยคนรายงานข่าวจากศูนย์ประชุมแห่งชาติสิริกิติ์ ตลอดการประชุมสามวันที่มีผู้เข้าร่วมจากหลายประเทศทั่วโลก",
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
      ("de", "Der Vertrag wurde gestern in Berlin unterzeichnet, die Arbeiten beginnen im Mai.",
       "The contract was signed in Berlin yesterday. Work begins in May.",
       ["Der Vertrag wurde gestern in Berlin unterzeichnet, die Arbeiten beginnen im Mai."]),
      // The translator joined two German sentences: they stay two.
      ("de", "Der Vertrag wurde gestern unterzeichnet. Die Arbeiten beginnen im Mai.",
       "The contract was signed yesterday and work begins in May.",
       ["Der Vertrag wurde gestern unterzeichnet.", "Die Arbeiten beginnen im Mai."]),
    ] as [(String, String, String, [String])])
  func otherLanguages(language: String, text: String, guide: String, expected: [String]) throws {
    let guided = try GuidedSegmenter(language: try LanguageTag(language), guideLanguage: try LanguageTag("en"))
      .segment(text, guide: guide)
    #expect(guided.map(\.text) == expected)
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

  @Test("two-text alignment re-cuts the Thai side and aligns it one to one with the English")
  func alignRecutting() throws {
    let th = try LanguageTag("th")
    let en = try LanguageTag("en")
    for thaiFirst in [false, true] {
      var english = try Segmenter(language: en).segment(Self.english)
      var thai = try Segmenter(language: th).segment(Self.thai)
      let alignment =
        thaiFirst
        ? try Aligner().alignRecutting(
          source: &thai, sourceText: Self.thai, sourceLanguage: th, target: &english, targetText: Self.english,
          targetLanguage: en)
        : try Aligner().alignRecutting(
          source: &english, sourceText: Self.english, sourceLanguage: en, target: &thai, targetText: Self.thai,
          targetLanguage: th)
      #expect(thai.count == 5)
      #expect(thai[2].text.hasSuffix("ตลอดการประชุมสามวันที่มีผู้เข้าร่วมจากหลายประเทศทั่วโลก"))
      #expect(alignment.beads.map(\.typeName) == Array(repeating: "1-1", count: 5))
    }
  }

  @Test("two-text alignment re-cuts after an abbreviation that may end a sentence, in either direction")
  func alignRecuttingAbbreviations() throws {
    let russian = Self.russian
    let english = Self.englishOfRussian
    let ru = try LanguageTag("ru")
    let en = try LanguageTag("en")
    #expect(try Segmenter(language: ru).segment(russian).count == 2)
    for russianFirst in [false, true] {
      var englishSentences = try Segmenter(language: en).segment(english)
      var russianSentences = try Segmenter(language: ru).segment(russian)
      let alignment =
        russianFirst
        ? try Aligner().alignRecutting(
          source: &russianSentences, sourceText: russian, sourceLanguage: ru, target: &englishSentences,
          targetText: english, targetLanguage: en)
        : try Aligner().alignRecutting(
          source: &englishSentences, sourceText: english, sourceLanguage: en, target: &russianSentences,
          targetText: russian, targetLanguage: ru)
      #expect(russianSentences.map(\.text).first == "Первая кинокомпания была основана в 1912 г., а вторая — в 1916 г.")
      #expect(alignment.beads.map(\.typeName) == ["1-1", "1-1", "1-1"])
    }
  }
}
