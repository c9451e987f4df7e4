/// Turns ICU's sentence boundaries in one paragraph into Hexapla's, using `SegmentationRules`.
///
/// ICU's boundaries are kept, dropped or moved; boundaries ICU does not find are added:
/// - a full stop after an abbreviation, an initial (`M. Christopher`) or an ordinal number
///   (`am 6. Mai`) ends no sentence unless a typical sentence starter follows;
/// - a number alone before a full stop at the start of a sentence is a list number (`12. Miniere`);
/// - an opening bracket or quote after `。！？` starts the next sentence (`。「`);
/// - a full stop after a word (not an abbreviation) followed by a lower-case word ends a sentence;
/// - a dash after a sentence end starts a new sentence (dialogue, lists);
/// - emoji after a sentence end stay with it, and emoji followed by a capitalised word end one;
/// - in Thai and Lao, a space between words can end a sentence.
/// Nothing is split inside a word, so decimal numbers, URLs, e-mail addresses, file names and
/// version numbers stay whole; ellipses and `?!` are ICU's.
struct BoundaryRefiner {
  let rules: SegmentationRules

  /// A boundary candidate: where the next sentence starts.
  private struct Candidate {
    var position: Int
    var fromICU: Bool
  }

  /// Writes the paragraph's sentence boundaries (UTF-16 offsets; first 0, last `text.count`)
  /// to `result`, given ICU's boundaries for it.
  /// - Complexity: O(n) in the paragraph's length.
  func refine(
    _ text: UnsafeBufferPointer<UInt16>, icuBoundaries: UnsafeBufferPointer<Int32>, into result: inout [Int]
  ) {
    let n = text.count
    result.removeAll(keepingCapacity: true)
    result.append(0)
    var candidates: [Candidate] = []
    for k in 1..<max(1, icuBoundaries.count - 1) {
      candidates.append(Candidate(position: Int(icuBoundaries[k]), fromICU: true))
    }
    let scanner = TextScanner(text: text)
    addScannedCandidates(scanner, to: &candidates)
    candidates.sort { $0.position < $1.position }

    var sentenceStart = 0
    for candidate in candidates {
      guard var position = decide(candidate, scanner, sentenceStart: sentenceStart) else { continue }
      position = scanner.skippingTrailingEmoji(from: position)
      guard position > sentenceStart, position < n, position > result.last! else { continue }
      // Only white space between the last boundary and this one: nothing to split.
      if scanner.isBlank(result.last!..<position) { continue }
      result.append(position)
      sentenceStart = scanner.skippingWhitespace(from: position)
    }
    if rules.spaceEndsSentence { addSpaceBoundaries(scanner, to: &result) }
    result.append(n)
  }

  /// Boundaries ICU does not find: a lower-case start after a full stop, a dash after a
  /// sentence end, and a capitalised word after emoji.
  private func addScannedCandidates(_ s: TextScanner, to candidates: inout [Candidate]) {
    let u = s.text
    let n = u.count
    var i = 0
    while i < n {
      let c = u[i]
      if c == 0x2E, rules.lowerCaseStartsSentence, i + 1 < n, u[i + 1].isWhitespaceUnit,
        i == 0 || u[i - 1] != 0x2E
      {
        let next = s.skippingWhitespace(from: i + 1)
        let word = s.skippingOpeningPunctuation(from: next)
        if word < n, s.isLowercase(at: word) || s.isDigit(at: word),
          endsSentenceBeforeLowercase(s, periodAt: i)
        {
          candidates.append(Candidate(position: next, fromICU: false))
        }
      } else if TextScanner.isDash(c), i > 0, u[i - 1].isWhitespaceUnit,
        i + 1 == n || u[i + 1].isWhitespaceUnit || TextScanner.isDash(u[i + 1])
      {
        let end = s.skippingClosingPunctuation(back: s.skippingWhitespace(back: i))
        if end > 0, s.isSentenceTerminal(before: end), !isAbbreviationOrInitial(s, periodAt: end - 1) {
          candidates.append(Candidate(position: i, fromICU: false))
        }
      } else if c >= 0x2600, s.isEmoji(at: i) {
        var j = i
        while j < n, s.isEmoji(at: j) || u[j].isWhitespaceUnit { j += 1 }
        if j < n, j > i, u[j - 1].isWhitespaceUnit, s.isUppercase(at: s.skippingOpeningPunctuation(from: j)) {
          candidates.append(Candidate(position: j, fromICU: false))
        }
        i = max(i + 1, j)
        continue
      }
      i += 1
    }
  }

  /// Where the sentence ending before `candidate` ends and the next starts, or nil when the
  /// candidate is not a boundary.
  private func decide(_ candidate: Candidate, _ s: TextScanner, sentenceStart: Int) -> Int? {
    guard candidate.fromICU else { return candidate.position }
    let b = candidate.position
    let end = s.skippingWhitespace(back: b)
    // `。「`: the opening bracket or quote starts the next sentence.
    var open = end
    while open > 0, TextScanner.isOpeningBracketOrQuote(s.text[open - 1]) { open -= 1 }
    if open < end, open > 0, TextScanner.isFullwidthTerminator(s.text[open - 1]) { return open }
    let terminatorEnd = s.skippingClosingPunctuation(back: end)
    guard terminatorEnd > 0, s.text[terminatorEnd - 1] == 0x2E else { return b }
    if terminatorEnd >= 2, s.text[terminatorEnd - 2] == 0x2E { return b }  // an ellipsis
    return fullStopEndsSentence(s, periodAt: terminatorEnd - 1, next: b, sentenceStart: sentenceStart) ? b : nil
  }

