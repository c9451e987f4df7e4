/// Finds the character set of an HTML page the way browsers pre-scan it: a byte-order mark,
/// else a `<meta charset>` or `<meta http-equiv="content-type" content="...; charset=...">` in
/// the first 4 KB, else UTF-8.
public enum HTMLCharset {
  /// The charset name (WHATWG labels mapped to what libxml2 knows: `UTF-8`, `UTF-16LE`,
  /// `windows-1252`, `GBK`, `Shift_JIS`...) and the number of byte-order-mark bytes to skip.
  public static func detect(_ bytes: [UInt8]) -> (name: String, bomLength: Int) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
    if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
    if let declared = metaCharset(bytes.prefix(4096)) { return (canonicalName(declared), 0) }
    return ("UTF-8", 0)
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
    case "gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "chinese": return "GBK"
    case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932":
      return "Shift_JIS"
    case "utf-16", "utf-16le": return "UTF-16LE"
    case "utf-16be": return "UTF-16BE"
    default: return label
    }
  }

  /// The charset a `<meta>` tag in `bytes` declares, if any.
  static func metaCharset(_ bytes: ArraySlice<UInt8>) -> String? {
    let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    let meta = Array("<meta".utf8)
    var i = 0
    while i + meta.count <= lower.count {
      guard lower[i] == 0x3C, Array(lower[i..<(i + meta.count)]) == meta else {
        i += 1
        continue
      }
      let end = lower[i...].firstIndex(of: 0x3E) ?? lower.count
      if let value = charsetValue(in: Array(lower[i..<end])) { return value }
      i = end
    }
    return nil
  }

  /// The value after `charset=` in one tag's bytes (quoted or not).
  private static func charsetValue(in tag: [UInt8]) -> String? {
    let key = Array("charset".utf8)
    var i = 0
    while i + key.count <= tag.count {
      if Array(tag[i..<(i + key.count)]) == key {
        var j = i + key.count
        while j < tag.count, tag[j] == 0x20 { j += 1 }
        if j < tag.count, tag[j] == 0x3D {
          j += 1
          while j < tag.count, tag[j] == 0x20 || tag[j] == 0x22 || tag[j] == 0x27 { j += 1 }
          var k = j
          while k < tag.count, !(tag[k] == 0x22 || tag[k] == 0x27 || tag[k] == 0x3B || tag[k] == 0x20 || tag[k] == 0x2F)
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
}
