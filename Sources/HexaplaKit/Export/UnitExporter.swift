/// Somewhere exported units go: a TMX, TSV, Moses or JSON-lines writer.
public protocol UnitExporter: AnyObject {
  /// Writes one unit (already filtered to the selected languages).
  /// - Throws: `HexaplaError.outputNotWritable`.
  func write(_ unit: TMXUnit) throws
  /// Finishes every output (moving files into place).
  /// - Throws: `HexaplaError.outputNotWritable`.
  func finish() throws
  /// Whether `discard()` takes back everything written (see `TextSink.isDiscardable`); the
  /// default is false.
  var isDiscardable: Bool { get }
  /// Gives up every output (see `TextSink.discard()`); the default does nothing.
  func discard()
}

extension UnitExporter {
  public var isDiscardable: Bool { false }

  public func discard() {}
}

/// TMX export: a `TMXWriter` as an exporter.
public final class TMXExporter: UnitExporter {
  /// The writer (for its warnings and counts).
  public let writer: TMXWriter

  public init(writer: TMXWriter) { self.writer = writer }

  public func write(_ unit: TMXUnit) throws { try writer.write(unit) }

  public func finish() throws { try writer.finish() }
}
