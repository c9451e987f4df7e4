import Foundation

/// Boundaries at spaces, in scripts that end sentences with one (Thai, Lao).
///
/// A space there ends a sentence, but it also separates clauses, list items, a name from a
/// surname, and numbers from words. Each space between two letters of the script, or between a
/// number and a letter, is a candidate, unless a general fact of the language rules it out: a
/// word that cannot start a sentence comes after it (a conjunction, a relative or complement
/// marker, a unit after a number) or one that cannot end one before it (a preposition, `ว่า`
/// 'that'), it is inside quotation marks or brackets, before a bracketed gloss, before a short
/// attribution (`เธอกล่าว` 'she said') or one with an adjunct and no `ว่า` (`เมลลิสกล่าวกับซีบีซี`
/// 'Mellis told CBC'), inside a list (`A B และC`), or before an apposition after a name. The
/// others score by the words around them (an opener or a final particle for, a weak
/// continuation against; the verbs of completion such as `แล้ว` 'already' count as final
/// particles; a short fronted phrase before it, which goes with the clause after it, against),
/// by the length of the phrases on each side (a short phrase is
/// a name or a list item more often than a sentence), and by a name's marks (`์` on both sides).
/// The cuts are the best choice of candidates where each sentence also scores by how far its
/// length is from the typical one (a log-normal prior around `typicalSpaceSentenceLength`).
/// The choice is made by dynamic programming over a window of `spaceHorizon` units ahead and
/// committed one cut at a time, so that a cut depends only on the text from its sentence's
/// start to a bounded distance after it (which the streaming segmenter needs).
///
/// With `SegmentationRules.cutsAtEveryLikelySpace` (text a translation will re-cut), every
/// space that may end a sentence does instead: after `minimumSpaceSentenceLength` units, unless
/// a continuation word follows, a linking word precedes or a short attribution follows.
extension BoundaryRefiner {
  /// How far ahead (UTF-16 units) the choice of the next cut looks.
  static let spaceHorizon = 400
  /// How far (UTF-16 units) a candidate's score looks past the window.
  static let spaceScoreReach = 64
  /// The spread of the log-normal length prior (in natural-log units).
  static let spaceLengthSpread = 0.55
  /// The score of a cut before any evidence: a sentence of typical length is cut at a
  /// neutral space.
  static let spaceCutScore = 2.0

  /// The word lists of the scored cuts at spaces as UTF-16 units, matched without decoding
  /// strings.
  struct SpaceWords {
    /// `continuationWords` and `SpaceSentenceWords.continuations`, less the weak continuations.
    var continuations: [[UInt16]] = []
    var weakContinuations: [[UInt16]] = []
    var openers: [[UInt16]] = []
    var frontedOpeners: [[UInt16]] = []
    var finalParticles: [[UInt16]] = []
    var unitWords: [[UInt16]] = []
    var appositionWords: [[UInt16]] = []
    var listConjunctions: [[UInt16]] = []
    /// `linkingEndings` and `SpaceSentenceWords.linkingEndings`.
    var linkingEndings: [[UInt16]] = []
    /// `reportingVerbs` and `SpaceSentenceWords.reportingVerbs`.
    var reportingVerbs: [[UInt16]] = []
    /// `SpaceSentenceWords.attributionAdjuncts`.
    var attributionAdjuncts: [[UInt16]] = []
    /// `linkingEndings` of the rules alone (`ว่า` 'that').
    var complementizers: [[UInt16]] = []
    /// Whether a reporting verb starts with the unit `0x0E00 + k` (the Thai and Lao blocks), so
    /// that most positions are ruled out without comparing words.
    var startsReportingVerb = [Bool](repeating: false, count: 256)

    init(rules: SegmentationRules) {
      guard rules.spaceEndsSentence else { return }
      let words = rules.spaceSentenceWords
      let units: ([String]) -> [[UInt16]] = { $0.map { Array($0.utf16) }.filter { !$0.isEmpty } }
      let weak = Set(words.weakContinuations)
      continuations = units((rules.continuationWords + words.continuations).filter { !weak.contains($0) })
      weakContinuations = units(words.weakContinuations)
      openers = units(words.openers)
      frontedOpeners = units(words.frontedOpeners)
      finalParticles = units(words.finalParticles)
      unitWords = units(words.unitWords)
      appositionWords = units(words.appositionWords)
      listConjunctions = units(words.listConjunctions)
      linkingEndings = units(rules.linkingEndings + words.linkingEndings)
      reportingVerbs = units(rules.reportingVerbs + words.reportingVerbs)
      attributionAdjuncts = units(words.attributionAdjuncts)
      complementizers = units(rules.linkingEndings)
      for verb in reportingVerbs {
        if (0x0E00..<0x0F00).contains(verb[0]) { startsReportingVerb[Int(verb[0]) - 0x0E00] = true }
      }
    }

