/// Escaping of text for XML 1.0 output, and removal of the characters XML 1.0 forbids.
///
/// Text content escapes `&`, `<` and `>` (so `]]>` cannot occur) and writes CR as `&#13;` so
/// parsers do not turn it into LF. Attribute values also escape `"`, TAB, LF and CR, which
/// attribute-value normalisation would otherwise turn into spaces. Characters XML 1.0 does not
/// allow at all (U+0000–U+001F other than TAB, LF, CR; U+FFFE; U+FFFF) are left out and reported;
/// Swift strings cannot hold lone surrogates, so those never reach the writer.
///
/// Works on UTF-8 bytes, eight at a time, and copies runs of ordinary text in bulk.
public enum XMLEscaping {
  /// Whether `scalar` may appear in an XML 1.0 document.
  @inline(__always)
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
    return v != 0xFFFE && v != 0xFFFF
  }

  /// How much `append` escapes.
  enum Mode {
    /// Element content: `&`, `<`, `>`, CR.
    case text
    /// A double-quoted attribute value: also `"`, TAB, LF.
    case attribute
    /// Markup to copy as it is: only forbidden characters are removed.
    case markup
  }

  /// Appends `text` escaped as element content to `output`; forbidden characters are left out
  /// and appended to `removed`.
  public static func appendText(
    _ text: String, to output: inout String, removed: inout [Unicode.Scalar]
  ) {
    var bytes: [UInt8] = []
    append(text, mode: .text, to: &bytes, removed: &removed)
    output += String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` escaped as a double-quoted attribute value to `output`; forbidden characters
  /// are left out and appended to `removed`.
  public static func appendAttribute(
    _ text: String, to output: inout String, removed: inout [Unicode.Scalar]
  ) {
    var bytes: [UInt8] = []
    append(text, mode: .attribute, to: &bytes, removed: &removed)
    output += String(decoding: bytes, as: UTF8.self)
  }

  /// `text` without the characters XML 1.0 forbids (which are appended to `removed`).
  public static func removingForbidden(_ text: String, removed: inout [Unicode.Scalar]) -> String {
    var bytes: [UInt8] = []
    append(text, mode: .markup, to: &bytes, removed: &removed)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 of `text`, escaped for `mode`, to `output`.
  static func append(
    _ text: String, mode: Mode, to output: inout [UInt8], removed: inout [Unicode.Scalar]
  ) {
    var text = text
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      let n = bytes.count
      var runStart = 0
      var i = 0
      let special =
        mode == .text ? textSpecial : mode == .attribute ? attributeSpecial : markupSpecial
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      // Whether a byte of `word` equals `byte` (exact: no false positives for "some byte").
      @inline(__always) func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
      }
      while i < n {
        // Eight bytes at a time: skip words with no byte `special` may flag (below 0x20, `&`,
        // `<`, `>`, 0xEF, and `"` in attributes) — a superset of the mode's special bytes.
        if n - i >= 8 {
          let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
          let below20 = (word &- ones &* 0x20) & ~word & highs != 0
          if !below20 && !has(word, 0x26) && !has(word, 0x3C) && !has(word, 0x3E)
            && (mode != .attribute || !has(word, 0x22)) && !has(word, 0xEF)
          {
            i += 8
            continue
          }
        }
        let b = base[i]
        if !special[Int(b)] {
          i += 1
          continue
        }
        var replacement: StaticString? = nil
        var skip = 0
        if b < 0x20 {
          switch b {
          case 0x09: if mode == .attribute { replacement = "&#9;" }
          case 0x0A: if mode == .attribute { replacement = "&#10;" }
          case 0x0D: if mode != .markup { replacement = "&#13;" }
          default: skip = 1
          }
        } else if b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 {
          if mode == .text || mode == .attribute {
            switch b {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            default: if mode == .attribute { replacement = "&quot;" }
            }
          }
        } else if b == 0xEF, i + 2 < n, base[i + 1] == 0xBF,
          base[i + 2] == 0xBE || base[i + 2] == 0xBF
        {
          skip = 3
        }
        if replacement == nil && skip == 0 {
          i += 1
          continue
        }
        if i > runStart {
          output.append(
            contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
        }
        if let replacement {
          output.append(
            contentsOf: UnsafeBufferPointer(
              start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
          i += 1
        } else {
          removed.append(
            Unicode.Scalar(skip == 1 ? UInt32(b) : base[i + 2] == 0xBE ? 0xFFFE : 0xFFFF)!)
          i += skip
        }
        runStart = i
      }
      if n > runStart {
        output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: n - runStart))
      }
    }
  }

  /// Bytes that may need escaping or removal, per mode (0xEF: the lead byte of U+FFFE/U+FFFF).
  private static let textSpecial = specialTable { b in
    (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x26 || b == 0x3C || b == 0x3E || b == 0xEF
  }
  private static let attributeSpecial = specialTable { b in
    b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0xEF
  }
  private static let markupSpecial = specialTable { b in
    (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0xEF
  }

  private static func specialTable(_ isSpecial: (UInt8) -> Bool) -> [Bool] {
    (0..<256).map { isSpecial(UInt8($0)) }
  }

  /// Whether `text` has nothing but white space (Unicode White_Space), and so makes no segment.
  static func isBlank(_ text: String) -> Bool {
    for b in text.utf8 {
      if b == 0x20 || (b >= 0x09 && b <= 0x0D) { continue }
      if b < 0x80 { return false }
      return text.unicodeScalars.allSatisfy(isWhitespace)
    }
    return true
  }

  /// Whether `scalar` is Unicode White_Space: the property, looked up only for the few code
  /// points that can have it (U+0085, U+00A0, U+1680, U+180E and U+2000–U+3000), so text in
  /// other scripts costs no property lookup.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    guard v == 0x85 || v == 0xA0 || v == 0x1680 || v == 0x180E || (v >= 0x2000 && v <= 0x3000) else {
      return false
    }
    return scalar.properties.isWhitespace
  }
}
