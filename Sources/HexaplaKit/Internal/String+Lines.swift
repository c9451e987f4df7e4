extension StringProtocol {
  /// The lines of the text, split at LF with a CR before it removed, empty lines included
  /// (a final line break gives no extra empty line).
  ///
  /// Unlike `split(separator: "\n")`, this also splits CRLF text (`"\r\n"` is one `Character`).
  func lineSlices() -> [SubSequence] {
    var lines: [SubSequence] = []
    let utf8 = self.utf8
    var start = utf8.startIndex
    var index = start
    var crIndex: String.Index?  // a CR just before `index`
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte == 0x0A {
        lines.append(self[start..<(crIndex ?? index)])
        start = utf8.index(after: index)
      }
      crIndex = byte == 0x0D ? index : nil
      index = utf8.index(after: index)
    }
    if start != utf8.endIndex { lines.append(self[start..<(crIndex ?? utf8.endIndex)]) }
    return lines
  }
}

extension String {
  /// The text on one line, for line- and cell-based outputs: every line break (LF, VT, FF, CR,
  /// NEL, LS, PS) becomes a space, and so does every TAB when `replacingTabs`; with
  /// `collapsingBreaks`, a run of line breaks becomes a single space.
  func onOneLine(replacingTabs: Bool, collapsingBreaks: Bool) -> String {
    // Every character replaced is below U+0020 or starts with the UTF-8 byte C2 (NEL) or E2 (LS, PS).
    guard utf8.contains(where: { $0 < 0x20 || $0 == 0xC2 || $0 == 0xE2 }) else { return self }
    var result = ""
    result.unicodeScalars.reserveCapacity(unicodeScalars.count)
    var previousWasBreak = false
    for scalar in unicodeScalars {
      switch scalar.value {
      case 0x0A...0x0D, 0x85, 0x2028, 0x2029:
        if !(collapsingBreaks && previousWasBreak) { result.unicodeScalars.append(" ") }
        previousWasBreak = true
      case 0x09 where replacingTabs:
        result.unicodeScalars.append(" ")
        previousWasBreak = false
      default:
        result.unicodeScalars.append(scalar)
        previousWasBreak = false
      }
    }
    return result
  }
}
