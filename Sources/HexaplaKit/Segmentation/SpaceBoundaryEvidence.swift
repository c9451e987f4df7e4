/// What a language's own segmenter says about the boundaries between sentences of a text cut
/// at every space that may end a sentence (Thai, Lao: see
/// `SegmentationRules.cutsAtEveryLikelySpace`), as costs for the aligner.
///
/// Such a text is cut too often on purpose, so that a translation decides which spaces end
/// sentences. Length and anchors alone cannot tell two neighbouring spaces apart, though: a
/// bead boundary one word off (`…อยู่ | แล้ว…` for `…อยู่แล้ว | …`) costs them almost nothing.
/// The scored cuts of the same rules (`BoundaryRefiner`'s choice by the words around each space
/// and the sentence lengths) do tell them apart, and enter as a cost on each boundary: a bead
/// holding the sentences on both sides of a space the scored rules cut at pays `keptCutCost`,
/// one holding both sides of a space they join gains `joinedSpaceGain`. A translation outweighs
/// them wherever its lengths or anchors speak clearly.
public enum SpaceBoundaryEvidence {
  /// The cost, in nats, of a bead across a boundary the scored rules keep: small, since they
  /// are right about two times in three there and the aligner's length term already favours
  /// sentences of translation length.
  static let keptCutCost = 0.3
  /// The gain, in nats, of a bead across a boundary the scored rules do not cut: most such
  /// spaces separate clauses, names or list items of one sentence.
  static let joinedSpaceGain = 1.0

  /// Per sentence s, the cost of a bead holding sentences s - 1 and s (entry 0 unused; 0 across
  /// paragraphs, which the aligner weighs by itself), or nil when `language` does not end
  /// sentences with a space or no paragraph has two sentences.
  /// - Complexity: O(*n*) in the length of the sentences' text.
  public static func joinCosts(of sentences: [Sentence], language: LanguageTag) -> [Double]? {
    // The languages whose rules cut at spaces (`SegmentationRules.spaceEndsSentence`), read
    // from the same data without building the rules twice.
    guard sentences.count >= 2, BuiltInRuleData.spaceSeparatedSentenceLanguages.contains(language.language) else {
      return nil
    }
    // The paragraphs' sentences joined by one space, paragraphs apart by a blank line, and the
    // UTF-8 offset of each sentence that follows another of its paragraph.
    var text = ""
    var starts: [(sentence: Int, offset: Int)] = []
    var offset = 0
    for (s, sentence) in sentences.enumerated() {
      let piece = sentence.singleLineText
      if s > 0 {
        let separator = sentences[s - 1].paragraph == sentence.paragraph ? " " : "\n\n"
        text += separator
        offset += separator.utf8.count
        if separator == " " { starts.append((s, offset)) }
      }
      text += piece
      offset += piece.utf8.count
    }
    guard !starts.isEmpty,
      let scored = try? Segmenter(language: language, paragraphMode: .blank).segment(text)
    else { return nil }
    let cuts = Set(scored.map(\.range.lowerBound))
    var costs = [Double](repeating: 0, count: sentences.count)
    for (s, offset) in starts { costs[s] = cuts.contains(offset) ? keptCutCost : -joinedSpaceGain }
    return costs
  }
}
