extension MultiAligner {
  /// A multi-aligner whose pairwise alignments come from Hexapla's `Aligner`.
  public init(aligner: Aligner, pivotLanguage: LanguageTag? = nil, parallel: Bool = true) {
    self.init(pivotLanguage: pivotLanguage, parallel: parallel) {
      pivot, pivotLanguage, other, otherLanguage, pivotBoundaryCosts in
      try aligner.align(
        source: pivot, sourceLanguage: pivotLanguage, target: other, targetLanguage: otherLanguage,
        sourceBoundaryCosts: pivotBoundaryCosts
      )
      .beads.map { PivotLink(pivot: $0.source, other: $0.target, score: $0.score, anchors: $0.anchors) }
    }
  }
}
