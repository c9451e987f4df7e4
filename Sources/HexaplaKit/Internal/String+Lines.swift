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
  /// The text between line breaks of any kind (LF, CR, CRLF, VT, FF, NEL, LS, PS: what
  /// `Character.isNewline` means), empty pieces included; found on the UTF-8 bytes, several
  /// times faster than splitting on characters.
  /// - Complexity: O(n) in the UTF-8 length.
  func splitAtNewlines() -> [Substring] {
    let utf8 = self.utf8
    // The bytes read through a buffer, the pieces cut at UTF-8 offsets.
    func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Substring] {
      var pieces: [Substring] = []
      let count = bytes.count
      var start = 0
      var index = 0
      while index < count {
        let byte = bytes[index]
        var breakLength = 0
        switch byte {
        case 0x0A, 0x0B, 0x0C: breakLength = 1
        case 0x0D: breakLength = index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: if index + 1 < count, bytes[index + 1] == 0x85 { breakLength = 2 }
        case 0xE2:
          if index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 { breakLength = 3 }
        default: break
        }
        if breakLength > 0 {
          pieces.append(
            self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: index)])
          index += breakLength
          start = index
        } else {
          index += 1
        }
      }
      pieces.append(self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.endIndex])
      return pieces
    }
    return utf8.withContiguousStorageIfAvailable(split) ?? Array(utf8).withUnsafeBufferPointer(split)
  }

  /// The text on one line, for line- and cell-based outputs: every line break (LF, VT, FF, CR,
  /// NEL, LS, PS) becomes a space, and so does every TAB when `replacingTabs`; with
  /// `collapsingBreaks`, a run of line breaks becomes a single space.
  func onOneLine(replacingTabs: Bool, collapsingBreaks: Bool) -> String {
    guard hasLineBreakOrControl else { return self }
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

  /// Whether the text holds a character below U+0020, NEL (C2 85), LS or PS (E2 80 A8/A9):
  /// the only ones `onOneLine` replaces.
  /// - Complexity: O(n) in the UTF-8 length, eight ASCII bytes at a time.
  private var hasLineBreakOrControl: Bool {
    if let found = utf8.withContiguousStorageIfAvailable(Self.hasLineBreakOrControl) { return found }
    var copy = String(self)
    return copy.withUTF8(Self.hasLineBreakOrControl)
  }

  private static func hasLineBreakOrControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    var i = 0
    while i < n {
      if i + 8 <= n {
        let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
        // No byte below 0x20 and no C2 or E2 (the lead bytes of NEL, LS and PS): nothing to
        // replace here.
        let low = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
        let c2 = w ^ 0xC2C2_C2C2_C2C2_C2C2
        let e2 = w ^ 0xE2E2_E2E2_E2E2_E2E2
        let lead =
          ((c2 &- 0x0101_0101_0101_0101) & ~c2 | (e2 &- 0x0101_0101_0101_0101) & ~e2)
          & 0x8080_8080_8080_8080
        if low | lead == 0 {
          i += 8
          continue
        }
      }
      let b = bytes[i]
      if b < 0x20 { return true }
      if b == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 { return true }
      if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] & 0xFE == 0xA8 { return true }
      i += 1
    }
    return false
  }
}