    /// Whether one of `list` starts at `i` in `u`.
    static func starts(_ list: [[UInt16]], _ u: UnsafeBufferPointer<UInt16>, at i: Int) -> Bool {
      length(ofFirstOf: list, u, at: i) != nil
    }

    /// The length of the first of `list` that starts at `i` in `u`, if one does.
    static func length(ofFirstOf list: [[UInt16]], _ u: UnsafeBufferPointer<UInt16>, at i: Int) -> Int? {
      list.first { word in
        guard i + word.count <= u.count, u[i] == word[0] else { return false }
        for k in 1..<word.count where u[i + k] != word[k] { return false }
        return true
      }?.count
    }

    /// Whether one of `list` ends at `end` in `u`.
    static func ends(_ list: [[UInt16]], _ u: UnsafeBufferPointer<UInt16>, at end: Int) -> Bool {
      list.contains { word in
        let i = end - word.count
        guard i >= 0, u[end - 1] == word[word.count - 1] else { return false }
        for k in 0..<word.count where u[i + k] != word[k] { return false }
        return true
      }
    }
  }

  /// A space between two words of the paragraph.
  private struct SpaceGap {
    /// Where the space starts.
    var space: Int
    /// Where the next word (with its opening punctuation) starts: the next sentence's start.
    var next: Int
    /// Before the closing punctuation that ends the previous word.
    var before: Int
    /// After the opening punctuation that starts the next word.
    var after: Int
    /// Between two letters of the script (a pause), not after a number.
    var isPause: Bool
    /// Inside quotation marks or brackets opened in the sentence.
    var isEnclosed: Bool
  }

  /// Adds boundaries at spaces between words of a script that ends sentences with a space.
  /// - Complexity: O(*n* + *c* · *w*²) for *n* units, *c* cuts and at most *w* candidates in a
  ///   window; O(*n*) with `cutsAtEveryLikelySpace`.
  func addSpaceBoundaries(_ s: TextScanner, to boundaries: inout [Int]) {
    if rules.cutsAtEveryLikelySpace {
      addEveryLikelySpaceBoundary(s, to: &boundaries)
      return
    }
    let n = s.text.count
    var merged: [Int] = []
    merged.reserveCapacity(boundaries.count)
    for k in boundaries.indices {
      merged.append(boundaries[k])
      let end = k + 1 < boundaries.count ? boundaries[k + 1] : n
      addSpaceCuts(s, in: boundaries[k]..<end, to: &merged)
    }
    boundaries = merged
  }

