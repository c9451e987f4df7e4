import Foundation

/// Decides whether a unit's text matches a `--grep` pattern in any of its languages.
///
/// Matching is case-insensitive and Unicode-aware (ICU regular expressions through
/// `NSRegularExpression`); text and pattern are compared in NFC, so a decomposed `é` in the
/// file matches a composed one in the pattern.
public struct UnitMatcher {
  private let expression: NSRegularExpression

  /// Compiles `pattern`, a regular expression, or a literal substring when `literal` is true.
  /// - Throws: `HexaplaError.inconsistentInput` for an invalid regular expression.
  public init(pattern: String, literal: Bool = false) throws {
    let normalized = UnicodeNormalizer.normalize(pattern, to: .nfc)
    let source = literal ? NSRegularExpression.escapedPattern(for: normalized) : normalized
    do {
      expression = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
    } catch {
      throw HexaplaError.inconsistentInput(
        message: "invalid --grep pattern '\(pattern)': not a valid regular expression")
    }
  }

  /// Whether any variant of `unit` contains a match.
  public func matches(_ unit: InspectedUnit) -> Bool {
    unit.variants.contains { variant in
      let text = UnicodeNormalizer.normalize(variant.text, to: .nfc)
      return expression.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
    }
  }
}
