/// Turns ICU's sentence boundaries in one paragraph into Hexapla's, using `SegmentationRules`.
///
/// ICU's boundaries are kept, dropped or moved; boundaries ICU does not find are added:
/// - a full stop after an abbreviation that never ends a sentence (`Dr.`, `z. B.`) is no
///   boundary; after one that may (`etc.`, `U.S.`), an initial (`M. Christopher`) or an ordinal
///   number (`am 6. Mai`), it is one only before a typical sentence starter (`He`, `Der`);
/// - a number alone before a full stop at the start of a sentence is a list number (`12. Miniere`);
/// - an opening bracket or quote after `。！？` starts the next sentence (`。「`);
/// - a full stop after a word (not an abbreviation) followed by a lower-case word or a
///   number ends a sentence;
/// - a dash after a sentence end starts a new sentence (dialogue, lists);
/// - `…` before a capitalised word ends a sentence, as ICU does for `...`;
/// - an @mention after a word (no punctuation between) or a full stop starts a new sentence, as
///   replies do;
/// - emoji after a sentence end stay with it, and emoji or an emoticon (`:)`, `))`) followed
///   by a capitalised word end one;
/// - in Thai and Lao, a space between words can end a sentence; in Khmer, `។` and `៕` do, and so
///   do the language's other `fullStops` (Hebrew `׃`, Armenian `:`);
/// - where `.` is a pause (Armenian), it ends no sentence after a letter of the script;
/// - a hashtag after a full stop starts a sentence, and so does a dash glued to a capital;
/// - a news dateline (`لندن - ایرنا:`) is a sentence of its own (`+Datelines`);
/// - no sentence starts with a closing bracket or a detached terminator (tokenised text).
/// Nothing is split inside a word (ICU's breaks after `?` in a URL are dropped), so decimal
/// numbers, URLs, e-mail addresses, file names and version numbers stay whole; ellipses and `?!`
/// are ICU's.
///
/// This file decides on ICU's boundaries; `+CandidateScan` finds the boundaries ICU misses and
/// `+SpaceBoundaries` adds those at spaces in Thai and Lao.
final class BoundaryRefiner {
  let rules: SegmentationRules
  /// The rules' abbreviations, as they are found in text.
  let abbreviations: AbbreviationMatcher
  /// The words that score cuts at spaces (Thai, Lao), as UTF-16 units.
  let spaceWords: SpaceWords
  /// Reused between paragraphs.
  private var candidates: [Candidate] = []

  init(rules: SegmentationRules) {
    self.rules = rules
    abbreviations = AbbreviationMatcher(rules: rules)
    spaceWords = SpaceWords(rules: rules)
  }

  /// A boundary candidate: where the next sentence starts.
  struct Candidate {
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
    candidates.removeAll(keepingCapacity: true)
    for k in 1..<max(1, icuBoundaries.count - 1) {
      candidates.append(Candidate(position: Int(icuBoundaries[k]), fromICU: true))
    }
    let scanner = TextScanner(text: text)
    let icuCount = candidates.count
    addScannedCandidates(scanner, to: &candidates)
    let scannedCount = candidates.count
    if !rules.fullStops.isEmpty { addFullStopCandidates(scanner, to: &candidates) }
    // ICU's boundaries come sorted, and so do those of each scan: sort when two lists are there.
    let lists = (icuCount > 0 ? 1 : 0) + (scannedCount > icuCount ? 1 : 0) + (candidates.count > scannedCount ? 1 : 0)
    if lists > 1 { candidates.sort { $0.position < $1.position } }

    var sentenceStart = scanner.skippingWhitespace(from: 0)
    if let dateline = datelineEnd(scanner, from: sentenceStart) {
      result.append(dateline)
      sentenceStart = dateline
    }
    for candidate in candidates {
      guard var position = decide(candidate, scanner, sentenceStart: sentenceStart) else { continue }
      position = scanner.skippingSpacedClosingQuotes(from: scanner.skippingTrailingEmoji(from: position))
      guard position > sentenceStart, position < n, position > result.last! else { continue }
      // A terminator set apart after the closing quote (`… ... " .`) still ends this sentence.
      if scanner.text[position - 1].isWhitespaceUnit, scanner.startsWithDetachedPunctuation(at: position),
        !TextScanner.isClosingBracket(scanner.text[position])
      {
        continue
      }
      result.append(position)
      sentenceStart = scanner.skippingWhitespace(from: position)
      if let dateline = datelineEnd(scanner, from: sentenceStart) {
        result.append(dateline)
        sentenceStart = dateline
      }
    }
    if rules.spaceEndsSentence { addSpaceBoundaries(scanner, to: &result) }
    result.append(n)
  }

