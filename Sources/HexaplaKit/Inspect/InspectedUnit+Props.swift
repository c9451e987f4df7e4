extension InspectedUnit {
  /// Builds a unit from a TMX unit's parts: its ordered `(type, value)` props and its
  /// `(language, segment)` variants. Unknown props are ignored; malformed Hexapla props
  /// (a score that is not a number) are treated as absent.
  public init(
    number: Int, identifier: String?, props: [(type: String, value: String)],
    variants: [(language: String, segment: String)]
  ) {
    var beadType: String?
    var score: Double?
    var anchors: [String] = []
    var document: String?
    var sentenceCounts: [String: Int] = [:]
    for (type, value) in props {
      switch type {
      case TMXUnit.PropertyType.score: score = Double(value.trimmingBlanks()).flatMap { $0.isFinite ? $0 : nil }
      case TMXUnit.PropertyType.bead: beadType = value.trimmingBlanks()
      case TMXUnit.PropertyType.anchors: anchors = Self.parseAnchors(value)
      case TMXUnit.PropertyType.document: document = value
      default:
        // `x-sentences-en` = `3,4`: the unit's 0-based sentence indices in that edition.
        let prefix = TMXUnit.PropertyType.sentencesPrefix
        if type.hasPrefix(prefix) {
          let indices = value.split(separator: ",").compactMap { Int($0.trimmingBlanks()) }
          sentenceCounts[String(type.dropFirst(prefix.count))] = indices.count
        }
      }
    }
    self.init(
      number: number, identifier: identifier,
      variants: variants.map { Variant(language: $0.language, text: $0.segment) },
      beadType: beadType?.isEmpty == true ? nil : beadType, score: score, anchors: anchors,
      document: document, sentenceCounts: sentenceCounts)
  }

  /// Splits an `x-anchors` value into anchors (` | `-separated, backslash escapes), as
  /// `TMXUnit.splitAnchors` does, without empty ones.
  static func parseAnchors(_ value: String) -> [String] {
    TMXUnit.splitAnchors(value).filter { !$0.isEmpty }
  }
}

extension StringProtocol {
  /// The string without leading and trailing blanks (space, tab, line breaks).
  fileprivate func trimmingBlanks() -> String {
    let set: Set<Character> = [" ", "\t", "\n", "\r"]
    var slice = self[...]
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
