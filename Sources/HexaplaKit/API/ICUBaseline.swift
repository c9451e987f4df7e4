/// Plain ICU, with nothing of Hexapla's on top: the baseline that benchmarks measure
/// Hexapla's own stages against.
public enum ICUBaseline {
  /// The number of sentence boundaries ICU's BreakIterator finds in `text`, run over the
  /// whole text at once.
  public static func sentenceBoundaryCount(in text: String, language: LanguageTag) throws -> Int {
    let iterator = try ICUBreakIterator(.sentence, locale: language.icuLocale)
    let units = text.utf16Units()
    return try units.withUnsafeBufferPointer { buffer in
      try iterator.withBoundaries(of: buffer) { boundaries, _ in boundaries.count }
    }
  }
}
