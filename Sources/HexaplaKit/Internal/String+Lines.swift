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
