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

@Suite("AbbreviationMatcher over UTF-16 and over strings")
struct AbbreviationMatcherAgreementTests {
  /// What `kind(in:tokenStart:periodAt:next:)` answered before it read ASCII forms from the
  /// units: the same look-ups, on strings.
  static func stringKind(
    _ matcher: AbbreviationMatcher, _ s: TextScanner, tokenStart: Int, periodAt p: Int, next: Int
  ) -> SegmentationRules.AbbreviationKind? {
    guard !matcher.rules.abbreviations.isEmpty else { return nil }
    if !matcher.rules.mayBeAbbreviation(fingerprint: s.caseFoldedFingerprint(tokenStart..<(p + 1))),
      s.shortDottedToken(startingAt: next) == nil, s.shortDottedToken(endingBefore: tokenStart) == nil
    {
      return nil
    }
    let token = s.string(tokenStart..<(p + 1))
    var following: [String] = []
    var cursor = next
    while following.count < 2, let nextToken = s.shortDottedToken(startingAt: cursor) {
      following.append(s.string(nextToken))
      cursor = s.skippingWhitespace(from: nextToken.upperBound)
    }
    if matcher.startsAbbreviation(token, followedBy: following) { return .neverEnds }
    var tokens = [token]
    var start = tokenStart
    while tokens.count < 3, let previous = s.shortDottedToken(endingBefore: start) {
      tokens.insert(s.string(previous), at: 0)
      start = previous.lowerBound
    }
    return matcher.kind(endingWith: tokens)
  }

  @Test(
    "every full stop gets the same kind both ways",
    arguments: [
      ("en", "Mr. Smith met DR. Jones at 5 p.m. in the U.S. capital, i.e. Washington. Ca. 30 came. CA. Etc. He left."),
      ("de", "Das ist z. B. gut, Z. B. auch. Vgl. S. 5 ff. und Nr. 3. Dr. med. Müller kam."),
      ("ru", "В 500 г. до н. э. т. е. давно. Т. е. нет. Ул. Ленина, д. 5."),
      ("fr", "M. Dupont, cf. p. 12. Mme. Durand etc. Elle vint."),
      ("el", "Ο κ. Παπαδόπουλος κ.λπ. ήρθε. Π.Χ. πολύ."),
    ])
  func agreement(language: String, text: String) throws {
    let matcher = AbbreviationMatcher(rules: SegmentationRules.builtIn(for: try LanguageTag(language)))
    let units = Array(text.utf16)
    units.withUnsafeBufferPointer { buffer in
      let s = TextScanner(text: buffer)
      for p in units.indices where units[p] == 0x2E {
        let tokenStart = s.tokenStart(endingAt: p + 1)
        guard tokenStart < p else { continue }
        for next in Set([p + 1, s.skippingWhitespace(from: p + 1)]) {
          #expect(
            matcher.kind(in: s, tokenStart: tokenStart, periodAt: p, next: next)
              == Self.stringKind(matcher, s, tokenStart: tokenStart, periodAt: p, next: next),
            "\(language) \(s.string(tokenStart..<(p + 1))) at \(p)")
        }
      }
    }
  }
}
