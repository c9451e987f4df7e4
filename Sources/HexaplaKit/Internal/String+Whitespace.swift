extension String {
  /// The string without leading and trailing Unicode white space.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}

extension Substring {
  /// The substring without leading and trailing Unicode white space, copied once.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}

extension UInt16 {
  /// Whether this UTF-16 code unit is a white-space character (Unicode White_Space).
  @inline(__always)
  var isWhitespaceUnit: Bool {
    // Most units are letters, digits or punctuation between U+0021 and U+0084: one test.
    if self &- 0x21 < 0x64 { return false }
    switch self {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      return true
    default:
      return false
    }
  }

  /// Whether this UTF-16 code unit ends a line (LF, VT, FF, CR, NEL, LS, PS).
  @inline(__always)
  var isLineTerminatorUnit: Bool {
    switch self {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }
}
