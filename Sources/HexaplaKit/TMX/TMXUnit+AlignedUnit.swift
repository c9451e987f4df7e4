/// How aligned units become TMX units, and the property types Hexapla writes.
extension TMXUnit {
  /// Property types Hexapla writes on each unit (documented in README.md).
  public enum PropertyType {
    /// Alignment score in [0, 1], four decimals (`0.8731`).
    public static let score = "x-score"
    /// Bead type: sentences per edition joined by `-` (`2-1`).
    public static let bead = "x-bead"
    /// The document (article) the unit came from.
    public static let document = "x-document"
    /// Anchors shared by the sides, joined by ` | `; `|` and `\` inside an anchor are escaped
    /// with a backslash.
    public static let anchors = "x-anchors"
    /// On a kept boilerplate line, its kind (`language menu`, `byline`...).
    public static let boilerplate = "x-boilerplate"
    /// Prefix of the per-language sentence indices, `x-sentences-en` = `3,4` (0-based).
    public static let sentencesPrefix = "x-sentences-"
  }

  /// The TMX unit for an aligned unit: props `x-score`, `x-bead`, `x-document` (when known),
  /// `x-anchors` (when any) and `x-sentences-LANG` per language, then one variant per language
  /// that has text in the unit (a language with no sentences is left out); `x-boilerplate` on
  /// a kept boilerplate line.
  ///
  /// - Returns: nil when fewer than two languages have text and `keepUnpaired` is false, or
  ///   when no language has text at all.
  public init?(aligned unit: AlignedUnit, tuid: String?, keepUnpaired: Bool = false) {
    var variants: [Variant] = []
    var sentenceProps: [TMXProperty] = []
    for variant in unit.variants where !variant.sentences.isEmpty {
      let text = variant.text.trimmingWhitespace()
      guard !text.isEmpty else { continue }
      variants.append(Variant(language: variant.language, segment: text))
      sentenceProps.append(
        TMXProperty(
          type: PropertyType.sentencesPrefix + variant.language.description,
          value: variant.sentenceIndices.map(String.init).joined(separator: ",")))
    }
    guard !variants.isEmpty, variants.count >= 2 || keepUnpaired else { return nil }
    var props = [
      TMXProperty(type: PropertyType.score, value: Self.formatScore(unit.score)),
      TMXProperty(type: PropertyType.bead, value: unit.beadType),
    ]
    if let document = unit.document, !document.isEmpty {
      props.append(TMXProperty(type: PropertyType.document, value: document))
    }
    if let kind = unit.boilerplate {
      props.append(TMXProperty(type: PropertyType.boilerplate, value: kind.rawValue))
    }
    if !unit.anchors.isEmpty {
      props.append(TMXProperty(type: PropertyType.anchors, value: Self.joinAnchors(unit.anchors)))
    }
    props += sentenceProps
    self.init(tuid: tuid, props: props, variants: variants)
  }

  /// A score with exactly four decimals, rounded half away from zero; deterministic and
  /// independent of locale (`0.5` → `0.5000`). Non-finite scores are written as `0.0000`.
  public static func formatScore(_ score: Double) -> String { score.fixedDecimals(4) }

  /// Anchors joined by ` | `, with `\` and `|` escaped by a backslash.
  public static func joinAnchors(_ anchors: [String]) -> String {
    anchors.map { anchor in
      var escaped = ""
      for character in anchor {
        if character == "\\" || character == "|" { escaped.append("\\") }
        escaped.append(character)
      }
      return escaped
    }.joined(separator: " | ")
  }

  /// The anchors of an `x-anchors` value (the inverse of `joinAnchors`).
  public static func splitAnchors(_ value: String) -> [String] {
    guard !value.isEmpty else { return [] }
    var anchors: [String] = []
    var current = ""
    var escaping = false
    for character in value {
      if escaping {
        current.append(character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else if character == "|" {
        anchors.append(current.trimmingWhitespace())
        current = ""
      } else {
        current.append(character)
      }
    }
    anchors.append(current.trimmingWhitespace())
    return anchors
  }
}
