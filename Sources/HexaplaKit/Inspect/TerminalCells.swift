/// Terminal display widths and text made safe for a terminal cell.
public enum TerminalCells {
  /// The number of terminal cells `text` takes: per grapheme cluster, the sum of its scalars'
  /// `UnicodeProperties.cellWidth` (East Asian Wide and Fullwidth take 2, combining marks 0),
  /// capped at 2 so emoji sequences and conjoining Hangul count as one wide character.
  /// - Complexity: O(n) in the length of `text`.
  public static func width(of text: some StringProtocol) -> Int {
    // Printable ASCII, the common case, takes one cell a byte.
    if text.utf8.allSatisfy({ 0x20 <= $0 && $0 < 0x7F }) { return text.utf8.count }
    var total = 0
    for character in text { total += width(of: character) }
    return total
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
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0x20 || (0x09...0x0D).contains(value) || (value > 0x7F && scalar.properties.isWhitespace && !isNoBreakSpace(value)) {
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

  /// No-break spaces (U+00A0, U+2007, U+202F) keep their meaning: no line break there.
  private static func isNoBreakSpace(_ value: UInt32) -> Bool {
    value == 0xA0 || value == 0x2007 || value == 0x202F
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
