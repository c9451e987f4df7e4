/// Paragraphs that correspond once a paragraph of one text is joined to its neighbour.
extension Aligner {
  /// The most sentences (both sides) for which `paragraphJoins` tries its candidates: one
  /// search each, cheap for an article, not for a book.
  static let paragraphJoinSentenceLimit = 4000

  /// When one text has one paragraph more than the other (a paragraph the translator left out,
  /// or one they split in two), the ways of joining two neighbouring paragraphs of the longer
  /// text after which the paragraphs correspond (`BeadCostModel.paragraphsCorrespond`): each
  /// as both texts' paragraph numbers, the joined paragraph's sentences numbered as the one
  /// before. Nil when the counts differ otherwise, a text has no paragraphs, the texts are
  /// larger than `paragraphJoinSentenceLimit` sentences, or no join makes them correspond.
  ///
  /// A paragraph left out is joined to a neighbour so that the paragraphs around it keep their
  /// ranks: pairing its sentences with another paragraph's is what the ranks make costly, not
  /// leaving them without counterpart.
  /// - Complexity: O(*p* · *n*) for *p* paragraphs and *n* sentences (then a search per candidate).
  static func paragraphJoins(
    source: [Int]?, target: [Int]?, sourceLengths: [Int], targetLengths: [Int]
  ) -> [(source: [Int]?, target: [Int]?)]? {
    guard let source, let target, source.count == sourceLengths.count, target.count == targetLengths.count,
      source.count + target.count <= paragraphJoinSentenceLimit
    else { return nil }
    let starts = BeadCostModel.paragraphStarts
    let sourceCount = starts(source).count(where: { $0 })
    let targetCount = starts(target).count(where: { $0 })
    guard abs(sourceCount - targetCount) == 1, min(sourceCount, targetCount) >= 2 else { return nil }
    let longerIsSource = sourceCount > targetCount
    let longer = longerIsSource ? source : target
    // Where each paragraph of the longer text after the first starts.
    let longerStarts = starts(longer)
    let startIndices = longer.indices.filter { $0 > 0 && longerStarts[$0] }
    var candidates: [(source: [Int]?, target: [Int]?)] = []
    for (k, start) in startIndices.enumerated() {
      // Join the paragraph starting at `start` to the one before it.
      var joined = longer
      let end = k + 1 < startIndices.count ? startIndices[k + 1] : longer.count
      for i in start..<end { joined[i] = longer[start - 1] }
      let (newSource, newTarget) = longerIsSource ? (joined, target) : (source, joined)
      if BeadCostModel.paragraphsCorrespond(
        sourceStarts: starts(newSource), sourceLengths: sourceLengths, targetStarts: starts(newTarget),
        targetLengths: targetLengths)
      {
        candidates.append((newSource, newTarget))
      }
    }
    return candidates.isEmpty ? nil : candidates
  }
}
