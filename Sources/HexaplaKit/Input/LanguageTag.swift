internal import CICU

/// A BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`, in canonical case.
///
/// Only the subtags an aligner needs are kept: language, script, region and variants.
/// The language and script must be ones ICU knows, so a typo (`zz`, `zh-Hnas`) is caught early,
/// and the language must be written with its shortest ISO 639 code (`en`, not `eng`).
public struct LanguageTag: Hashable, Sendable, CustomStringConvertible, Comparable {
  /// The ISO 639 language subtag, lower case (`en`, `zh`, `yue`).
  public let language: String
  /// The ISO 15924 script subtag, title case (`Hans`), if any.
  public let script: String?
  /// The region subtag, upper case (`BR`) or three digits (`419`), if any.
  public let region: String?
  /// Variant subtags, lower case.
  public let variants: [String]
  /// The whole tag in canonical case when it was read as merely well-formed (see
  /// `init(wellFormed:)`) and holds more than the subtags above; nil for a validated tag.
  let wellFormedText: String?

  /// Parses and validates a tag; `_` is accepted in place of `-`.
  /// - Throws: `HexaplaError.invalidLanguageTag` for a malformed tag, an unknown language or
  ///   script, or a three-letter code of a language that has a two-letter one.
  public init(_ text: String) throws {
    let trimmed = text.trimmingWhitespace()
    let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
      .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
      .map(String.init)
    guard let first = parts.first, !first.isEmpty else {
      throw HexaplaError.invalidLanguageTag(tag: text, reason: "it is empty")
    }
    guard (2...3).contains(first.count), first.allSatisfy(\.isASCIILetter) else {
      throw HexaplaError.invalidLanguageTag(
        tag: text, reason: "'\(HexaplaError.quoting(first))' is not a two- or three-letter ISO 639 language code")
    }
    let language = first.lowercased()
    if let short = Self.twoLetterCode(language) {
      let shortened = ([short] + parts.dropFirst()).joined(separator: "-")
      let suggestion = (try? LanguageTag(shortened))?.description ?? shortened
      throw HexaplaError.invalidLanguageTag(
        tag: text,
        reason: "unknown language '\(language)' (BCP 47 uses the shortest ISO 639 code); did you mean '\(suggestion)'?")
    }
    guard language != "und", hx_language_is_known(language) != 0 else {
      throw HexaplaError.invalidLanguageTag(tag: text, reason: "unknown language '\(language)'")
    }
    var script: String?
    var region: String?
    var variants: [String] = []
    for part in parts.dropFirst() {
      if part.isEmpty {
        throw HexaplaError.invalidLanguageTag(tag: text, reason: "empty subtag")
      }
      if script == nil, region == nil, variants.isEmpty, part.count == 4,
        part.allSatisfy(\.isASCIILetter)
      {
        let code = part.prefix(1).uppercased() + part.dropFirst().lowercased()
        guard Self.isPrivateUseScript(code) || hx_script_is_known(code) != 0 else {
          throw HexaplaError.invalidLanguageTag(tag: text, reason: "unknown script '\(HexaplaError.quoting(part))'")
        }
        script = code
      } else if region == nil, variants.isEmpty,
        (part.count == 2 && part.allSatisfy(\.isASCIILetter))
          || (part.count == 3 && part.allSatisfy(\.isASCIIDigit))
      {
        region = part.uppercased()
      } else if (5...8).contains(part.count) && part.allSatisfy(\.isASCIIAlphanumeric)
        || (part.count == 4 && part.first!.isASCIIDigit && part.allSatisfy(\.isASCIIAlphanumeric))
      {
        variants.append(part.lowercased())
      } else {
        throw HexaplaError.invalidLanguageTag(tag: text, reason: "unexpected subtag '\(HexaplaError.quoting(part))'")
      }
    }
    self.language = language
    self.script = script
    self.region = region
    self.variants = variants
    self.wellFormedText = nil
  }

  /// ISO 639-2/B (bibliographic) codes, which ICU does not know, with their ISO 639-2/T form.
  static let bibliographicCodes: [String: String] = [
    "alb": "sqi", "arm": "hye", "baq": "eus", "bur": "mya", "chi": "zho", "cze": "ces", "dut": "nld",
    "fre": "fra", "geo": "kat", "ger": "deu", "gre": "ell", "ice": "isl", "mac": "mkd", "mao": "mri",
    "may": "msa", "per": "fas", "rum": "ron", "slo": "slk", "tib": "bod", "wel": "cym",
  ]

  /// The two-letter ISO 639-1 code of a language written with three letters (`eng` → `en`,
  /// `ger` → `de`), from ICU's ISO 639 data; nil when it has none (`yue`, `fil`).
  static func twoLetterCode(_ code: String) -> String? {
    let lower = code.lowercased()
    guard lower.count == 3 else { return nil }
    var buffer = [CChar](repeating: 0, count: 4)
    guard hx_language_two_letter_code(bibliographicCodes[lower] ?? lower, &buffer, Int32(buffer.count)) != 0
    else { return nil }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Whether a script code is in ISO 15924's private-use range `Qaaa`–`Qabx`.
  private static func isPrivateUseScript(_ code: String) -> Bool {
    ("Qaaa"..."Qabx").contains(code)
  }

  /// The tag in canonical BCP 47 case, such as `zh-Hans` or `pt-BR`.
  public var description: String {
    if let wellFormedText { return wellFormedText }
    return ([language] + [script, region].compactMap { $0 } + variants).joined(separator: "-")
  }

  /// The ICU locale id, such as `zh_Hans` or `pt_BR`.
  /// Whether one tag is the other with subtags left out (`zh` and `zh-Hans`, `pt` and `pt-BR`):
  /// the same language, and every subtag that both give equal.
  public func isMoreOrLessSpecific(than other: LanguageTag) -> Bool {
    guard language == other.language, self != other else { return false }
    if let a = script, let b = other.script, a != b { return false }
    if let a = region, let b = other.region, a != b { return false }
    return variants.isEmpty || other.variants.isEmpty || variants == other.variants
  }

  public var icuLocale: String {
    ([language] + [script, region].compactMap { $0 } + variants.map { $0.uppercased() })
      .joined(separator: "_")
  }

  /// The tag a file name carries as its last-but-one dot component (`article.de.txt` → `de`),
  /// or nil when there is none or it is not a known language.
  public static func fromFileName(_ path: String) -> LanguageTag? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let components = name.split(separator: ".")
    guard components.count >= 3 else { return nil }
    return try? LanguageTag(String(components[components.count - 2]))
  }

  public static func < (lhs: LanguageTag, rhs: LanguageTag) -> Bool {
    lhs.description < rhs.description
  }
}

extension Character {
  fileprivate var isASCIILetter: Bool { isASCII && isLetter }
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
  fileprivate var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }
}
