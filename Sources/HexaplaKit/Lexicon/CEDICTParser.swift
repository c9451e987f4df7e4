/// Reads CC-CEDICT text: `traditional simplified [pin1 yin1] /gloss/gloss/` per line, `#` comments.
///
/// Each gloss is cleaned by `GlossCleaner.cedictTranslations`; both the traditional and the
/// simplified headword are paired with every translation (once when they are the same).
enum CEDICTParser {
  /// Whether a line has the shape of a CEDICT entry.
  static func looksLikeEntry(_ line: some StringProtocol) -> Bool {
    parseLine(Substring(line)) != nil
  }

  /// The headwords and raw glosses of one line, or nil when it is malformed.
  static func parseLine(_ line: Substring) -> (traditional: Substring, simplified: Substring, glosses: [Substring])? {
    let utf8 = line.utf8
    guard let firstSpace = utf8.firstIndex(of: 0x20) else { return nil }
    let afterFirst = utf8.index(after: firstSpace)
    guard let secondSpace = utf8[afterFirst...].firstIndex(of: 0x20),
      secondSpace > afterFirst
    else { return nil }
    let afterSecond = utf8.index(after: secondSpace)
    guard afterSecond < utf8.endIndex, utf8[afterSecond] == UInt8(ascii: "["),
      let close = utf8[afterSecond...].firstIndex(of: UInt8(ascii: "]")),
      let firstSlash = utf8[close...].firstIndex(of: UInt8(ascii: "/")),
      let lastSlash = utf8.lastIndex(of: UInt8(ascii: "/")), lastSlash > firstSlash
    else { return nil }
    let traditional = line[line.startIndex..<firstSpace]
    let simplified = line[afterFirst..<secondSpace]
    let body = line[utf8.index(after: firstSlash)..<lastSlash]
    return (traditional, simplified, body.split(separator: "/"))
  }

  /// Parses a whole file's text.
  static func parse(_ text: String, into builder: inout DictionaryBuilder) {
    var lineNumber = 0
    var title: String?
    for line in text.lineSlices() {
      lineNumber += 1
      if line.isEmpty { continue }
      if line.hasPrefix("#") {
        if title == nil, !line.hasPrefix("#!") {
          let comment = String(line.dropFirst()).trimmingWhitespace()
          if !comment.isEmpty { title = comment }
        }
        continue
      }
      builder.headwordCount += 1
      guard let (traditional, simplified, glosses) = parseLine(line) else {
        builder.skip(line: lineNumber, "not a CEDICT entry 'traditional simplified [pinyin] /gloss/'")
        continue
      }
      let traditionalWord = String(traditional)
      let simplifiedWord = String(simplified)
      var added = false
      for gloss in glosses {
        for translation in GlossCleaner.cedictTranslations(gloss) {
          builder.add(source: simplifiedWord, target: translation)
          if traditionalWord != simplifiedWord { builder.add(source: traditionalWord, target: translation) }
          added = true
        }
      }
      if !added { builder.unusedHeadwords += 1 }
    }
    builder.title = title
  }
}