  /// Where the sentence ending before `candidate` ends and the next starts, or nil when the
  /// candidate is not a boundary.
  private func decide(_ candidate: Candidate, _ s: TextScanner, sentenceStart: Int) -> Int? {
    guard candidate.fromICU else { return candidate.position }
    let b = candidate.position
    // `?` or `!` inside a token, as in a URL's query (`search?q=a`): no boundary.
    if b > 0, b < s.text.count, s.text[b - 1] == 0x3F || s.text[b - 1] == 0x21, s.isASCIIAlphanumeric(at: b),
      b >= 2, s.isASCIIAlphanumeric(at: b - 2)
    {
      return nil
    }
    // Nothing starts a sentence with a closing bracket or a terminator set apart (tokenised text,
    // `( wow ! )`, `… " .`): the sentence goes on to it. A bracket opened inside the sentence
    // keeps it going; one opened before it closes it (`(We fly next day. ) Hop on`). Nor does a
    // sentence start with a dash before a lower-case word, which attributes the quotation before
    // it (`«Куда?» — спросил он`, `? " - tôi hỏi`).
    let following = s.skippingWhitespace(from: b)
    if following > 0, following < s.text.count, s.text[following - 1].isWhitespaceUnit {
      if s.startsAttribution(at: following) { return nil }
      if s.startsWithDetachedPunctuation(at: following) {
        guard TextScanner.isClosingBracket(s.text[following]) else { return nil }
        if let open = s.openingBracket(before: following, from: sentenceStart), open > sentenceStart { return nil }
        let after = s.skippingWhitespace(from: following + 1)
        return after < s.text.count ? after : nil
      }
    }
    let end = s.skippingWhitespace(back: b)
    // `。「`: the opening bracket or quote starts the next sentence.
    var open = end
    while open > 0, TextScanner.isOpeningBracketOrQuote(s.text[open - 1]) { open -= 1 }
    if open < end, open > 0, TextScanner.isFullwidthTerminator(s.text[open - 1]) { return open }
    let terminatorEnd = s.skippingClosingPunctuation(back: end)
    if terminatorEnd < end, !rules.quoteContinuations.isEmpty, continuesQuotation(s, at: s.skippingWhitespace(from: b))
    {
      return nil
    }
    guard terminatorEnd > 0, s.text[terminatorEnd - 1] == 0x2E else { return b }
    if terminatorEnd >= 2, s.text[terminatorEnd - 2] == 0x2E { return b }  // an ellipsis
    // Where `.` is a pause (Armenian), it ends no sentence after a letter of the script.
    if !rules.fullStopEndsSentence, terminatorEnd >= 2, s.text[terminatorEnd - 2] >= 0x370,
      s.isLetter(at: terminatorEnd - 2)
    {
      return nil
    }
    return fullStopEndsSentence(s, periodAt: terminatorEnd - 1, next: b, sentenceStart: sentenceStart) ? b : nil
  }

  /// Whether the word at `i`, after a closed quotation, is a quotative particle of the
  /// language: kana particles as prefixes (`と言った`), Hangul ones as whole words (`라고 말했다`).
  private func continuesQuotation(_ s: TextScanner, at i: Int) -> Bool {
    let word = s.word(at: i)
    return rules.quoteContinuations.contains { particle in
      guard s.hasPrefix(particle, at: i) else { return false }
      let isHangul = particle.unicodeScalars.first.map { (0xAC00...0xD7AF).contains($0.value) } ?? false
      return !isHangul || word.count == particle.utf16.count
    }
  }

