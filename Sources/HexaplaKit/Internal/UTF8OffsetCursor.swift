/// Converts increasing UTF-16 offsets of a text into UTF-8 byte offsets in one forward pass.
struct UTF8OffsetCursor {
  private var utf16Offset = 0
  private var utf8Offset = 0

  /// The UTF-8 offset of `target`, which must not be smaller than the previous target.
  /// - Complexity: O(distance from the previous target).
  mutating func advance(to target: Int, in units: UnsafeBufferPointer<UInt16>) -> Int {
    precondition(target >= utf16Offset, "UTF8OffsetCursor only moves forward")
    while utf16Offset < target {
      let u = units[utf16Offset]
      switch u {
      case 0..<0x80: utf8Offset += 1
      case 0x80..<0x800: utf8Offset += 2
      case 0xD800..<0xE000: utf8Offset += 2  // each half of a surrogate pair: 4 bytes in all
      default: utf8Offset += 3
      }
      utf16Offset += 1
    }
    return utf8Offset
  }
}