  /// Appends the cuts at spaces in `span`, a stretch between two sentence boundaries.
  private func addSpaceCuts(_ s: TextScanner, in span: Range<Int>, to cuts: inout [Int]) {
    let gaps = spaceGaps(s, in: span)
    guard !gaps.isEmpty else { return }
    let u = s.text
    // Non-white-space units before each position of the span.
    var prefix = [Int](repeating: 0, count: span.count + 1)
    for i in span { prefix[i - span.lowerBound + 1] = prefix[i - span.lowerBound] + (u[i].isWhitespaceUnit ? 0 : 1) }
    let letters = prefix
    let count: (Int, Int) -> Int = { letters[$1 - span.lowerBound] - letters[$0 - span.lowerBound] }
    let typical = Double(rules.typicalSpaceSentenceLength)
    let spread2 = 2 * Self.spaceLengthSpread * Self.spaceLengthSpread
    let prior: (Int) -> Double = { length in
      let x = log(Double(max(1, length)) / typical)
      return -x * x / spread2
    }
    let end = s.skippingWhitespace(back: span.upperBound)
    var start = s.skippingWhitespace(from: span.lowerBound)  // of the sentence
    var from = start  // where candidates are taken from
    var first = 0  // the first gap at or after `from`
    var nodes: [Int] = []
    var gains: [Double] = []
    var best: [Double] = []
    var back: [Int] = []
    while true {
      let windowEnd = from + Self.spaceHorizon
      let isLast = end <= windowEnd
      while first < gaps.count, gaps[first].next < from || gaps[first].next <= start { first += 1 }
      nodes.removeAll(keepingCapacity: true)
      gains.removeAll(keepingCapacity: true)
      nodes.append(start)
      gains.append(0)
      var lastGap = -1
      var g = first
      while g < gaps.count, gaps[g].next <= windowEnd {
        if let score = spaceCutScore(s, gaps, g, sentenceStart: start, end: end, count: count) {
          nodes.append(gaps[g].next)
          gains.append(score + Self.spaceCutScore)
        }
        lastGap = g
        g += 1
      }
      nodes.append(isLast ? end : windowEnd)
      gains.append(0)
      // best[t]: the best score of cuts up to node t, with a cut there; back[t]: the node before.
      let t0 = nodes.count
      best = [Double](repeating: -.infinity, count: t0)
      back = [Int](repeating: -1, count: t0)
      best[0] = 0
      for t in 1..<t0 {
        for v in stride(from: t - 1, through: 0, by: -1) where best[v] > -.infinity {
          if t < t0 - 1, isFrontedPhrase(s, from: nodes[v], to: nodes[t], count: count) { continue }
          let length = count(nodes[v], nodes[t])
          // A sentence the window leaves open costs nothing until it is longer than typical.
          let lengthScore = t == t0 - 1 && !isLast && Double(length) < typical ? 0 : prior(length)
          let score = best[v] + lengthScore + gains[t]
          if score > best[t] {
            best[t] = score
            back[t] = v
          }
        }
      }
      var path: [Int] = []
      var t = t0 - 1
      while t > 0 {
        t = back[t]
        if t > 0 { path.append(nodes[t]) }
      }
      if isLast {
        cuts += path.reversed()
        return
      }
      if let cut = path.last {
        cuts.append(cut)
        start = cut
        from = cut
      } else {
        from = lastGap >= 0 ? gaps[lastGap].next + 1 : windowEnd
      }
    }
  }

  /// The spaces of `span` that could end a sentence: between letters of the script, or after a
  /// number and before a letter, each marked whether it is inside quotation marks or brackets
  /// (opened before it and closed within `spaceHorizon` units after it: a mark left open does
  /// not hold the rest of the paragraph together).
  private func spaceGaps(_ s: TextScanner, in span: Range<Int>) -> [SpaceGap] {
    let u = s.text
    var gaps: [SpaceGap] = []
    var quote = false  // “ or « open
    var singleQuote = false  // ‘ open
    var brackets = 0
    var closes: [Int] = []  // closing marks after the current position, last first
    for i in span.reversed() where Self.isClosingMark(u[i]) { closes.append(i) }
    var i = span.lowerBound
    while i < span.upperBound {
      switch u[i] {
      case 0x201C, 0xAB: quote = true
      case 0x201D, 0xBB: quote = false
      case 0x2018: singleQuote = true
      case 0x2019: singleQuote = false
      case 0x28, 0x5B: brackets += 1
      case 0x29, 0x5D: brackets = max(0, brackets - 1)
      default: break
      }
      guard u[i].isWhitespaceUnit, i > span.lowerBound, !u[i - 1].isWhitespaceUnit else {
        i += 1
        continue
      }
      let next = s.skippingWhitespace(from: i)
      guard next < span.upperBound else { break }
      let before = s.skippingClosingPunctuation(back: i)
      let after = s.skippingOpeningPunctuation(from: next)
      if before > span.lowerBound, after < span.upperBound, TextScanner.isSpaceSeparatedScriptLetter(u[after]) {
        let last = u[before - 1]
        let isPause = TextScanner.isSpaceSeparatedScriptLetter(last)
        if isPause || (0x30...0x39).contains(last) {
          while let close = closes.last, close < i { closes.removeLast() }
          let nextClose = closes.last ?? Int.max
          let isEnclosed = (quote || singleQuote || brackets > 0) && nextClose - i <= Self.spaceHorizon
          gaps.append(
            SpaceGap(space: i, next: next, before: before, after: after, isPause: isPause, isEnclosed: isEnclosed))
        }
      }
      i = next
    }
    return gaps
  }

  /// Whether `u` closes a quotation or a bracket.
  private static func isClosingMark(_ u: UInt16) -> Bool {
    u == 0x201D || u == 0xBB || u == 0x2019 || u == 0x29 || u == 0x5D
  }

