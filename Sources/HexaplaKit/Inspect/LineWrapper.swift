/// Wraps text into lines of at most a given number of terminal cells, at the line-break
/// opportunities of ICU's line BreakIterator (between words; between CJK characters; not
/// before closing punctuation), breaking inside a word only when it is wider than a line.
///
/// Not thread-safe: it keeps one ICU iterator per locale.
public final class LineWrapper {
  private var iterators: [String: ICUBreakIterator] = [:]

  public init() {}

  /// The lines of `text` (already on one line, see `TerminalCells.displayable`), each at
  /// most `width` cells wide (`width` ≥ 2), without trailing spaces. An empty text has no lines.
  /// - Parameter locale: an ICU locale id for the language (`ja`, `zh_Hans`), or "" for the root rules.
  /// - Throws: `HexaplaError.icuFailure` when ICU cannot open a line iterator.
  /// - Complexity: O(n) in the length of `text`.
  public func wrap(_ text: String, width: Int, locale: String = "") throws -> [String] {
    precondition(width >= 2, "a column must be at least 2 cells wide")
    if text.isEmpty { return [] }
    if TerminalCells.width(of: text) <= width { return [text] }
    let units = Array(text.utf16)
    let iterator = try self.iterator(for: locale)
    // Line-break boundaries fall between scalars, so they are valid indices of the text; walk
    // its UTF-16 view once rather than decoding each piece again.
    let pieces: [Substring] = try units.withUnsafeBufferPointer { buffer in
      try iterator.withBoundaries(of: buffer) { boundaries, _ in
        var pieces: [Substring] = []
        pieces.reserveCapacity(boundaries.count)
        var index = text.utf16.startIndex
        var offset = 0
        for i in 1..<boundaries.count {
          let end = Int(boundaries[i])
          let next = text.utf16.index(index, offsetBy: end - offset)
          pieces.append(text[index..<next])
          index = next
          offset = end
        }
        return pieces
      }
    }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for piece in pieces {
      var spaces = 0  // trailing spaces: one byte and one cell each
      for byte in piece.utf8.reversed() {
        guard byte == 0x20 else { break }
        spaces += 1
      }
      let word = piece.dropLast(spaces)
      let wordWidth = TerminalCells.width(of: word)
      if currentWidth + wordWidth <= width {
        current += piece
        currentWidth += wordWidth + spaces
        continue
      }
      if !current.isEmpty {
        lines.append(current.trimmingTrailingSpaces())
        current = ""
        currentWidth = 0
      }
      if wordWidth <= width {
        current = String(piece)
        currentWidth = wordWidth + spaces
        continue
      }
      // A word wider than a line: cut it between grapheme clusters.
      for character in word {
        let cells = TerminalCells.width(of: character)
        if currentWidth + cells > width {
          lines.append(current)
          current = ""
          currentWidth = 0
        }
        current.append(character)
        currentWidth += cells
      }
      current += String(repeating: " ", count: spaces)
      currentWidth += spaces
    }
    let last = current.trimmingTrailingSpaces()
    if !last.isEmpty { lines.append(last) }
    return lines
  }

  private func iterator(for locale: String) throws -> ICUBreakIterator {
    if let iterator = iterators[locale] { return iterator }
    let iterator = try ICUBreakIterator(.line, locale: locale)
    iterators[locale] = iterator
    return iterator
  }
}

extension StringProtocol {
  /// The string without trailing spaces.
  func trimmingTrailingSpaces() -> String {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
    return String(self[startIndex..<end])
  }
}
