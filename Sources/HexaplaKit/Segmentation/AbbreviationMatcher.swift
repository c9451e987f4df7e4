/// Looks up the abbreviations of `SegmentationRules` in running text, where one abbreviation may
/// span up to three space-separated tokens (`z. B.`, `до н. э.`), written without their spaces
/// in the rules. The segmenter (`BoundaryRefiner`, over UTF-16 text) and re-cutting
/// (`PivotGuidedSplitter`, over characters) both ask it.
struct AbbreviationMatcher {
  /// The rules whose abbreviations are looked up.
  let rules: SegmentationRules

  /// The most space-separated tokens one abbreviation spans (`до н. э.`).
  static let maximumTokens = 3

  /// The kind of the longest abbreviation that the last one to three of `tokens` form, joined
  /// without spaces (`до н. э.`, else `н. э.`, else `э.`).
  /// - Parameter tokens: the token with the full stop last, after the ones before it.
  func kind(endingWith tokens: [String]) -> SegmentationRules.AbbreviationKind? {
    for count in stride(from: min(tokens.count, Self.maximumTokens), through: 1, by: -1) {
      if let kind = rules.abbreviationKind(of: tokens.suffix(count).joined()) { return kind }
    }
    return nil
  }

  /// Whether `token` with the next one or two of `following` forms an abbreviation: the `z.`
  /// of `z. B.`, which ends no sentence.
  func startsAbbreviation(_ token: String, followedBy following: [String]) -> Bool {
    var form = token
    for next in following.prefix(Self.maximumTokens - 1) {
      form += next
      if rules.abbreviationKind(of: form) != nil { return true }
    }
    return false
  }

  /// The kind of the abbreviation whose full stop is at `p` in `s`: the token alone (from
  /// `tokenStart`), with up to two short dotted tokens before it (`z. B.`), or as the start of a
  /// longer one (`z.` of `z. B.`, which never ends a sentence). `next` is where the next token
  /// may start.
  /// - Complexity: O(*t*) in the length *t* of the tokens; most tokens are ruled out by a
  ///   fingerprint, without building strings.
  func kind(
    in s: TextScanner, tokenStart: Int, periodAt p: Int, next: Int
  ) -> SegmentationRules.AbbreviationKind? {
    guard !rules.abbreviations.isEmpty else { return nil }
    if !rules.mayBeAbbreviation(fingerprint: s.caseFoldedFingerprint(tokenStart..<(p + 1))),
      s.shortDottedToken(startingAt: next) == nil, s.shortDottedToken(endingBefore: tokenStart) == nil
    {
      return nil
    }
    let token = tokenStart..<(p + 1)
    // Inside a longer abbreviation: this token and the next one or two.
    var next1 = 0..<0
    var next2 = 0..<0
    if let found = s.shortDottedToken(startingAt: next) {
      next1 = found
      next2 = s.shortDottedToken(startingAt: s.skippingWhitespace(from: found.upperBound)) ?? 0..<0
    }
    if !next1.isEmpty, kind(in: s, token, next1) != nil { return .neverEnds }
    if !next2.isEmpty, kind(in: s, token, next1, next2) != nil { return .neverEnds }
    // The end of a longer abbreviation: the short dotted tokens before this one, longest first.
    if let previous1 = s.shortDottedToken(endingBefore: tokenStart) {
      if let previous2 = s.shortDottedToken(endingBefore: previous1.lowerBound),
        let kind = kind(in: s, previous2, previous1, token)
      {
        return kind
      }
      if let kind = kind(in: s, previous1, token) { return kind }
    }
    return kind(in: s, token)
  }

  /// The kind of the abbreviation written as the units of `a`, `b` and `c` of `s` one after
  /// the other (empty ranges add nothing), as `SegmentationRules.abbreviationKind(of:)` finds
  /// it; ASCII forms without making a string. `a` is not empty.
  private func kind(
    in s: TextScanner, _ a: Range<Int>, _ b: Range<Int> = 0..<0, _ c: Range<Int> = 0..<0
  ) -> SegmentationRules.AbbreviationKind? {
    guard s.isASCII(a), s.isASCII(b), s.isASCII(c) else {
      return rules.abbreviationKind(of: s.string(a) + s.string(b) + s.string(c))
    }
    let table = rules.asciiAbbreviations
    if let code = table.value(in: s.text, a, b, c) { return .init(code: code) }
    // A capitalised form of a lower-case entry (`Ca.`): a capital first and no other.
    guard let first = a.first, s.isASCIIUppercase(at: first), !s.containsASCIIUppercase((first + 1)..<a.upperBound),
      !s.containsASCIIUppercase(b), !s.containsASCIIUppercase(c)
    else { return nil }
    return table.value(in: s.text, a, b, c, lowercasing: true).map { .init(code: $0) }
  }

  /// The last one to three space-separated tokens of `characters` that end at `end` (the one
  /// ending there last), as `kind(endingWith:)` takes them.
  static func tokens(_ characters: [Character], endingAt end: Int) -> [String] {
    var tokens: [String] = []
    var end = end
    while tokens.count < maximumTokens, end > 0 {
      var start = end
      while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
      guard start < end else { break }
      tokens.insert(String(characters[start..<end]), at: 0)
      end = start
      while end > 0, characters[end - 1].isWhitespace { end -= 1 }
    }
    return tokens
  }
}
