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
      if anchor.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal || ",.".unicodeScalars.contains($0) }),
        anchor.unicodeScalars.contains(where: { $0.properties.numericType == .decimal })
      {
        // Digits with any grouping or decimal separator between them, not inside a longer number.
        let digits = anchor.unicodeScalars.filter { $0.properties.numericType == .decimal }
        let body = digits.map { NSRegularExpression.escapedPattern(for: String($0)) }
          .joined(separator: "[,.'\\s\\u00A0\\u202F]?")
        pattern = "(?<!\\d)" + body + "(?!\\d)"
      } else {
        pattern = NSRegularExpression.escapedPattern(for: anchor)
      }
      return try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }
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
