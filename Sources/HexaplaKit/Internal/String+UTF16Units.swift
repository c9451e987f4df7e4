extension String {
  /// The string's UTF-16 code units, decoded straight from its (always valid) UTF-8 storage:
  /// several times faster than `Array(utf16)`, which walks an index per unit.
  /// - Complexity: O(n) in the UTF-8 length.
  func utf16Units() -> [UInt16] {
    var text = self
    return text.withUTF8(Self.utf16Units(ofValidUTF8:))
  }

  /// The UTF-16 code units of bytes that are known to be well-formed UTF-8.
  /// - Complexity: O(n) in the number of bytes.
  static func utf16Units(ofValidUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt16] {
    [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
      var i = 0
      var j = 0
      let n = bytes.count
      while i < n {
        // Eight ASCII bytes at a time.
        if i + 8 <= n {
          let w = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
          if w & 0x8080_8080_8080_8080 == 0 {
            for k in 0..<8 { units[j + k] = UInt16(truncatingIfNeeded: w >> (8 * UInt64(k))) & 0xFF }
            i += 8
            j += 8
            continue
          }
        }
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 {
          units[j] = UInt16(b0)
          i += 1
          j += 1
        } else if b0 < 0xE0 {
          units[j] = UInt16((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
          i += 2
          j += 1
        } else if b0 < 0xF0 {
          units[j] = UInt16(
            (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F))
          i += 3
          j += 1
        } else {
          let scalar =
            (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F)
          let v = scalar - 0x10000
          units[j] = UInt16(0xD800 + (v >> 10))
          units[j + 1] = UInt16(0xDC00 + (v & 0x3FF))
          i += 4
          j += 2
        }
      }
      count = j
    }
  }
}