  /// The score of a cut at gap `g` (before the constant `spaceCutScore`), or nil when the
  /// gap cannot end a sentence that starts at `sentenceStart`. Looks back no further than
  /// `sentenceStart` and ahead at most `spaceScoreReach` units past the gap.
  private func spaceCutScore(
    _ s: TextScanner, _ gaps: [SpaceGap], _ g: Int, sentenceStart: Int, end: Int, count: (Int, Int) -> Int
  ) -> Double? {
    let gap = gaps[g]
    let u = s.text
    let words = spaceWords
    guard gap.before > sentenceStart, !gap.isEnclosed, u[gap.next] != 0x28, u[gap.next] != 0x5B else { return nil }
    let isOpener = SpaceWords.starts(words.openers, u, at: gap.after)
    if !isOpener, SpaceWords.starts(words.continuations, u, at: gap.after) { return nil }
    if SpaceWords.ends(words.linkingEndings, u, at: gap.before) { return nil }
    if !gap.isPause, SpaceWords.starts(words.unitWords, u, at: gap.after) { return nil }
    // The phrases on each side, up to the neighbouring pauses.
    var leftStart = sentenceStart
    var k = g - 1
    while k >= 0, gaps[k].next > sentenceStart {
      if gaps[k].isPause {
        leftStart = gaps[k].next
        break
      }
      k -= 1
    }
    let reach = min(end, gap.next + Self.spaceScoreReach)
    var nextPause: SpaceGap? = nil
    k = g + 1
    while k < gaps.count, gaps[k].space < reach {
      if gaps[k].isPause {
        nextPause = gaps[k]
        break
      }
      k += 1
    }
    let rightEnd = nextPause?.space ?? (end < reach ? end : reach)
    let leftLength = count(leftStart, gap.space)
    let rightLength = count(gap.next, rightEnd)
    // A short attribution after the space belongs to the sentence before it.
    if isScoredAttribution(s, from: gap.next, to: rightEnd) { return nil }
    if isTrailingAttribution(s, from: gap.after, to: rightEnd) { return nil }
    if leftLength < 12, SpaceWords.starts(words.appositionWords, u, at: gap.after) { return nil }
    // A short item followed by `และ…`/`หรือ…` is inside a list.
    if let nextPause, rightLength < 20, SpaceWords.starts(words.listConjunctions, u, at: nextPause.after) {
      return nil
    }
    // A short quoted term (`“ค่าตอบแทน”`) is no sentence of its own.
    if gap.before < gap.space, let open = Self.openingQuote(for: u[gap.space - 1]) {
      var q = gap.space - 2
      let lowest = max(sentenceStart, gap.space - 25)
      while q >= lowest, u[q] != open { q -= 1 }
      if q >= lowest { return nil }
    }
    var score = 0.0
    if !gap.isPause { score -= 0.5 }
    if SpaceWords.starts(words.weakContinuations, u, at: gap.after) { score -= 1.5 }
    if isOpener { score += 1 }
    if SpaceWords.ends(words.finalParticles, u, at: gap.before) { score += 1 }
    if isScoredAttribution(s, from: leftStart, to: gap.space) { score += 1.5 }
    // A short fronted phrase (`เมื่อช่วงต้นตุลาคม` 'in early October') goes with the clause after it.
    if isFrontedPhrase(s, from: leftStart, to: gap.space, count: count) { score -= 1.5 }
    score += Self.phraseLengthScore(leftLength)
    if nextPause != nil { score += Self.phraseLengthScore(rightLength) }
    // A name: a foreign word (with the silent-letter mark) on both sides.
    if Self.hasSilencer(u, max(sentenceStart, gap.before - 8)..<gap.before),
      Self.hasSilencer(u, gap.after..<min(end, gap.after + 10))
    {
      score -= 2
    }
    // A repetition mark (`ต่างๆ` 'various') ends a list item more often than a sentence.
    if u[gap.space - 1] == 0x0E46 || u[gap.space - 1] == 0x0EC6 { score -= 1 }
    return score
  }

  /// The score of a phrase's length (non-white-space units) next to a cut: short phrases
  /// between spaces are names and list items more often than sentence ends.
  private static func phraseLengthScore(_ length: Int) -> Double {
    switch length {
    case ..<5: return -2.5
    case ..<8: return -2
    case ..<12: return -1.2
    case ..<20: return -0.7
    case ..<30: return -0.3
    case ..<45: return 0
    default: return 0.5
    }
  }

  /// Whether the phrase `start..<end` is a short attribution ending with a reporting verb
  /// (`ทาร์โลกล่าว` 'Tarlo said').
  private func isScoredAttribution(_ s: TextScanner, from start: Int, to end: Int) -> Bool {
    guard end - start <= 25, end > start else { return false }
    let last = s.skippingClosingPunctuation(back: end)
    return SpaceWords.ends(spaceWords.reportingVerbs, s.text, at: last)
  }

