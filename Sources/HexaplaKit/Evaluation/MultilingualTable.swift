/// A multilingual alignment as a table: one row per unit, one cell of text per language (an
/// empty cell when the unit has no text in that language). Gold alignments of several
/// editions come in this shape (PUD's `gold.tsv`: `sent_id<TAB>en<TAB>zh…`), and so does what
/// `hexapla align --format tsv` writes; a TMX file reads into it too.
public struct MultilingualTable: Sendable {
  /// The language column names, in order (other columns, such as `sent_id`, are dropped).
  public var languages: [String]
  /// Per row, one cell per language.
  public var rows: [[String]]

  public init(languages: [String], rows: [[String]]) {
    self.languages = languages
    self.rows = rows
  }

  /// Reads a table from a TSV file (header row of column names; no quoting) or a TMX file
  /// (`.tmx`: one row per unit, each language's segments joined by a space).
  /// - Throws: `HexaplaError.fileNotReadable`, `.malformedLine` naming the line, `.malformedTMX`.
  public static func load(path: String) throws -> MultilingualTable {
    if path.lowercased().hasSuffix(".tmx") { return try loadTMX(path: path) }
    return try parseTSV(TextDecoder.read(path: path), path: path)
  }

  /// Parses TSV text: a header of column names, then one row per unit. Columns whose name is
  /// not a language tag (`sent_id`, `score`) are ignored.
  /// - Throws: `HexaplaError.malformedLine` for a row with more cells than the header.
  public static func parseTSV(_ text: String, path: String) throws -> MultilingualTable {
    var lines = text.lineSlices()
    guard !lines.isEmpty else { throw HexaplaError.emptyInput(path: path) }
    let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    let columns = header.indices.filter { header[$0] != "sent_id" && (try? LanguageTag(header[$0])) != nil }
    guard !columns.isEmpty else {
      throw HexaplaError.malformedLine(
        path: path, line: 1, message: "the header names no language column (expected e.g. 'en<TAB>zh')")
    }
    var rows: [[String]] = []
    for (k, line) in lines.enumerated() where !line.isEmpty {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count <= header.count else {
        throw HexaplaError.malformedLine(
          path: path, line: k + 2, message: "\(cells.count) cells, but the header has \(header.count) columns")
      }
      rows.append(columns.map { $0 < cells.count ? String(cells[$0]) : "" })
    }
    return MultilingualTable(languages: columns.map { header[$0] }, rows: rows)
  }

  private static func loadTMX(path: String) throws -> MultilingualTable {
    var languages: [String] = []
    var units: [[String: String]] = []
    try TMXReader.read(path: path) { unit in
      var cells: [String: String] = [:]
      for variant in unit.variants {
        let language = variant.language.description
        if !languages.contains(language) { languages.append(language) }
        cells[language] = cells[language].map { $0 + " " + variant.segment } ?? variant.segment
      }
      units.append(cells)
    }
    return MultilingualTable(languages: languages, rows: units.map { cells in languages.map { cells[$0] ?? "" } })
  }
}
