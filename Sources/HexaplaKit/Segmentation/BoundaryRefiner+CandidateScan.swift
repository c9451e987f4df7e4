/// The scan for boundaries ICU does not find.
extension BoundaryRefiner {
  /// Boundaries ICU does not find: a lower-case start after a full stop, a dash after a
  /// sentence end, `…` or emoji or an emoticon before a capitalised word, an @mention.
  func addScannedCandidates(_ s: TextScanner, to candidates: inout [Candidate]) {
    let u = s.text
    let n = u.count
    var i = 0
    while i < n {
      // Most units are letters and spaces: skip four at a time while none is `(`, `)`, `-`,
      // `.`, `@`, Khmer `។៕` or at least U+2012 (four 16-bit lanes of a UInt64; setting each lane's top bit
      // first keeps the subtractions from borrowing across lanes).
      if i + 4 <= n {
        let w = UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self)
        let top: UInt64 = 0x8000_8000_8000_8000
        let x = w | top
        let atLeast28 = (x &- 0x0028_0028_0028_0028) & top
        let atLeast2A = (x &- 0x002A_002A_002A_002A) & top
        let atLeast2D = (x &- 0x002D_002D_002D_002D) & top
        let atLeast2F = (x &- 0x002F_002F_002F_002F) & top
        let atLeast40 = (x &- 0x0040_0040_0040_0040) & top
        let atLeast41 = (x &- 0x0041_0041_0041_0041) & top
        let atLeast17D4 = (x &- 0x17D4_17D4_17D4_17D4) & top
        let atLeast17D6 = (x &- 0x17D6_17D6_17D6_17D6) & top
        let atLeast2012 = (x &- 0x2012_2012_2012_2012) & top
        if (w & top) | atLeast2012 | (atLeast2D & ~atLeast2F) | (atLeast28 & ~atLeast2A)
          | (atLeast40 & ~atLeast41) | (atLeast17D4 & ~atLeast17D6) == 0
        {
          i += 4
          continue
        }
      }
      let c = u[i]
      if (c > 0x2E && c < 0x2012 && c != 0x40 && c != 0x17D4 && c != 0x17D5) || (c > 0x2BFF && c < 0xD83C) {
        i += 1
        continue
      }
      if c == 0x2E, i + 1 < n, u[i + 1].isWhitespaceUnit, i == 0 || u[i - 1] != 0x2E {
        let next = s.skippingWhitespace(from: i + 1)
        let word = s.skippingOpeningPunctuation(from: next)
        if word < n, rules.lowerCaseStartsSentence, s.isLowercase(at: word) || s.isDigit(at: word),
          // A reporting verb after the full stop closes the quotation before it (Turkish
          // `… araştırıyoruz. dedi.`, quotes left out).
          rules.reportingVerbs.isEmpty || !rules.reportingVerbs.contains(s.string(s.word(at: word))),
          endsSentenceBeforeLowercase(s, periodAt: i)
        {
          candidates.append(Candidate(position: next, fromICU: false))
        } else if next + 1 < n, u[next] == 0x23, s.isLetter(at: next + 1), s.isHandle(startingAt: next + 1),
          rules.fullStopEndsSentence, startsSentenceAfterHashtag(s, at: next),
          endsSentenceBeforeLowercase(s, periodAt: i)
        {
          // A hashtag after a full stop starts a sentence (`… UI. #flutter is`); ICU reads past
          // the `#` to the lower-case word.
          candidates.append(Candidate(position: next, fromICU: false))
        }
      } else if TextScanner.isDash(c), i > 0, u[i - 1].isWhitespaceUnit,
        i + 1 == n || u[i + 1].isWhitespaceUnit || TextScanner.isDash(u[i + 1]) || s.isUppercase(at: i + 1)
      {
        let quoteEnd = s.skippingWhitespace(back: i)
        let end = s.skippingClosingPunctuation(back: quoteEnd)
        // `„…“ — napisał`: a quotation's attribution continues its sentence.
        let attribution = end < quoteEnd && s.isLowercase(at: s.skippingWhitespace(from: i + 1))
        if end > 0, !attribution, s.isSentenceTerminal(before: end), !isAbbreviationOrInitial(s, periodAt: end - 1) {
          candidates.append(Candidate(position: i, fromICU: false))
        }
      } else if c == 0x29 || c == 0x28, i > 0, i + 1 < n, u[i + 1].isWhitespaceUnit,
        TextScanner.isEmoticonEye(u[i - 1]) || (c == 0x29 && u[i - 1] == 0x29)
      {
        // An emoticon (`:)`, `;-(`, `=)`, `))`) before a capitalised word ends a sentence.
        let next = s.skippingWhitespace(from: i + 1)
        if s.isUppercase(at: s.skippingOpeningPunctuation(from: next)) {
          candidates.append(Candidate(position: next, fromICU: false))
        }
      } else if c == 0x40, i >= 2, u[i - 1].isWhitespaceUnit, s.isHandle(startingAt: i + 1),
        startsReply(s, mentionAt: i)
      {
        // In messages, an @mention after a word without final punctuation, or after a full
        // stop (ICU reads past the `@` to the lower-case handle), starts a reply.
        candidates.append(Candidate(position: i, fromICU: false))
      } else if c == 0x17D4 || c == 0x17D5, i + 1 < n {
        // Khmer `។` and `៕` end sentences, also inside the closing quotes or brackets after
        // them (`…ស្អែក។” បន្ទាប់មក`); ICU's rules do not break after them.
        let close = s.skippingClosingPunctuation(from: i + 1)
        if close < n, u[close].isWhitespaceUnit {
          let next = s.skippingWhitespace(from: close)
          if next < n { candidates.append(Candidate(position: next, fromICU: false)) }
        }
      } else if c == 0x2026, i + 1 < n, u[i + 1].isWhitespaceUnit {
        // `…` is no terminator for ICU; like `...` it ends a sentence before a capital.
        let next = s.skippingWhitespace(from: i + 1)
        let word = s.skippingOpeningPunctuation(from: next)
        if word < n, s.isUppercase(at: word) || TextScanner.isCJK(u[word]) {
          candidates.append(Candidate(position: next, fromICU: false))
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

  /// Boundaries after the language's `fullStops`, the marks ICU does not break after
  /// (Hebrew sof pasuq `׃`, Armenian `:`), before white space (after any closing quotes).
  /// - Complexity: O(n) in the paragraph's length.
  func addFullStopCandidates(_ s: TextScanner, to candidates: inout [Candidate]) {
    let u = s.text
    let n = u.count
    let marks = rules.fullStops
    var i = 0
    while i < n {
      let c = u[i]
      i += 1
      guard c >= 0x21, marks.contains(c) else { continue }
      var j = i
      while j < n, TextScanner.isClosingPunctuation(u[j]) { j += 1 }
      guard j < n, u[j].isWhitespaceUnit else { continue }
      let next = s.skippingWhitespace(from: j)
      if next < n { candidates.append(Candidate(position: next, fromICU: false)) }
    }
  }

  /// Whether a full stop followed by a lower-case word ends a sentence: the word before it is
  /// a plain word (two or more letters, no inner full stop), not an abbreviation.
  private func endsSentenceBeforeLowercase(_ s: TextScanner, periodAt p: Int) -> Bool {
    let tokenStart = s.tokenStart(endingAt: p + 1)
    guard p - tokenStart >= 2, s.isPlainWord(tokenStart..<p), !s.isRomanNumeral(tokenStart..<p) else { return false }
    return abbreviations.kind(in: s, tokenStart: tokenStart, periodAt: p, next: s.skippingWhitespace(from: p + 1))
      == nil
  }

  /// Whether words follow the hashtag at `i`, as in a sentence that starts with one: not a
  /// closing list of hashtags (`… сове. #полит_оля #политика`), which belongs to the sentence.
  private func startsSentenceAfterHashtag(_ s: TextScanner, at i: Int) -> Bool {
    var j = i
    while j < s.text.count, !s.text[j].isWhitespaceUnit { j += 1 }
    let next = s.skippingWhitespace(from: j)
    return next < s.text.count && s.text[next] != 0x23
  }

  /// Whether the @mention at `i` (after white space) follows a word or a sentence-ending full stop.
  private func startsReply(_ s: TextScanner, mentionAt i: Int) -> Bool {
    let end = s.skippingWhitespace(back: i)
    guard end > 0 else { return false }
    if s.isLetter(at: end - 1) { return true }
    let p = end - 1
    return s.text[p] == 0x2E && (p == 0 || s.text[p - 1] != 0x2E) && !isAbbreviationOrInitial(s, periodAt: p)
  }
}
