/// Checks bytes for well-formed UTF-8 (no overlong forms, no encoded surrogates, nothing
/// above U+10FFFF), in one pass.
enum UTF8Validation {
  /// The length of the longest well-formed prefix of `count` bytes, and whether what follows
  /// it is only a character cut off by the end of the bytes (so more input may complete it).
  /// - Parameter rejectingNoncharacters: also stop at U+FFFE and U+FFFF (XML forbids them).
  /// - Complexity: O(count).
  static func validPrefix(
    _ bytes: UnsafePointer<UInt8>, count n: Int, rejectingNoncharacters: Bool = false
  ) -> (length: Int, truncated: Bool) {
    var i = 0
    while i < n {
      // Eight ASCII bytes at a time.
      if i + 8 <= n, UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i += 8
        continue
      }
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      // A run of characters with the most common lead bytes (U+1000–U+CFFF, U+E000–U+FFFF:
      // most scripts of Asia), any second byte allowed: checked in a loop of their own.
      var k = i
      while n &- k >= 3 {
        let lead = bytes[k]
        let second = bytes[k &+ 1]
        let third = bytes[k &+ 2]
        guard lead &- 0xE1 < 0x0F && lead != 0xED && second & 0xC0 == 0x80 && third & 0xC0 == 0x80,
          !(rejectingNoncharacters && lead == 0xEF && second == 0xBF && third >= 0xBE)
        else { break }
        k &+= 3
      }
      if k > i {
        i = k
        continue
      }
      let length: Int
      var minSecond: UInt8 = 0x80
      var maxSecond: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        minSecond = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        maxSecond = 0x9F
      case 0xF0:
        length = 4
        minSecond = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        maxSecond = 0x8F
      default: return (i, false)
      }
      let available = min(length, n - i)
      if available >= 2 && !(minSecond...maxSecond).contains(bytes[i + 1]) { return (i, false) }
      if available >= 3 {
        for k in 2..<available where bytes[i + k] & 0xC0 != 0x80 { return (i, false) }
      }
      if available < length { return (i, true) }
      if rejectingNoncharacters && b == 0xEF && bytes[i + 1] == 0xBF
        && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF)
      {
        return (i, false)
      }
      i += length
    }
    return (n, false)
  }
}
