/// Tags as other tools write them in files: every well-formed BCP 47 tag, valid or not.
extension LanguageTag {
  /// The irregular grandfathered tags of RFC 5646, which the tag syntax does not cover.
  static let irregularGrandfathered: Set<String> = [
    "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
    "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
  ]

  /// Accepts any well-formed BCP 47 tag (RFC 5646 section 2.1): the tags `init(_:)` validates,
  /// and also three-letter and undetermined or private-use languages (`nob`, `und`, `qaa`),
  /// extended language subtags (`zh-yue`, `zh-min-nan`), extensions (`de-u-co-phonebk`),
  /// private use (`x-foo`, `en-US-x-twain`) and the grandfathered tags (`i-klingon`). A tag that
  /// is only well-formed keeps all its subtags, in canonical case, as its `description`.
  /// - Throws: `HexaplaError.invalidLanguageTag` when the tag is not well-formed.
  public init(wellFormed text: String) throws {
    if let valid = try? LanguageTag(text) {
      self = valid
      return
    }
    let trimmed = text.trimmingWhitespace()
    let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
      .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
      .map { $0.lowercased() }
    func fail(_ reason: String) -> HexaplaError {
      .invalidLanguageTag(tag: String(trimmed.prefix(80)), reason: reason)
    }
    guard parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(Self.isASCIIAlphanumeric) }) else {
      throw fail("a subtag is empty or not ASCII letters and digits")
    }
    let isGrandfathered = Self.irregularGrandfathered.contains(parts.joined(separator: "-"))
    var index = 0
    var script: String?
    var region: String?
    var variants: [String] = []
    func isAlpha(_ part: String, _ lengths: ClosedRange<Int>) -> Bool {
      lengths.contains(part.utf8.count) && part.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }
    if !isGrandfathered && parts[0] != "x" {
      guard isAlpha(parts[0], 2...8) else { throw fail("'\(parts[0].prefix(80))' is not a language subtag") }
      index = 1
      if parts[0].utf8.count <= 3 {
        var extlangs = 0
        while index < parts.count, extlangs < 3, isAlpha(parts[index], 3...3) {
          index += 1
          extlangs += 1
        }
      }
      if index < parts.count, isAlpha(parts[index], 4...4) {
        script = parts[index].prefix(1).uppercased() + parts[index].dropFirst()
        index += 1
      }
      if index < parts.count,
        isAlpha(parts[index], 2...2)
          || (parts[index].utf8.count == 3 && parts[index].utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 })
      {
        region = parts[index].uppercased()
        index += 1
      }
      while index < parts.count {
        let part = parts[index]
        let count = part.utf8.count
        guard (5...8).contains(count) || (count == 4 && part.utf8.first! <= 0x39) else { break }
        variants.append(part)
        index += 1
      }
      // Extensions: a singleton other than x, then subtags of 2 to 8 characters.
      while index < parts.count, parts[index].utf8.count == 1, parts[index] != "x" {
        index += 1
        let first = index
        while index < parts.count, (2...8).contains(parts[index].utf8.count) { index += 1 }
        guard index > first else { throw fail("extension '\(parts[first - 1])' has no subtags") }
      }
    }
    if !isGrandfathered && index < parts.count {
      guard parts[index] == "x" else { throw fail("unexpected subtag '\(parts[index].prefix(80))'") }
      guard index + 1 < parts.count, parts[(index + 1)...].allSatisfy({ $0.utf8.count <= 8 }) else {
        throw fail("private use 'x' needs subtags of 1 to 8 characters")
      }
      index = parts.count
    }
    // Canonical case: lower case, but title-case scripts and upper-case regions before the first
    // singleton (RFC 5646 section 2.1.1).
    var cased: [String] = []
    var afterSingleton = false
    for (position, part) in parts.enumerated() {
      if part.utf8.count == 1 { afterSingleton = true }
      if position > 0 && !afterSingleton && part.utf8.count == 2 {
        cased.append(part.uppercased())
      } else if position > 0 && !afterSingleton && part.utf8.count == 4 && part.utf8.first! > 0x39 {
        cased.append(part.prefix(1).uppercased() + part.dropFirst())
      } else {
        cased.append(part)
      }
    }
    self.init(
      language: parts[0], script: script, region: region, variants: variants,
      wellFormedText: cased.joined(separator: "-"))
  }

  private init(
    language: String, script: String?, region: String?, variants: [String], wellFormedText: String
  ) {
    self.language = language
    self.script = script
    self.region = region
    self.variants = variants
    self.wellFormedText = wellFormedText
  }

  private static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
  }
}
