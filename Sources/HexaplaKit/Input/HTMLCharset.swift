internal import CICU

/// Finds the character set of an HTML page and decodes it to UTF-8 the way browsers and
/// trafilatura do: a byte-order mark, else a `<meta charset>`, `<meta http-equiv>` or XML
/// declaration, else detection (UTF-16 by its zero bytes, valid UTF-8, then ICU's detector).
/// An occasional bad byte becomes U+FFFD with a warning instead of failing the page.
public enum HTMLCharset {
  /// A page's text as UTF-8 and how it was read.
  public struct DecodedPage: Sendable {
    /// The page as UTF-8 (no byte-order mark).
    public var utf8: [UInt8]
    /// The charset the bytes were read in.
    public var charset: String
    /// Byte sequences not valid in `charset`, replaced by U+FFFD.
    public var replaced: Int
    /// Warnings to show (replaced bytes, a guessed charset), without the file name.
    public var warnings: [String]
  }

  /// The charset a byte-order mark or a declaration in the first 8 KB names (WHATWG labels
  /// mapped to converter names: `UTF-8`, `UTF-16LE`, `windows-1252`, `GBK`, `Shift_JIS`...),
  /// else UTF-8, and the number of byte-order-mark bytes.
  public static func detect(_ bytes: [UInt8]) -> (name: String, bomLength: Int) {
    if let bom = byteOrderMark(bytes) { return bom }
    if let declared = declaredCharset(bytes.prefix(8192)) { return (canonicalName(declared), 0) }
    return ("UTF-8", 0)
  }

  /// Decodes a page to UTF-8.
  /// - Parameter path: the name used in errors.
  /// - Throws: `HexaplaError.unsupportedCharset` when the declared charset is unknown and the
  ///   bytes are not UTF-8 either.
  public static func decode(_ bytes: [UInt8], path: String) throws -> DecodedPage {
    if let (name, bomLength) = byteOrderMark(bytes) {
      return try convert(Array(bytes.dropFirst(bomLength)), from: name, path: path)
    }
    if let utf16 = utf16WithoutBOM(bytes) {
      var page = try convert(bytes, from: utf16, path: path)
      page.warnings.append("no byte-order mark; read as \(utf16) (detected from its zero bytes)")
      return page
    }
    let declared = declaredCharset(bytes.prefix(8192)).map(canonicalName)
    let invalid = invalidUTF8Count(bytes)
    // Valid UTF-8 with multi-byte characters is hardly ever another charset by chance: it wins
    // over a declaration (pages saved as UTF-8 that kept an old `gb2312` meta).
    if invalid.count == 0 { return DecodedPage(utf8: bytes, charset: "UTF-8", replaced: 0, warnings: []) }
    if let declared, !declared.hasPrefix("UTF-16"), declared != "UTF-8" {
      var page: DecodedPage
      do {
        page = try convert(bytes, from: declared, path: path)
      } catch {
        guard let detected = detectedCharset(bytes) else { throw error }
        page = try convert(bytes, from: detected, path: path)
        page.warnings.append(
          "unknown charset '\(HexaplaError.quoting(declared))' declared; read as \(detected) (detected)")
        return page
      }
      // Many bad sequences: the declaration is wrong; take what the detector says if it fits better.
      if page.replaced * 200 > bytes.count, let detected = detectedCharset(bytes), detected != declared,
        let better = try? convert(bytes, from: detected, path: path), better.replaced < page.replaced
      {
        page = better
        page.warnings.insert(
          "declared charset '\(HexaplaError.quoting(declared))' does not fit the bytes; read as \(detected) (detected)",
          at: 0)
      }
      return page
    }
    // UTF-8 (declared or not) with bad bytes: a few among valid multi-byte characters are
    // damage, many mean another charset.
    let valid = invalid.nonASCII - invalid.count
    if declared == "UTF-8" && valid >= 2 * invalid.count || valid >= 10 * invalid.count {
      return utf8Replacing(bytes, invalid: invalid)
    }
    guard let detected = detectedCharset(bytes), detected != "UTF-8" else {
      return utf8Replacing(bytes, invalid: invalid)
    }
    var page = try convert(bytes, from: detected, path: path)
    page.warnings.insert(
      declared == nil
        ? "no charset declared and not UTF-8; read as \(detected) (detected)"
        : "declared UTF-8 but not valid UTF-8; read as \(detected) (detected)", at: 0)
    return page
  }

  /// Maps a declared label onto the encoding browsers actually use for it (the WHATWG
  /// Encoding Standard treats latin1 and ASCII as windows-1252 and GB2312 as GBK).
  public static func canonicalName(_ label: String) -> String {
    let lower = label.lowercased()
    switch lower {
    case "utf8", "utf-8", "unicode-1-1-utf-8": return "UTF-8"
    case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
      "cp1252", "windows-1252", "x-cp1252":
      return "windows-1252"
    case "iso-8859-9", "latin5", "windows-1254": return "windows-1254"
    case "tis-620", "iso-8859-11": return "windows-874"
    case "gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "chinese": return "GBK"
    case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932":
      return "Shift_JIS"
    case "euc-kr", "ks_c_5601-1987", "korean": return "windows-949"
    case "big5", "big5-hkscs", "x-x-big5": return "Big5"
    case "utf-16", "utf-16le": return "UTF-16LE"
    case "utf-16be": return "UTF-16BE"
    default: return label
    }
  }

  // MARK: Detection

  private static func byteOrderMark(_ bytes: [UInt8]) -> (name: String, bomLength: Int)? {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
    if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
    return nil
  }

