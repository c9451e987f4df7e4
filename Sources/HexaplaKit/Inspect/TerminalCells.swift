/// Terminal display widths and text made safe for a terminal cell.
public enum TerminalCells {
  /// The number of terminal cells `text` takes: per grapheme cluster, the sum of its scalars'
  /// `UnicodeProperties.cellWidth` (East Asian Wide and Fullwidth take 2, combining marks 0),
  /// capped at 2 so emoji sequences and conjoining Hangul count as one wide character.
  /// - Complexity: O(n) in the length of `text`.
  public static func width(of text: some StringProtocol) -> Int {
    // Printable ASCII, the common case, takes one cell a byte.
    if text.utf8.allSatisfy({ 0x20 <= $0 && $0 < 0x7F }) { return text.utf8.count }
    // Summing scalar widths equals summing capped cluster widths unless a cluster can hold
    // two visible scalars (emoji sequences, flags, conjoining Hangul); only then segment.
    var total = 0
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x7F {
        total += value < 0x20 ? 0 : 1
        continue
      }
      if formsWideClusters(value) {
        total = 0
        for character in text { total += width(of: character) }
        return total
      }
      total += UnicodeProperties.cellWidth(scalar)
    }
    return total
  }

  /// The longest prefix of `text` that fits in `cells` terminal cells (whole grapheme clusters).
  /// - Complexity: O(n) in the length of the prefix.
  public static func prefix(of text: String, fitting cells: Int) -> String {
    var result = ""
    var used = 0
    for character in text {
      let w = width(of: character)
      if used + w > cells { break }
      result.append(character)
      used += w
    }
    return result
  }

  /// Scalars that join others into one cluster of more than one visible character: ZWJ,
  /// regional indicators, emoji modifiers and tags, Hangul conjoining jamo.
  private static func formsWideClusters(_ value: UInt32) -> Bool {
    switch value {
    case 0x200D, 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F,
      0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF:
      return true
    default:
      return false
    }
  }

  /// The cells one grapheme cluster takes (0, 1 or 2).
  public static func width(of character: Character) -> Int {
    if character.isASCII {
      guard let value = character.asciiValue else { return 0 }  // "\r\n"
      return value < 0x20 || value == 0x7F ? 0 : 1
    }
    var sum = 0
    for scalar in character.unicodeScalars { sum += UnicodeProperties.cellWidth(scalar) }
    return min(sum, 2)
  }

  /// `text` on one line and safe to print: runs of whitespace (tabs, line breaks) become one
  /// space (no-break spaces are kept), other control characters become U+FFFD, and bidi embedding, override and isolate
  /// controls are removed so a segment cannot reorder the rest of the terminal line.
  public static func displayable(_ text: String) -> String {
    if isDisplayable(text) { return text }
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0x20 || (0x09...0x0D).contains(value) || (value > 0x7F && isBreakingWhitespace(value)) {
        pendingSpace = !result.isEmpty
        continue
      }
      if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { continue }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      if value < 0x20 || (0x7F..<0xA0).contains(value) {
        result.append("\u{FFFD}")
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Non-ASCII White_Space characters other than the no-break spaces (U+00A0, U+2007,
  /// U+202F), which keep their meaning: no line break there. (White_Space is a fixed list.)
  static func isBreakingWhitespace(_ value: UInt32) -> Bool {
    switch value {
    case 0x85, 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x2028, 0x2029, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// Whether `displayable` would return `text` unchanged: no control characters, bidi
  /// controls or breaking white space other than single spaces between other characters.
  private static func isDisplayable(_ text: String) -> Bool {
    var previousWasSpace = true  // a leading space is not kept
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0x20 {
        if previousWasSpace { return false }
        previousWasSpace = true
        continue
      }
      previousWasSpace = false
      if value < 0x20 || (0x7F..<0xA0).contains(value) { return false }
      if value > 0x7F
        && ((0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || isBreakingWhitespace(value))
      {
        return false
      }
    }
    return !previousWasSpace || text.isEmpty
  }

  /// Whether `text` holds a character of a right-to-left script (Hebrew, Arabic, Syriac,
  /// Thaana, N'Ko, Samaritan, Mandaic and their presentation forms and historic relatives).
  public static func containsRightToLeft(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
        return true
      default:
        return false
      }
    }
  }

  /// `text` followed by spaces up to `width` cells.
  static func padded(_ text: String, to width: Int) -> String {
    let missing = width - Self.width(of: text)
    return missing > 0 ? text + String(repeating: " ", count: missing) : text
  }
}
