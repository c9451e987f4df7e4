/// Reads CC-CEDICT text: `traditional simplified [pin1 yin1] /gloss/gloss/` per line, `#` comments.
///
/// Each gloss is cleaned by `GlossCleaner.cedictTranslations`; both the simplified and the
/// traditional headword are paired with every translation (once when they are the same).
/// Works on UTF-8 bytes so that the whole file loads in a fraction of a second.
enum CEDICTParser {
  /// Whether a line has the shape of a CEDICT entry.
  static func looksLikeEntry(_ line: some StringProtocol) -> Bool {
    var bytes = Array(line.utf8)
    return bytes.withUnsafeMutableBufferPointer { parseLine(UnsafeBufferPointer($0)) != nil }
  }

  /// Byte ranges of a line's headwords and gloss body (between the first and last `/`), or nil
  /// when it is malformed.
  static func parseLine(_ line: UnsafeBufferPointer<UInt8>) -> (
    traditional: Range<Int>, simplified: Range<Int>, body: Range<Int>
  )? {
    guard let firstSpace = line.firstIndex(of: 0x20), firstSpace > 0 else { return nil }
    guard let secondSpace = line[(firstSpace + 1)...].firstIndex(of: 0x20), secondSpace > firstSpace + 1,
      secondSpace + 1 < line.count, line[secondSpace + 1] == UInt8(ascii: "["),
      let close = line[(secondSpace + 1)...].firstIndex(of: UInt8(ascii: "]")),
      let firstSlash = line[close...].firstIndex(of: UInt8(ascii: "/")),
      let lastSlash = line.lastIndex(of: UInt8(ascii: "/")), lastSlash > firstSlash
    else { return nil }
    return (0..<firstSpace, (firstSpace + 1)..<secondSpace, (firstSlash + 1)..<lastSlash)
  }

  /// Parses a whole file's text.
  static func parse(_ text: String, into builder: inout DictionaryBuilder) {
    var text = text
    text.withUTF8 { parse(bytes: $0, into: &builder) }
  }

  static func parse(bytes: UnsafeBufferPointer<UInt8>, into builder: inout DictionaryBuilder) {
    var lineNumber = 0
    var start = 0
    while start < bytes.count {
      var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      let next = end + 1
      if end > start, bytes[end - 1] == 0x0D { end -= 1 }
      lineNumber += 1
      defer { start = next }
      let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
      if line.isEmpty { continue }
      if line[0] == UInt8(ascii: "#") {
        if builder.title == nil, line.count > 2, line[1] != UInt8(ascii: "!") {
          let comment = String(decoding: line.dropFirst(), as: UTF8.self).trimmingWhitespace()
          if !comment.isEmpty { builder.title = comment }
        }
        continue
      }
      builder.headwordCount += 1
      guard let ranges = parseLine(line) else {
        builder.skip(line: lineNumber, "not a CEDICT entry 'traditional simplified [pinyin] /gloss/'")
        continue
      }
      let traditional = String(decoding: line[ranges.traditional], as: UTF8.self)
      let simplified = String(decoding: line[ranges.simplified], as: UTF8.self)
      let sameForms = line[ranges.traditional].elementsEqual(line[ranges.simplified])
      var added = false
      var glossStart = ranges.body.lowerBound
      while glossStart <= ranges.body.upperBound {
        let glossEnd =
          line[glossStart..<ranges.body.upperBound].firstIndex(of: UInt8(ascii: "/")) ?? ranges.body.upperBound
        if glossEnd > glossStart {
          for translation in GlossCleaner.cedictTranslations(
            bytes: UnsafeBufferPointer(rebasing: line[glossStart..<glossEnd]))
          {
            builder.add(source: simplified, target: translation)
            if !sameForms { builder.add(source: traditional, target: translation) }
            added = true
          }
        }
        glossStart = glossEnd + 1
      }
      if !added { builder.unusedHeadwords += 1 }
    }
  }
}
