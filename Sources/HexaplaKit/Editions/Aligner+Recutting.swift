extension Aligner {
  /// Aligns two segmented texts, then re-cuts a side where the other shows that its
  /// segmentation guessed wrong, and aligns again when anything changed (see `GuidedSegmenter`):
  /// - a side in a language that ends sentences with a space (Thai, Lao, Khmer), when the
  ///   other does not, at its sentence-like boundaries;
  /// - any other side only where its segmenter guessed (`GuidedSegmenter.cutsOnlyAtGuessedFullStops`:
  ///   `в 1916 г. Самым`, `lat 70. Lubię`, `durchgeführt Das wird`).
  ///
  /// A guide that ends sentences with a space re-cuts nothing: its own boundaries are guesses.
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
    func segmenter(_ language: LanguageTag, guide: LanguageTag) -> GuidedSegmenter? {
      // A guide whose own boundaries are guesses at spaces cannot correct this side's.
      if guide.endsSentencesWithSpace { return nil }
      return GuidedSegmenter(language: language, guideLanguage: guide, alignerOptions: options)
    }
    let originalTarget = target
    var changed = false
    if let segmenter = segmenter(targetLanguage, guide: sourceLanguage) {
      let recut = segmenter.refine(target, text: targetText, guide: source, beads: alignment.beads)
      if recut != target {
        target = recut
        changed = true
      }
    }
    if let segmenter = segmenter(sourceLanguage, guide: targetLanguage) {
      let swapped = alignment.beads.map { Bead(source: $0.target, target: $0.source, score: $0.score, anchors: $0.anchors) }
      let recut = segmenter.refine(source, text: sourceText, guide: originalTarget, beads: swapped)
      if recut != source {
        source = recut
        changed = true
      }
    }
    guard changed else { return alignment }
    return try align(source: source, sourceLanguage: sourceLanguage, target: target, targetLanguage: targetLanguage)
  }
}
