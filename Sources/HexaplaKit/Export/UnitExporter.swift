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

extension String {
  /// The text on one line and without tabs: every TAB, CR, LF, NEL, LS or PS becomes a space,
  /// so a cell or line of a line-based format stays one cell or line.
  func flattenedForLines() -> String {
    guard utf8.contains(where: { $0 < 0x20 || $0 == 0xC2 || $0 == 0xE2 }) else { return self }
    var result = ""
    result.unicodeScalars.reserveCapacity(unicodeScalars.count)
    for scalar in unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: result.unicodeScalars.append(" ")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
