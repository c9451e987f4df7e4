import Foundation

/// A TMX file opened for review: its header, its units, its languages and, when it is UTF-8,
/// the bytes around and of every unit, so that saving writes what was not edited byte for byte.
public struct ReviewDocument: Sendable {
  /// Where the bytes of a UTF-8 file lie: everything up to the end of the `<body>` start tag,
  /// then per unit the bytes before it (white space, comments) and its own, then the rest.
  struct Layout: Sendable {
    var bytes: [UInt8]
    var prologue: Range<Int>
    var leading: [Range<Int>]
    var spans: [Range<Int>]
    var epilogue: Range<Int>
  }

  /// The file read.
  public let path: String
  /// Its header.
  public let header: TMXHeader
  /// Its units, in order, as read (inline markup kept).
  public let units: [TMXUnit]
  /// The languages with text, in order of first appearance: the order of `x-bead` counts.
  public let languages: [LanguageTag]
  /// Whether the file records Hexapla's evidence (`x-score` or `x-bead`) on any unit.
  public let hasEvidence: Bool
  /// Nil when the file is not UTF-8 (it is then written again as UTF-8, unit by unit).
  let layout: Layout?

  /// Reads `path` whole.
  /// - Throws: `HexaplaError.fileNotReadable`, `.invalidEncoding`, `.malformedTMX`.
  public init(
    path: String, maxSegmentBytes: Int = TMXReader.defaultMaxSegmentBytes,
    onWarning: @escaping (String) -> Void = { _ in }
  ) throws {
    let reader = try TMXReader(path: path, inlineMarkup: .keep, maxSegmentBytes: maxSegmentBytes, onWarning: onWarning)
    var units: [TMXUnit] = []
    var spans: [Range<Int>] = []
    var languages: [LanguageTag] = []
    var hasEvidence = false
    while let unit = try reader.next() {
      units.append(unit)
      spans.append(reader.unitSpan)
      for variant in unit.variants where !languages.contains(variant.language) { languages.append(variant.language) }
      if unit.prop(TMXUnit.PropertyType.score) != nil || unit.prop(TMXUnit.PropertyType.bead) != nil {
        hasEvidence = true
      }
    }
    self.path = path
    self.header = reader.header
    self.units = units
    self.languages = languages
    self.hasEvidence = hasEvidence
    guard reader.offsetsAreFileBytes, let data = FileManager.default.contents(atPath: path) else {
      onWarning(
        "\(path): the file is not UTF-8: saving writes every unit again as UTF-8 TMX, not byte for byte as read")
      layout = nil
      return
    }
    let bytes = [UInt8](data)
    let bodyStart = min(reader.bodyContentStart, bytes.count)
    var leading: [Range<Int>] = []
    var previousEnd = bodyStart
    for span in spans {
      leading.append(previousEnd..<max(previousEnd, span.lowerBound))
      previousEnd = span.upperBound
    }
    layout = Layout(
      bytes: bytes, prologue: 0..<bodyStart, leading: leading, spans: spans,
      epilogue: min(previousEnd, bytes.count)..<bytes.count)
  }

  /// A document over units in memory, written with `TMXWriter` (tests).
  public init(path: String, header: TMXHeader, units: [TMXUnit]) {
    self.path = path
    self.header = header
    self.units = units
    var languages: [LanguageTag] = []
    for unit in units {
      for variant in unit.variants where !languages.contains(variant.language) { languages.append(variant.language) }
    }
    self.languages = languages
    self.hasEvidence = units.contains {
      $0.prop(TMXUnit.PropertyType.score) != nil || $0.prop(TMXUnit.PropertyType.bead) != nil
    }
    layout = nil
  }

  /// The bytes of original unit `index` as read, when the file is UTF-8.
  func originalBytes(of index: Int) -> ArraySlice<UInt8>? {
    guard let layout, index < layout.spans.count else { return nil }
    return layout.bytes[layout.spans[index]]
  }
}