  /// Whether a full stop that ICU took as a sentence end is one.
  private func fullStopEndsSentence(_ s: TextScanner, periodAt p: Int, next: Int, sentenceStart: Int) -> Bool {
    let tokenStart = s.tokenStart(endingAt: p + 1)
    let body = tokenStart..<p
    guard !body.isEmpty else { return true }
    var nextWord: Range<Int> { s.word(at: s.skippingOpeningPunctuation(from: s.skippingWhitespace(from: next))) }
    var startsSentence: Bool { isSentenceStarter(nextWord, s, whenUnknown: true) }
    // Thai and Lao end sentences without a full stop: after a letter of the script it closes an
    // abbreviation, which a number or the next dotted part continues (`ค. ศ. 833` "AD 833").
    if rules.spaceEndsSentence, TextScanner.isSpaceSeparatedScriptLetter(s.text[p - 1]) {
      let following = s.skippingWhitespace(from: next)
      if s.isDigit(at: following) || s.shortDottedToken(startingAt: following) != nil { return false }
    }
    // A letter of a caseless script right after the full stop, without a space, continues a
    // dotted abbreviation (Arabic `ق.م`, "before Christ"): ICU breaks there, writers do not.
    if next == p + 1, s.isCaselessSpacedLetter(at: next) { return false }
    if s.isDigits(body) {
      // A list number alone at the start of a sentence (`12. Miniere`).
      if tokenStart <= sentenceStart, body.count <= 4 { return false }
      if rules.ordinalDot, body.count <= 3, !nextWord.isEmpty, !startsSentence { return false }
      return true
    }
    if let kind = abbreviations.kind(in: s, tokenStart: tokenStart, periodAt: p, next: next) {
      guard kind == .mayEnd else { return false }
      // Between words of a caseless script (Arabic `ق.م. ثم`) no capital can tell: an
      // abbreviation that may end a sentence ends it, as a full stop would.
      if s.isCaselessSpacedLetter(at: tokenStart), s.isCaselessSpacedLetter(at: nextWord.lowerBound) { return true }
      return startsSentence
    }
    // Initials of a caseless script: a letter with its vowel signs before the full stop (Arabic
    // `أحمد ز. أمين`, Hindi `वी. के.`, Tamil `தி.மு.க.`), which no capital can tell from a word.
    if s.isCaselessInitials(body) { return false }
    // An initial (`M. Christopher`, `J.R.R.`) ends a sentence only before a sentence starter.
    if s.isInitials(body) {
      // A single capital before a number is no initial (`Plan B. 78 people`).
      if body.count == 1, s.isDigit(at: s.skippingOpeningPunctuation(from: s.skippingWhitespace(from: next))) {
        return true
      }
      // Before another initial it is one of several (`В. І. Вернадський`, `J. R. R. Tolkien`).
      let following = s.skippingWhitespace(from: next)
      if nextWord.count == 1, nextWord.lowerBound == following, nextWord.upperBound < s.text.count,
        s.text[nextWord.upperBound] == 0x2E
      {
        return false
      }
      return isSentenceStarter(nextWord, s, whenUnknown: false)
    }
    return true
  }

  /// Whether the full stop at `p` (if it is one) closes an abbreviation or an initial
  /// (`1948 г. -- американский`).
  func isAbbreviationOrInitial(_ s: TextScanner, periodAt p: Int) -> Bool {
    guard s.text[p] == 0x2E else { return false }
    let tokenStart = s.tokenStart(endingAt: p + 1)
    guard tokenStart < p else { return false }
    if s.isInitials(tokenStart..<p) { return true }
    return abbreviations.kind(in: s, tokenStart: tokenStart, periodAt: p, next: p + 1) != nil
  }

  /// Whether `word` is a capitalised sentence starter of the language.
  /// For a language without a list of starters, `whenUnknown` decides for capitalised words.
  private func isSentenceStarter(_ word: Range<Int>, _ s: TextScanner, whenUnknown: Bool) -> Bool {
    guard !word.isEmpty, s.isUppercase(at: word.lowerBound) else { return false }
    if rules.sentenceStarters.isEmpty { return whenUnknown }
    if s.isASCII(word) { return rules.asciiSentenceStarters.value(in: s.text, word, lowercasing: true) != nil }
    return rules.sentenceStarters.contains(s.string(word).lowercased())
  }
}