  /// UTF-16 without a byte-order mark: markup is mostly ASCII, so every other byte of the first
  /// 4 KB is zero (odd bytes for little-endian, even bytes for big-endian).
  static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
    let sample = min(bytes.count, 4096) & ~1
    guard sample >= 8 else { return nil }
    var even = 0
    var odd = 0
    for i in 0..<sample where bytes[i] == 0 {
      if i & 1 == 0 { even += 1 } else { odd += 1 }
    }
    let half = sample / 2
    if odd * 10 >= half * 3, even * 20 <= odd { return "UTF-16LE" }
    if even * 10 >= half * 3, odd * 20 <= even { return "UTF-16BE" }
    return nil
  }

  /// The charset a `<meta charset>`, `<meta http-equiv="content-type">` or an XML declaration
  /// (`<?xml ... encoding="...">`) in `bytes` names, if any.
  static func declaredCharset(_ bytes: ArraySlice<UInt8>) -> String? {
    let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    let meta = Array("<meta".utf8)
    let xml = Array("<?xml".utf8)
    var i = 0
    while i + meta.count <= lower.count {
      guard lower[i] == 0x3C else {
        i += 1
        continue
      }
      let isMeta = Array(lower[i..<(i + meta.count)]) == meta
      let isXML = Array(lower[i..<(i + xml.count)]) == xml
      guard isMeta || isXML else {
        i += 1
        continue
      }
      let end = lower[i...].firstIndex(of: 0x3E) ?? lower.count
      if let value = attributeValue(isMeta ? "charset" : "encoding", in: Array(lower[i..<end])) { return value }
      i = end
    }
    return nil
  }

  /// ICU's guess for undeclared bytes, mapped as a declaration would be; nil without a match.
  static func detectedCharset(_ bytes: [UInt8]) -> String? {
    var name = [CChar](repeating: 0, count: 64)
    let sample = Array(bytes.prefix(65536))
    let confidence = sample.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { hx_charset_detect($0.baseAddress, Int32($0.count), &name, 64) }
    }
    guard confidence >= 0 else { return nil }
    let label = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return canonicalName(label == "GB18030" ? "GB18030" : label)
  }

  /// The value after `key=` in one tag's bytes (quoted or not).
  private static func attributeValue(_ name: String, in tag: [UInt8]) -> String? {
    let key = Array(name.utf8)
    var i = 0
    while i + key.count <= tag.count {
      if Array(tag[i..<(i + key.count)]) == key {
        var j = i + key.count
        while j < tag.count, tag[j] == 0x20 { j += 1 }
        if j < tag.count, tag[j] == 0x3D {
          j += 1
          while j < tag.count, tag[j] == 0x20 || tag[j] == 0x22 || tag[j] == 0x27 { j += 1 }
          var k = j
          while k < tag.count,
            !(tag[k] == 0x22 || tag[k] == 0x27 || tag[k] == 0x3B || tag[k] == 0x20 || tag[k] == 0x2F || tag[k] == 0x3F)
          {
            k += 1
          }
          if k > j { return String(decoding: tag[j..<k], as: UTF8.self) }
        }
      }
      i += 1
    }
    return nil
  }

  // MARK: Decoding

  /// The number of bytes starting no well-formed UTF-8 sequence, the number of bytes ≥ 0x80,
  /// and the offset of the first bad one.
  /// - Complexity: O(*n*) for *n* bytes.
  static func invalidUTF8Count(_ bytes: [UInt8]) -> (count: Int, nonASCII: Int, first: Int?) {
    var count = 0
    var first: Int?
    var nonASCII = 0
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let (length, _) = UTF8Validation.validPrefix(base + offset, count: buffer.count - offset)
        offset += length
        if offset < buffer.count {
          count += 1
          if first == nil { first = offset }
          offset += 1
        }
      }
      for byte in buffer where byte >= 0x80 { nonASCII += 1 }
    }
    return (count, nonASCII, first)
  }

  private static func utf8Replacing(_ bytes: [UInt8], invalid: (count: Int, nonASCII: Int, first: Int?)) -> DecodedPage
  {
    let text = String(decoding: bytes, as: UTF8.self)
    let first = invalid.first.map { " (the first at byte \($0))" } ?? ""
    return DecodedPage(
      utf8: Array(text.utf8), charset: "UTF-8", replaced: invalid.count,
      warnings: ["\(invalid.count) byte\(invalid.count == 1 ? "" : "s") not valid UTF-8\(first) replaced by U+FFFD"])
  }

  /// Converts bytes in `charset` to UTF-8 with ICU, bad sequences replaced (and warned of).
  private static func convert(_ bytes: [UInt8], from charset: String, path: String) throws -> DecodedPage {
    if charset == "UTF-8" {
      let invalid = invalidUTF8Count(bytes)
      return invalid.count == 0
        ? DecodedPage(utf8: bytes, charset: charset, replaced: 0, warnings: []) : utf8Replacing(bytes, invalid: invalid)
    }
    var output = [UInt8](repeating: 0, count: 3 * bytes.count + 4)
    var replaced: Int32 = 0
    let length = bytes.withUnsafeBufferPointer { source in
      source.withMemoryRebound(to: CChar.self) { chars in
        output.withUnsafeMutableBufferPointer { target in
          target.withMemoryRebound(to: CChar.self) {
            hx_convert_to_utf8(charset, chars.baseAddress, Int32(chars.count), $0.baseAddress, &replaced)
          }
        }
      }
    }
    guard length >= 0 else { throw HexaplaError.unsupportedCharset(path: path, charset: charset) }
    output.removeSubrange(Int(length)...)
    let count = Int(replaced)
    return DecodedPage(
      utf8: output, charset: charset, replaced: count,
      warnings: count == 0
        ? [] : ["\(count) byte sequence\(count == 1 ? "" : "s") not valid \(charset) replaced by U+FFFD"])
  }
}
