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
    output += escaped(text, mode: .text, removed: &removed)
  }

  /// Appends `text` escaped as a double-quoted attribute value to `output`; forbidden characters
  /// are left out and appended to `removed`.
  public static func appendAttribute(
    _ text: String, to output: inout String, removed: inout [Unicode.Scalar]
  ) {
    output += escaped(text, mode: .attribute, removed: &removed)
  }

  /// `text` without the characters XML 1.0 forbids (which are appended to `removed`).
  public static func removingForbidden(_ text: String, removed: inout [Unicode.Scalar]) -> String {
    escaped(text, mode: .markup, removed: &removed)
  }

  private static func escaped(_ text: String, mode: Mode, removed: inout [Unicode.Scalar]) -> String {
    var bytes = ScratchBytes(capacity: max(16, text.utf8.count))
    defer { bytes.deallocate() }
    append(text, mode: mode, to: &bytes, removed: &removed)
    return bytes.string
  }

  /// Appends the UTF-8 of `text`, escaped for `mode`, to `output`.
  @inline(__always)
  static func append(
    _ text: String, mode: Mode, to output: inout ScratchBytes, removed: inout [Unicode.Scalar]
  ) {
    var text = text
    text.withUTF8 { append(utf8: $0, mode: mode, to: &output, removed: &removed) }
  }

  /// Appends UTF-8 `bytes` (valid), escaped for `mode`, to `output`.
  static func append(
    utf8 bytes: UnsafeBufferPointer<UInt8>, mode: Mode, to output: inout ScratchBytes,
    removed: inout [Unicode.Scalar]
  ) {
    // One copy of the loop per mode, its tests on `mode` folded away.
    switch mode {
    case .text: escape(bytes, mode: .text, to: &output, removed: &removed)
    case .attribute: escape(bytes, mode: .attribute, to: &output, removed: &removed)
    case .markup: escape(bytes, mode: .markup, to: &output, removed: &removed)
    }
  }

  @inline(__always)
  private static func escape(
    _ bytes: UnsafeBufferPointer<UInt8>, mode: Mode, to output: inout ScratchBytes,
    removed: inout [Unicode.Scalar]
  ) {
    guard let base = bytes.baseAddress else { return }
    let n = bytes.count
    var runStart = 0
    var i = 0
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // The high bit of each byte of `word` that equals `byte` (exact for "some byte does").
    @inline(__always) func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
      let x = word ^ (ones &* UInt64(byte))
      return (x &- ones) & ~x
    }
    while i < n {
      // Eight bytes at a time: skip words with no byte that may need escaping or removal (below 0x20, `&`,
      // `<`, `>`, 0xEF, and `"` in attributes) — a superset of the mode's special bytes.
      // (`<` and `>` differ in one bit: a word with that bit set has `>` where either was.)
      while n &- i >= 8 {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        var flags = ((word &- ones &* 0x20) & ~word) | equal(word, 0xEF)
        if mode != .markup {
          flags |= equal(word, 0x26) | equal(word | (ones &* 0x02), 0x3E)
          if mode == .attribute { flags |= equal(word, 0x22) }
        }
        if flags & highs != 0 { break }
        i &+= 8
      }
      guard i < n else { break }
      let b = base[i]
      // Bytes that never need escaping or removal.
      if b >= 0x20 && b != 0x26 && b != 0x3C && b != 0x3E && b != 0x22 && b != 0xEF {
        i &+= 1
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
      output.append(base + runStart, count: i - runStart)
      if let replacement {
        output.append(replacement.utf8Start, count: replacement.utf8CodeUnitCount)
        i += 1
      } else {
        removed.append(
          Unicode.Scalar(skip == 1 ? UInt32(b) : base[i + 2] == 0xBE ? 0xFFFE : 0xFFFF)!)
        i += skip
      }
      runStart = i
    }
    output.append(base + runStart, count: n - runStart)
  }

  /// Whether `text` has nothing but white space (Unicode White_Space), and so makes no segment.
  static func isBlank(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isBlank(utf8: $0) }
  }

  /// Whether UTF-8 `bytes` (well-formed) are nothing but white space, as `isBlank(_:)`.
  static func isBlank(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for (index, b) in bytes.enumerated() {
      if b == 0x20 || (b >= 0x09 && b <= 0x0D) { continue }
      if b < 0x80 { return false }
      // The scalars from here (the ones before were ASCII white space).
      var rest = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
      var decoder = UTF8()
      while case .scalarValue(let scalar) = decoder.decode(&rest) {
        if !isWhitespace(scalar) { return false }
      }
      return true
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
