import Testing

@testable import HexaplaKit

/// Text with no sentence boundary in more than the limit is cut into pieces of at most the
/// limit, after a space where there is one near it, with a warning per cut; shorter sentences
/// pass unchanged.
@Suite("Cutting sentences too long to be sentences")
struct LongSentenceCutTests {
  static func sentence(_ text: String, at offset: Int) -> Sentence {
    Sentence(text: text, paragraph: 0, range: offset..<(offset + text.utf8.count))
  }

  /// `cutBytes`: where each piece after the first starts, from the long sentence's start.
  @Test(
    "pieces, their ranges and the warnings",
    arguments: [
      // Spaces near the limit: cut after the last one.
      ("aaaa bbbb cccc dddd", 10, ["aaaa bbbb", "cccc dddd"], [10]),
      // No space within reach: at a character boundary (é is two bytes, never split).
      ("ééééééééé", 8, ["éééé", "éééé", "é"], [8, 16]),
      // Short enough: as it was.
      ("short one", 20, ["short one"], []),
    ] as [(String, Int, [String], [Int])])
  func cuts(text: String, limit: Int, pieces: [String], cutBytes: [Int]) {
    let (sentences, warnings) = StreamingSegmenter.cuttingLongSentences(
      [Self.sentence("Before.", at: 0), Self.sentence(text, at: 8)], maxBytes: limit, path: "long.txt")
    #expect(sentences.map(\.text) == ["Before."] + pieces)
    // Every piece's range holds its text in the source.
    let source = Array(("Before. " + text).utf8)
    #expect(sentences.map { String(decoding: source[$0.range], as: UTF8.self) } == sentences.map(\.text))
    #expect(sentences.allSatisfy { $0.range.count <= limit })
    #expect(warnings.count == cutBytes.count)
    #expect(sentences.dropFirst().map { $0.range.lowerBound - 8 }.dropFirst() == ArraySlice(cutBytes))
    if let first = warnings.first {
      #expect(first.hasPrefix("long.txt: byte 8: warning: no sentence boundary in "))
    }
  }
}
