/// Moses-style parallel text: one file per language, line N of each file from unit N.
/// Line separators and tabs in a segment become spaces so the files stay line-parallel.
public final class MosesExporter: UnitExporter {
  private let sinks: [(LanguageTag, TextSink)]

  /// - Parameter sinks: one output per language, in column order.
  public init(sinks: [(LanguageTag, TextSink)]) {
    self.sinks = sinks
  }

  /// The path of the file for `language` given a prefix: `PREFIX.en`.
  public static func path(prefix: String, language: LanguageTag) -> String {
    "\(prefix).\(language)"
  }

  public func write(_ unit: TMXUnit) throws {
    for (language, sink) in sinks {
      try sink.write((unit.segment(in: language) ?? "").onOneLine(replacingTabs: true, collapsingBreaks: false) + "\n")
    }
  }

  public func finish() throws {
    for (_, sink) in sinks { try sink.finish() }
  }

  public var isDiscardable: Bool { sinks.allSatisfy { $0.1.isDiscardable } }

  public func discard() {
    for (_, sink) in sinks { sink.discard() }
  }
}
