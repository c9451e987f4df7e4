/// Boundaries at spaces, in scripts that end sentences with one (Thai, Lao).
extension BoundaryRefiner {
  /// Adds boundaries at spaces between words of a script that ends sentences with a space.
  func addSpaceBoundaries(_ s: TextScanner, to boundaries: inout [Int]) {
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