  /// Whether a full stop that ICU took as a sentence end is one.
  private func fullStopEndsSentence(_ s: TextScanner, periodAt p: Int, next: Int, sentenceStart: Int) -> Bool {
    let tokenStart = s.tokenStart(endingAt: p + 1)
    let body = tokenStart..<p
    guard !body.isEmpty else { return true }
    let nextWord = s.word(at: s.skippingOpeningPunctuation(from: s.skippingWhitespace(from: next)))
    let startsSentence = isSentenceStarter(nextWord, s)
    if s.isDigits(body) {
      // A list number alone at the start of a sentence (`12. Miniere`).
      if tokenStart <= sentenceStart, body.count <= 4 { return false }
      if rules.ordinalDot, body.count <= 3, !nextWord.isEmpty, !startsSentence { return false }
      return true
    }
    if let kind = abbreviationKind(s, tokenStart: tokenStart, periodAt: p, next: next) {
      return kind == .mayEnd && startsSentence
    }
    // An initial (`M. Christopher`, `J.R.R.`) ends a sentence only before a sentence starter.
    if s.isInitials(body) {
      // A single capital before a number is no initial (`Plan B. 78 people`).
      if body.count == 1, s.isDigit(at: s.skippingOpeningPunctuation(from: s.skippingWhitespace(from: next))) {
        return true
      }
      return startsSentence
    }
    return true
  }

  /// Whether the full stop at `p` (if it is one) closes an abbreviation or an initial
  /// (`1948 г. -- американский`).
  private func isAbbreviationOrInitial(_ s: TextScanner, periodAt p: Int) -> Bool {
    guard s.text[p] == 0x2E else { return false }
    let tokenStart = s.tokenStart(endingAt: p + 1)
    guard tokenStart < p else { return false }
    if s.isInitials(tokenStart..<p) { return true }
    return abbreviationKind(s, tokenStart: tokenStart, periodAt: p, next: p + 1) != nil
  }

  /// Whether a full stop followed by a lower-case word ends a sentence: the word before it is
  /// a plain word (two or more letters, no inner full stop), not an abbreviation.
  private func endsSentenceBeforeLowercase(_ s: TextScanner, periodAt p: Int) -> Bool {
    let tokenStart = s.tokenStart(endingAt: p + 1)
    guard p - tokenStart >= 2, s.isPlainWord(tokenStart..<p) else { return false }
    return abbreviationKind(s, tokenStart: tokenStart, periodAt: p, next: s.skippingWhitespace(from: p + 1)) == nil
  }

  /// The kind of the abbreviation whose full stop is at `p`: the token alone, with up to two
  /// short dotted tokens before it (`z. B.`), or as the start of a longer one (`z.` of `z. B.`).
  private func abbreviationKind(
    _ s: TextScanner, tokenStart: Int, periodAt p: Int, next: Int
  ) -> SegmentationRules.AbbreviationKind? {
    guard !rules.abbreviations.isEmpty else { return nil }
    let token = s.string(tokenStart..<(p + 1))
    // Inside a longer abbreviation: this token and the next one or two.
    var forward = token
    var cursor = next
    for _ in 0..<2 {
      guard let nextToken = s.shortDottedToken(startingAt: cursor) else { break }
      forward += s.string(nextToken)
      if rules.abbreviationKind(of: forward) != nil { return .neverEnds }
      cursor = s.skippingWhitespace(from: nextToken.upperBound)
    }
    // The end of a longer abbreviation.
    var backward = token
    var start = tokenStart
    var found = rules.abbreviationKind(of: token)
    for _ in 0..<2 {
      guard let previous = s.shortDottedToken(endingBefore: start) else { break }
      backward = s.string(previous) + backward
      if let kind = rules.abbreviationKind(of: backward) { found = kind }
      start = previous.lowerBound
    }
    return found
  }

  /// Whether `word` is a capitalised sentence starter of the language.
  private func isSentenceStarter(_ word: Range<Int>, _ s: TextScanner) -> Bool {
    guard !word.isEmpty, s.isUppercase(at: word.lowerBound) else { return false }
    if rules.sentenceStarters.isEmpty { return true }
    return rules.sentenceStarters.contains(s.string(word).lowercased())
  }

  /// Adds boundaries at spaces between words of a script that ends sentences with a space.
  private func addSpaceBoundaries(_ s: TextScanner, to boundaries: inout [Int]) {
    let u = s.text
    let n = u.count
    var merged: [Int] = []
    merged.reserveCapacity(boundaries.count)
    var k = 0
    var sentenceStart = 0
    var i = 1
    while i < n {
      while k < boundaries.count, boundaries[k] <= i {
        merged.append(boundaries[k])
        sentenceStart = s.skippingWhitespace(from: boundaries[k])
        k += 1
      }
      guard u[i].isWhitespaceUnit, !u[i - 1].isWhitespaceUnit else { i += 1; continue }
      let next = s.skippingWhitespace(from: i)
      guard next < n else { break }
      let before = s.skippingClosingPunctuation(back: i)
      let after = s.skippingOpeningPunctuation(from: next)
      if before > 0, after < n, TextScanner.isSpaceSeparatedScriptLetter(u[before - 1]),
        TextScanner.isSpaceSeparatedScriptLetter(u[after]),
        i - sentenceStart >= rules.minimumSpaceSentenceLength,
        !rules.continuationWords.contains(where: { s.hasPrefix($0, at: after) }),
        k >= boundaries.count || boundaries[k] != next
      {
        merged.append(next)
        sentenceStart = next
      }
      i = next
    }
    merged.append(contentsOf: boundaries[k...])
    boundaries = merged
  }
}
