/// Tab-separated values: a header row of language tags, then one row per unit with one
/// column per language. TAB, CR, LF and other line separators in a segment become spaces.
public final class TSVExporter: UnitExporter {
  private let sink: TextSink
  private let languages: [LanguageTag]
  private var wroteHeader = false
  /// The row being written (its storage is reused from row to row).
  private var line = ""

  /// - Parameter languages: the columns, in order.
  public init(sink: TextSink, languages: [LanguageTag]) {
    self.sink = sink
    self.languages = languages
  }

  public func write(_ unit: TMXUnit) throws {
    try writeHeader()
    line.removeAll(keepingCapacity: true)
    for (i, language) in languages.enumerated() {
      if i > 0 { line += "\t" }
      if let segment = unit.segment(in: language) {
        line += segment.onOneLine(replacingTabs: true, collapsingBreaks: false)
      }
    }
    line += "\n"
    try sink.write(line)
  }

  public func finish() throws {
    try writeHeader()
    try sink.finish()
  }

  public var isDiscardable: Bool { sink.isDiscardable }

  public func discard() { sink.discard() }

  private func writeHeader() throws {
    guard !wroteHeader else { return }
    wroteHeader = true
    try sink.write(languages.map(\.description).joined(separator: "\t") + "\n")
  }
}
