import Testing

@testable import HexaplaKit

@Suite("AbbreviationMatcher")
struct AbbreviationMatcherTests {
  static func matcher(_ language: String) throws -> AbbreviationMatcher {
    AbbreviationMatcher(rules: SegmentationRules.builtIn(for: try LanguageTag(language)))
  }

  @Test("the longest abbreviation ending with the last token wins")
  func longest() throws {
    let russian = try Self.matcher("ru")
    #expect(russian.kind(endingWith: ["до", "н.", "э."]) == .mayEnd)
    #expect(russian.kind(endingWith: ["дом."]) == nil)
    let german = try Self.matcher("de")
    #expect(german.kind(endingWith: ["z.", "B."]) == .neverEnds)
    #expect(german.kind(endingWith: ["Haus", "B."]) == german.rules.abbreviationKind(of: "B."))
  }

  @Test("a token that starts a longer abbreviation (the z. of z. B.)")
  func starts() throws {
    let german = try Self.matcher("de")
    #expect(german.startsAbbreviation("z.", followedBy: ["B."]))
    #expect(!german.startsAbbreviation("z.", followedBy: []))
    #expect(!german.startsAbbreviation("Haus.", followedBy: ["B."]))
  }

  @Test(
    "tokens before a full stop: at most three, white space runs skipped",
    arguments: [("до  н. э.", ["до", "н.", "э."]), ("a b c d.", ["b", "c", "d."]), ("x.", ["x."]), ("", [])])
  func tokens(text: String, expected: [String]) {
    let characters = Array(text)
    #expect(AbbreviationMatcher.tokens(characters, endingAt: characters.count) == expected)
  }

  @Test("over UTF-16 text, as the segmenter reads it")
  func scanner() throws {
    let german = try Self.matcher("de")
    let text = Array("Das ist z. B. gut.".utf16)
    text.withUnsafeBufferPointer { buffer in
      let s = TextScanner(text: buffer)
      // `z.` (8...9) starts `z. B.`; `B.` (11...12) ends it; `gut.` is no abbreviation.
      #expect(german.kind(in: s, tokenStart: 8, periodAt: 9, next: 11) == .neverEnds)
      #expect(german.kind(in: s, tokenStart: 11, periodAt: 12, next: 14) == .neverEnds)
      #expect(german.kind(in: s, tokenStart: 14, periodAt: 17, next: 18) == nil)
    }
  }
}
