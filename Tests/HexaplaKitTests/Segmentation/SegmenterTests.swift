import Testing

@testable import HexaplaKit

@Suite("Segmenter")
struct SegmenterTests {
  private func dump(_ text: String, _ language: String, _ mode: ParagraphMode = .line) throws -> String {
    let segmenter = try Segmenter(language: LanguageTag(language), paragraphMode: mode)
    return try segmenter.segment(text).map { "\($0.paragraph) \($0.range) \($0.singleLineText)" }
      .joined(separator: "\n")
  }

  @Test("sentences with paragraph and UTF-8 range")
  func english() throws {
    #expect(
      try dump("It rained. We stayed in!\r\nNext day?  Sun.\n", "en") == """
        0 0..<10 It rained.
        0 11..<24 We stayed in!
        1 26..<35 Next day?
        1 37..<41 Sun.
        """)
  }

  @Test("CJK, Arabic and Russian")
  func scripts() throws {
    #expect(try dump("我们走吧。他来了！", "zh-Hans") == "0 0..<15 我们走吧。\n0 15..<27 他来了！")
    #expect(try dump("今日は晴れです。明日は雨？", "ja") == "0 0..<24 今日は晴れです。\n0 24..<39 明日は雨？")
    #expect(try dump("مرحبا بكم. كيف حالك؟", "ar") == "0 0..<18 مرحبا بكم.\n0 19..<36 كيف حالك؟")
    #expect(try dump("Привет. Как дела?", "ru") == "0 0..<13 Привет.\n0 14..<30 Как дела?")
  }

  @Test("blank-line paragraphs join hard-wrapped lines")
  func blankMode() throws {
    let text = "The first\nsentence. The second\none.\n\n  \nNew paragraph."
    #expect(
      try dump(text, "en", .blank) == """
        0 0..<19 The first sentence.
        0 20..<35 The second one.
        1 40..<54 New paragraph.
        """)
    let sentences = try Segmenter(language: LanguageTag("en"), paragraphMode: .blank).segment(text)
    #expect(sentences[0].text == "The first\nsentence.")
    // Multi-byte line breaks inside a block keep the UTF-8 ranges exact.
    #expect(
      try dump("Über\u{2028}alles. Zwei\u{85}Sätze.", "de", .blank) == "0 0..<14 Über alles.\n0 15..<28 Zwei Sätze.")
  }

  @Test("a line break always ends a sentence in line mode")
  func lineMode() throws {
    #expect(try dump("A heading\nThe body text.", "en") == "0 0..<9 A heading\n1 10..<24 The body text.")
  }

  @Test(
    "every line terminator ends a paragraph, wherever it falls",
    arguments: ["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"])
  func lineTerminators(terminator: String) {
    for offset in 0..<9 {
      let text = String(repeating: "a", count: offset + 1) + terminator + "bcdefghijklmnop" + terminator + "Ωq"
      let ranges = Segmenter.paragraphRanges(in: text.utf16Units(), mode: .line)
      let first = offset + 1
      let second = first + terminator.utf16.count
      #expect(ranges == [0..<first, second..<(second + 15), (second + 15 + terminator.utf16.count)..<text.utf16.count])
    }
  }

  @Test("empty and white-space-only text gives no sentences", arguments: ["", " ", "\n\n", "\u{3000}\r\n\t"])
  func empty(text: String) throws {
    #expect(try Segmenter(language: LanguageTag("en")).segment(text).isEmpty)
  }

  /// Concatenating the sentences and the white space between them gives back the input.
  @Test(
    "sentences and white space rebuild the input", arguments: ["en", "zh-Hans", "ja", "ar", "he", "ru", "de", "th"])
  func roundTrip(language: String) throws {
    var generator = SplitMix64(seed: 42)
    let pieces = [
      "Hello.", " ", "\n", "\r\n", "Dr.", "中文。", "「引用」", "日本語！", "مرحبا؟", "שלום.", "Как?",
      "😀", "e\u{301}", "\u{3000}", "\t", "3.14", "ทดสอบ ", "...", "“Quote.”", "\n\n",
      // Pieces the rules look at: abbreviations, initials, ordinals, dashes, emoji, quotes.
      "Dr. ", "U.S. ", "z. B. ", "J. ", "6. ", " - ", "— ", "😍 ", "… ", "。「", "」", "he ", "The ",
      "ภาษาไทยเป็นภาษาที่มีวรรณยุกต์ ", "และ", "search?q=1", "\u{85}", "\u{2028}",
    ]
    for _ in 0..<200 {
      let count = Int(generator.next() % 30)
      let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      for mode in ParagraphMode.allCases {
        let sentences = try Segmenter(language: LanguageTag(language), paragraphMode: mode).segment(text)
        let utf8 = Array(text.utf8)
        var rebuilt: [UInt8] = []
        var position = 0
        for sentence in sentences {
          let gap = utf8[position..<sentence.range.lowerBound]
          let gapIsWhitespace = String(decoding: gap, as: UTF8.self).allSatisfy { $0.isWhitespace }
          #expect(gapIsWhitespace)
          rebuilt += gap
          #expect(Array(sentence.text.utf8) == Array(utf8[sentence.range]))
          rebuilt += sentence.text.utf8
          position = sentence.range.upperBound
        }
        let tail = utf8[position...]
        let tailIsWhitespace = String(decoding: tail, as: UTF8.self).allSatisfy { $0.isWhitespace }
        #expect(tailIsWhitespace)
        rebuilt += tail
        #expect(rebuilt == utf8)
        #expect(sentences.allSatisfy { !$0.text.isEmpty })
      }
    }
  }
}

/// A small deterministic random generator for property tests.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
