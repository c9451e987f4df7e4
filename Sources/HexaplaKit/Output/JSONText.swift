/// Minimal JSON writing for line-oriented outputs (JSON lines), with deterministic key order.
public enum JSONText {
  /// A JSON string literal for `text`, with quotes.
  public static func quoted(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count + 2)
    appendQuoted(text, to: &result)
    return result
  }

  /// Appends the JSON string literal for `text`, with quotes, to `output`. Text with nothing
  /// to escape (the usual case) is copied whole.
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  public static func appendQuoted(_ text: String, to output: inout String) {
    output += "\""
    if !needsEscaping(text) {
      output += text
    } else {
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        case "\t": output += "\\t"
        case "\u{08}": output += "\\b"
        case "\u{0C}": output += "\\f"
        default:
          if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
            let hex = String(scalar.value, radix: 16)
            output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          } else {
            output.unicodeScalars.append(scalar)
          }
        }
      }
    }
    output += "\""
  }

  /// Appends the JSON string literal for `text`, with quotes, to UTF-8 `output`: the bytes of
  /// `appendQuoted(_:to:)`'s string.
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  public static func appendQuoted(_ text: String, toUTF8 output: inout [UInt8]) {
    var text = text
    output.append(0x22)
    text.withUTF8 { bytes in
      let n = bytes.count
      var copied = 0  // bytes[..<copied] are in `output`
      var i = 0
      while i < n {
        // Eight bytes at a time while none is below 0x20, `"`, `\` or 0xE2 (the lead byte of
        // U+2028 and U+2029).
        if i + 8 <= n {
          let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
          let ones: UInt64 = 0x0101_0101_0101_0101
          let tops: UInt64 = 0x8080_8080_8080_8080
          let quote = w ^ (0x22 &* ones)
          let backslash = w ^ (0x5C &* ones)
          let lead = w ^ (0xE2 &* ones)
          let found =
            ((w &- 0x20 &* ones) & ~w | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash
              | (lead &- ones) & ~lead) & tops
          if found == 0 {
            i += 8
            continue
          }
        }
        let b = bytes[i]
        let escape: StaticString
        var width = 1
        switch b {
        case 0x22: escape = #"\""#
        case 0x5C: escape = #"\\"#
        case 0x0A: escape = #"\n"#
        case 0x0D: escape = #"\r"#
        case 0x09: escape = #"\t"#
        case 0x08: escape = #"\b"#
        case 0x0C: escape = #"\f"#
        case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] & 0xFE == 0xA8:
          escape = bytes[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
          width = 3
        case 0..<0x20: escape = ""
        default:
          i += 1
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
        if escape.utf8CodeUnitCount > 0 {
          output.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
        } else {
          // Another control character: `\u` and four lower-case hex digits, as `appendQuoted(_:to:)`.
          output.append(contentsOf: #"\u00"#.utf8)
          output.append(0x30 + (b >> 4))
          output.append(b & 15 < 10 ? 0x30 + (b & 15) : 0x57 + (b & 15))
        }
        i += width
        copied = i
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
    }
    output.append(0x22)
  }

  /// Whether `text` holds a quote, a backslash, a control character or U+2028/U+2029.
  private static func needsEscaping(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var i = 0
      let n = bytes.count
      while i < n {
        let b = bytes[i]
        if b < 0x20 || b == 0x22 || b == 0x5C { return true }
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] & 0xFE == 0xA8 { return true }
        i += 1
      }
      return false
    }
  }

  /// A JSON number for a finite double, with at most `digits` decimals and no trailing zeros.
  public static func number(_ value: Double, digits: Int = 4) -> String {
    guard value.isFinite else { return "null" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int64(rounded)) }
    return String(rounded)
  }
}
