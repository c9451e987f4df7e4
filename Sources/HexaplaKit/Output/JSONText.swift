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
