/// Writes the units of an alignment in one of `align`'s formats; every format holds the same
/// units, numbered 1…N in file order.
public struct AlignmentWriter: Sendable {
  /// The output formats.
  public enum Format: String, CaseIterable, Sendable {
    /// TMX 1.4b, each unit's evidence as `<prop>`s.
    case tmx
    /// A header row of language tags, then one row per unit and one column per language.
    case tsv
    /// One JSON object per unit, the schema of `hexapla export --format jsonl`.
    case jsonl
    /// Two editions only: one bead per line, `[i, j]:[k]:score` (0-based sentence indices of
    /// the first and second language, `[]` for an empty side).
    case beads
  }

  /// The format.
  public var format: Format
  /// The languages, in column order; the first is the source (the pivot).
  public var languages: [LanguageTag]
  /// The TMX creation date (`YYYYMMDDThhmmssZ`).
  public var creationDate: String
  /// Receives the TMX writer's warnings.
  public var onWarning: @Sendable (String) -> Void

  public init(
    format: Format, languages: [LanguageTag], creationDate: String,
    onWarning: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.format = format
    self.languages = languages
    self.creationDate = creationDate
    self.onWarning = onWarning
  }

  /// Writes `units` (already chosen, see `EditionAlignment.writtenUnits`) and closes the sink.
  /// - Returns: the number of units written.
  /// - Throws: `HexaplaError.outputNotWritable`; `.inconsistentInput` for beads of other than
  ///   two languages.
  @discardableResult
  public func write(_ units: [AlignedUnit], to sink: TextSink) throws -> Int {
    // The units as TMX units, for every format but beads: made one at a time as they are
    // written (at a million units, all of them at once held about 400 MB).
    let tmxUnits = units.enumerated().lazy.compactMap { number, unit in
      TMXUnit(aligned: unit, tuid: String(number + 1), keepUnpaired: true)
    }
    switch format {
    case .beads:
      guard languages.count == 2 else {
        throw HexaplaError.inconsistentInput(
          message: "beads are for two editions; with \(languages.count) use tmx, tsv or jsonl")
      }
      for unit in units {
        let sides = languages.map { language in
          unit.variants.first { $0.language == language }?.sentenceIndices ?? []
        }
        let notation = sides.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" }.joined(separator: ":")
        try sink.write("\(notation):\(TMXUnit.formatScore(min(1, max(0, unit.score))))\n")
      }
      try sink.finish()
    case .tsv:
      try Self.export(tmxUnits, to: TSVExporter(sink: sink, languages: languages))
    case .jsonl:
      try Self.export(tmxUnits, to: JSONLExporter(sink: sink))
    case .tmx:
      var source: LanguageTag? = languages.first
      if let language = source, units.contains(where: { Self.lacksText(in: language, $0) }) {
        source = nil  // a unit without the pivot: every language may be the source
      }
      let writer = TMXWriter(
        sink: sink, header: .hexapla(sourceLanguage: source, creationDate: creationDate),
        options: TMXWriter.Options(keepUnpaired: true), onWarning: onWarning)
      try Self.export(tmxUnits, to: TMXExporter(writer: writer))
    }
    return units.count
  }

  private static func export(_ units: some Sequence<TMXUnit>, to exporter: UnitExporter) throws {
    for unit in units { try exporter.write(unit) }
    try exporter.finish()
  }

  /// Whether the TMX unit of `unit` (`TMXUnit(aligned:tuid:keepUnpaired:)`, keeping unpaired
  /// units) exists and has no variant in `language`: some variant has text, none of `language`
  /// does. No text is made: a variant's text (`AlignedUnit.Variant.text`, trimmed) is empty
  /// unless one of its sentences holds a scalar that is not white space (putting the
  /// sentences on one line replaces only white space, and joins them with a space or nothing).
  static func lacksText(in language: LanguageTag, _ unit: AlignedUnit) -> Bool {
    func hasText(_ variant: AlignedUnit.Variant) -> Bool {
      variant.sentences.contains { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
    }
    if unit.variants.contains(where: { $0.language == language && hasText($0) }) { return false }
    return unit.variants.contains { $0.language != language && hasText($0) }
  }
}
