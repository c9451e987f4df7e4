/// Writes N-language units as TMX or as a table of one row per unit and one column per
/// language (the shape of the PUD gold files; every unit is a row).
public enum UnitTableWriter {
  /// Writes `units` as TMX 1.4 with a pinned creation date. Units are numbered (`tuid`) in
  /// alignment order, so a unit keeps its number whether or not unpaired units are written.
  /// - Parameters:
  ///   - sourceLanguage: the header's `srclang` (the pivot); nil writes `*all*`, and so does a
  ///     written unit without text in that language (TMX requires `srclang` in every unit).
  ///   - keepUnpaired: also write units with text in one language only.
  /// - Throws: `HexaplaError.outputNotWritable`.
  public static func writeTMX(
    _ units: [AlignedUnit], to sink: TextSink, sourceLanguage: LanguageTag?, creationDate: String,
    keepUnpaired: Bool = false, onWarning: @escaping (String) -> Void = { _ in }
  ) throws {
    let tmxUnits = units.enumerated().compactMap { number, unit in
      TMXUnit(aligned: unit, tuid: String(number + 1), keepUnpaired: keepUnpaired)
    }
    var headerLanguage = sourceLanguage
    if let language = sourceLanguage,
      tmxUnits.contains(where: { unit in !unit.variants.contains { $0.language == language } })
    {
      headerLanguage = nil
    }
    let writer = TMXWriter(
      sink: sink, header: .hexapla(sourceLanguage: headerLanguage, creationDate: creationDate),
      options: TMXWriter.Options(keepUnpaired: keepUnpaired), onWarning: onWarning)
    for unit in tmxUnits { try writer.write(unit) }
    try writer.finish()
  }

  /// Writes a header row of `languages` and one row per unit (cells joined on one line; TAB
  /// and line breaks become spaces; an empty cell where a language has no text).
  /// - Throws: `HexaplaError.outputNotWritable`.
  public static func writeTSV(_ units: [AlignedUnit], languages: [LanguageTag], to sink: TextSink) throws {
    try sink.write(languages.map(\.description).joined(separator: "\t") + "\n")
    for unit in units {
      let cells = languages.map { language in
        let text = unit.variants.first { $0.language == language }?.text ?? ""
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
      }
      try sink.write(cells.joined(separator: "\t") + "\n")
    }
    try sink.finish()
  }
}
