/// Somewhere exported units go: a TMX, TSV, Moses or JSON-lines writer.
public protocol UnitExporter: AnyObject {
  /// Writes one unit (already filtered to the selected languages).
  /// - Throws: `HexaplaError.outputNotWritable`.
  func write(_ unit: TMXUnit) throws
  /// Finishes every output (moving files into place).
  /// - Throws: `HexaplaError.outputNotWritable`.
  func finish() throws
}

/// TMX export: a `TMXWriter` as an exporter.
public final class TMXExporter: UnitExporter {
  /// The writer (for its warnings and counts).
  public let writer: TMXWriter

  public init(writer: TMXWriter) { self.writer = writer }

  public func write(_ unit: TMXUnit) throws { try writer.write(unit) }

  public func finish() throws { try writer.finish() }
}
