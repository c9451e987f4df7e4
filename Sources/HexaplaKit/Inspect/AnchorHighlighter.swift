import Foundation

/// Finds where a unit's anchors (`x-anchors`: numbers, names, URLs…) occur in a segment.
///
/// Anchors are written in a normalised display form, so the match is lenient: case-insensitive,
/// and a number matches however its digits are grouped (`1000` finds `1,000` and `1 000`).
public struct AnchorHighlighter {
  private let expressions: [NSRegularExpression]

  /// Prepares the patterns for `anchors`.
  public init(anchors: [String]) {
    expressions = anchors.compactMap { anchor in
      let pattern: String
      if anchor.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal || ",.".unicodeScalars.contains($0) }
      ),
        anchor.unicodeScalars.contains(where: { $0.properties.numericType == .decimal })
      {
        // Digits with any grouping or decimal separator between them, not inside a longer number.
        let digits = anchor.unicodeScalars.filter { $0.properties.numericType == .decimal }
        let body = digits.map { NSRegularExpression.escapedPattern(for: String($0)) }
          .joined(separator: "[,.'\\s\\u00A0\\u202F]?")
        pattern = "(?<!\\d)" + body + "(?!\\d)"
      } else {
        // Not inside a longer word: no letter of the same script right before or after
        // (`Moab` is not highlighted in `Moabitish`). Scripts written without spaces (Han,
        // Kana, Thai...) get no such rule.
        var body = NSRegularExpression.escapedPattern(for: anchor)
        if let first = anchor.unicodeScalars.first, let script = Self.wordScript(first) {
          body = "(?<![\\p{sc=\(script)}\\p{M}])" + body
        }
        if let last = anchor.unicodeScalars.last, let script = Self.wordScript(last) {
          body += "(?![\\p{sc=\(script)}\\p{M}])"
        }
        pattern = body
      }
      return try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }
  }

  /// The ISO 15924 code of a letter's script when words of that script are separated by
  /// spaces, else nil.
  static func wordScript(_ scalar: Unicode.Scalar) -> String? {
    guard scalar.properties.isAlphabetic else { return nil }
    let script = UnicodeProperties.scriptCode(scalar)
    let unspaced: Set<String> = [
      "Hani", "Hira", "Kana", "Thai", "Laoo", "Khmr", "Mymr", "Tibt", "Zyyy", "Zinh", "Zzzz",
    ]
    return unspaced.contains(script) ? nil : script
  }

  /// The non-overlapping ranges of `text` where an anchor occurs, in order.
  /// - Complexity: O(anchors × length of text).
  public func ranges(in text: String) -> [Range<String.Index>] {
    let whole = NSRange(text.startIndex..<text.endIndex, in: text)
    var found: [Range<String.Index>] = []
    for expression in expressions {
      for match in expression.matches(in: text, range: whole) where match.range.length > 0 {
        if let range = Range(match.range, in: text) { found.append(range) }
      }
    }
    found.sort { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound > $1.upperBound }
    var merged: [Range<String.Index>] = []
    for range in found {
      if let last = merged.last, range.lowerBound < last.upperBound {
        if range.upperBound > last.upperBound { merged[merged.count - 1] = last.lowerBound..<range.upperBound }
      } else {
        merged.append(range)
      }
    }
    return merged
  }
}