  /// Whether the phrase `start..<end` is an attribution with an adjunct (`เมลลิสกล่าวกับซีบีซี`
  /// 'Mellis told CBC'): a reporting verb after a short name, followed by the phrase's end or a
  /// preposition, with no `ว่า` 'that' after it to make it introduce the next words.
  /// - Complexity: O(*l* · *v*) for a phrase of *l* units and *v* reporting verbs.
  private func isTrailingAttribution(_ s: TextScanner, from start: Int, to end: Int) -> Bool {
    let u = s.text
    let words = spaceWords
    guard !words.attributionAdjuncts.isEmpty, start + 2 < min(end, start + 21) else { return false }
    for p in (start + 2)..<min(end, start + 21) {
      if (0x0E00..<0x0F00).contains(u[p]), !words.startsReportingVerb[Int(u[p]) - 0x0E00] { continue }
      guard let length = SpaceWords.length(ofFirstOf: words.reportingVerbs, u, at: p) else { continue }
      let after = p + length
      guard after >= end || SpaceWords.starts(words.attributionAdjuncts, u, at: after) else { return false }
      for q in after..<max(after, end) where SpaceWords.starts(words.complementizers, u, at: q) { return false }
      return true
    }
    return false
  }

  /// Whether `from..<to` is one short phrase (no white space inside, under 30 units) that
  /// starts with a fronted opener (`ในทางทฤษฎี` 'in theory'), which cannot be a sentence by itself.
  private func isFrontedPhrase(_ s: TextScanner, from: Int, to: Int, count: (Int, Int) -> Int) -> Bool {
    let last = s.skippingWhitespace(back: to)
    guard last - from < 30, count(from, last) == last - from else { return false }
    let start = s.skippingOpeningPunctuation(from: from)
    return SpaceWords.starts(spaceWords.frontedOpeners, s.text, at: start)
  }

  /// The opening quotation mark that a closing one pairs with, if `u` is one.
  private static func openingQuote(for u: UInt16) -> UInt16? {
    switch u {
    case 0x201D: return 0x201C
    case 0x2019: return 0x2018
    case 0xBB: return 0xAB
    case 0x22, 0x27: return u
    default: return nil
    }
  }

  /// Whether `range` holds the Thai or Lao mark that silences a letter (`์`, `໌`), which
  /// foreign names written in the script carry often.
  private static func hasSilencer(_ u: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    return range.contains { u[$0] == 0x0E4C || u[$0] == 0x0ECC }
  }

  /// Adds a boundary at every space that may end a sentence (`cutsAtEveryLikelySpace`).
  private func addEveryLikelySpaceBoundary(_ s: TextScanner, to boundaries: inout [Int]) {
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
      guard u[i].isWhitespaceUnit, !u[i - 1].isWhitespaceUnit else {
        i += 1
        continue
      }
      let next = s.skippingWhitespace(from: i)
      guard next < n else { break }
      let before = s.skippingClosingPunctuation(back: i)
      let after = s.skippingOpeningPunctuation(from: next)
      if before > 0, after < n, TextScanner.isSpaceSeparatedScriptLetter(u[before - 1]),
        TextScanner.isSpaceSeparatedScriptLetter(u[after]),
        i - sentenceStart >= rules.minimumSpaceSentenceLength,
        (n - next) * 4 >= rules.minimumSpaceSentenceLength * 3,
        k >= boundaries.count || boundaries[k] != next,
        !rules.continuationWords.contains(where: { s.hasPrefix($0, at: after) }),
        !rules.linkingEndings.contains(where: { s.hasSuffix($0, endingAt: before) }),
        !isAttribution(s, phraseAt: after)
      {
        merged.append(next)
        sentenceStart = next
      }
      i = next
    }
    merged.append(contentsOf: boundaries[k...])
    boundaries = merged
  }

  /// Whether the phrase (up to the next space) at `start` is a short attribution ending with a
  /// reporting verb (`ทาร์โลกล่าว` 'Tarlo said').
  private func isAttribution(_ s: TextScanner, phraseAt start: Int) -> Bool {
    guard !rules.reportingVerbs.isEmpty else { return false }
    var end = start
    while end < s.text.count, !s.text[end].isWhitespaceUnit, end - start <= 25 { end += 1 }
    guard end - start <= 25 else { return false }
    end = s.skippingClosingPunctuation(back: end)
    return rules.reportingVerbs.contains(where: { s.hasSuffix($0, endingAt: end) })
  }
}
