#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the parser is, and the errors that name that place.
extension XMLPullParser {
  /// Line and column (1-based; the column counts characters) of an absolute offset in the
  /// current buffer.
  func position(of offset: Int) -> (line: Int, column: Int) {
    let end = min(max(offset, base), limit) - base
    var line = baseLine
    var lineStart = -1
    // Lines: count LF bytes with memchr; the column only needs the bytes after the last one.
    var cursor = 0
    while cursor < end, let found = memchr(buffer + cursor, 0x0A, end - cursor) {
      let index = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self))
      line += 1
      lineStart = index
      cursor = index + 1
    }
    var column = lineStart < 0 ? baseColumn : 0
    var i = lineStart + 1
    while i < end {
      if buffer[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return (line, column + 1)
  }

  /// A `malformedTMX` error at an absolute offset.
  func error(_ message: String, at offset: Int) -> HexaplaError {
    let (line, column) = position(of: offset)
    return .malformedTMX(path: path, line: line, column: column, message: message)
  }

  /// The error for a token longer than `Limits.tokenBytes` (`what`: "a text", "the start tag <tu>").
  func tooLong(_ what: String, at offset: Int) -> HexaplaError {
    error(
      "\(what) is longer than \(limits.tokenBytes) bytes, the limit on one segment or value"
        + " (--max-segment-bytes raises it)", at: offset)
  }

  /// The error for bytes at `offset` that are not valid UTF-8 (or encode U+FFFE or U+FFFF).
  func invalidUTF8(at offset: Int) -> HexaplaError {
    if offset >= base && offset + 2 < limit && buffer[offset - base] == 0xEF
      && buffer[offset + 1 - base] == 0xBF
      && (buffer[offset + 2 - base] == 0xBE || buffer[offset + 2 - base] == 0xBF)
    {
      return forbiddenCharacter(buffer[offset + 2 - base] == 0xBE ? 0xFFFE : 0xFFFF, at: offset)
    }
    return error("invalid UTF-8 (the file's encoding is not what it declares)", at: offset)
  }

  /// The error for a character XML 1.0 does not allow (a C0 control, U+FFFE...).
  func forbiddenCharacter(_ value: UInt32, at offset: Int) -> HexaplaError {
    let hex = String(value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    return error("character \(code) is not allowed in XML 1.0", at: offset)
  }

  /// A byte as an error message shows it: the character when printable ASCII, else `\u{hex}`.
  static func describe(_ b: UInt8) -> String {
    b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : "\\u{\(String(b, radix: 16))}"
  }

  /// The length of the valid UTF-8 prefix of `count` bytes (U+FFFE and U+FFFF count as
  /// invalid: XML forbids them), and whether the rest is only a truncated character.
  static func checkUTF8(_ bytes: UnsafePointer<UInt8>, count n: Int) -> (Int, Bool) {
    let (length, truncated) = UTF8Validation.validPrefix(bytes, count: n, rejectingNoncharacters: true)
    return (length, truncated)
  }
}
