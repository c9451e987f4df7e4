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
    let token = s.string(tokenStart..<(p + 1))
    // Inside a longer abbreviation: this token and the next one or two.
    var following: [String] = []
    var cursor = next
    while following.count < Self.maximumTokens - 1, let nextToken = s.shortDottedToken(startingAt: cursor) {
      following.append(s.string(nextToken))
      cursor = s.skippingWhitespace(from: nextToken.upperBound)
    }
    if startsAbbreviation(token, followedBy: following) { return .neverEnds }
    // The end of a longer abbreviation: the short dotted tokens before this one.
    var tokens = [token]
    var start = tokenStart
    while tokens.count < Self.maximumTokens, let previous = s.shortDottedToken(endingBefore: start) {
      tokens.insert(s.string(previous), at: 0)
      start = previous.lowerBound
    }
    return kind(endingWith: tokens)
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
