extension InspectedUnit {
  /// The unit for a TMX unit at position `number` (1-based): languages as written, Hexapla's
  /// props (`x-bead`, `x-score`, `x-anchors`, `x-document`, `x-sentences-LANG`) when present.
  public init(_ unit: TMXUnit, number: Int) {
    self.init(
      number: number, identifier: unit.tuid, props: unit.props.map { ($0.type, $0.value) },
      variants: unit.variants.map { ($0.language.description, $0.segment) })
  }
}

extension AlignmentInspector {
  /// An inspector over a TMX file, read with `TMXReader` (streaming) each time it is needed.
  /// - Parameters:
  ///   - maxSegmentBytes: the longest segment, note, prop or attribute value accepted.
  ///   - onWarning: called with the reader's warnings (`file:line:column: message`), only
  ///     during the first pass over the file.
  public init(
    path: String, maxSegmentBytes: Int = TMXReader.defaultMaxSegmentBytes,
    onWarning: @escaping (String) -> Void = { _ in }
  ) {
    let passes = PassCounter()
    self.init(
      open: {
        passes.count += 1
        let warn = passes.count == 1 ? onWarning : { _ in }
        let reader = try TMXReader(
          path: path, inlineMarkup: .flatten, maxSegmentBytes: maxSegmentBytes, onWarning: warn)
        var number = 0
        return {
          guard let unit = try reader.next() else { return nil }
          number += 1
          return InspectedUnit(unit, number: number)
        }
      }, onWarning: onWarning)
  }
}

/// Counts how often a file has been opened, so warnings are reported once.
private final class PassCounter {
  var count = 0
}
