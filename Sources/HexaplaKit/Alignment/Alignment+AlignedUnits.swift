extension Alignment {
  /// The beads as aligned units of two languages, for TMX, export and inspection.
  /// - Parameters:
  ///   - source, target: the sentences the alignment indexes.
  ///   - document: the document name stored in every unit.
  public func units(
    source: [Sentence], sourceLanguage: LanguageTag, target: [Sentence], targetLanguage: LanguageTag,
    document: String? = nil
  ) -> [AlignedUnit] {
    beads.map { bead in
      AlignedUnit(
        variants: [
          AlignedUnit.Variant(
            language: sourceLanguage, sentences: bead.source.map { source[$0] },
            sentenceIndices: Array(bead.source)),
          AlignedUnit.Variant(
            language: targetLanguage, sentences: bead.target.map { target[$0] },
            sentenceIndices: Array(bead.target)),
        ],
        score: bead.score, beadType: bead.typeName, anchors: bead.anchors, document: document)
    }
  }
}
