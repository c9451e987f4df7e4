extension Aligner {
  /// Aligns two segmented texts. When exactly one of the languages ends sentences with a space
  /// (Thai, Lao, Khmer), whose segmentation is the least certain, that side is re-cut with the
  /// other as its guide (see `GuidedSegmenter`) and the two are aligned again.
  /// - Parameters:
  ///   - source, target: the sentences, replaced by the re-cut ones where a side was re-cut.
  ///   - sourceText, targetText: the texts the sentences' byte ranges point into.
  /// - Throws: as `align(source:sourceLanguage:target:targetLanguage:)`.
  /// - Complexity: one or two alignments (see `BandedBeadSearch`).
  public func alignRecutting(
    source: inout [Sentence], sourceText: String, sourceLanguage: LanguageTag,
    target: inout [Sentence], targetText: String, targetLanguage: LanguageTag
  ) throws -> Alignment {
    let alignment = try align(source: source, sourceLanguage: sourceLanguage, target: target, targetLanguage: targetLanguage)
    guard sourceLanguage.endsSentencesWithSpace != targetLanguage.endsSentencesWithSpace else { return alignment }
    if targetLanguage.endsSentencesWithSpace {
      let recut = GuidedSegmenter(language: targetLanguage, guideLanguage: sourceLanguage, alignerOptions: options)
        .refine(target, text: targetText, guide: source, beads: alignment.beads)
      guard recut != target else { return alignment }
      target = recut
    } else {
      let swapped = alignment.beads.map { Bead(source: $0.target, target: $0.source, score: $0.score, anchors: $0.anchors) }
      let recut = GuidedSegmenter(language: sourceLanguage, guideLanguage: targetLanguage, alignerOptions: options)
        .refine(source, text: sourceText, guide: target, beads: swapped)
      guard recut != source else { return alignment }
      source = recut
    }
    return try align(source: source, sourceLanguage: sourceLanguage, target: target, targetLanguage: targetLanguage)
  }
}
