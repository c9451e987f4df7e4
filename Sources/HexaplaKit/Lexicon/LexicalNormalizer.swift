/// Turns words into matching keys for one language, so that a dictionary entry and a word in a
/// sentence meet when they are forms of the same word.
///
/// Use the same normaliser when building a dictionary's lookup table and when matching the words
/// of sentences (as ICU's word BreakIterator returns them):
/// ```swift
/// let english = LexicalNormalizer(language: try LanguageTag("en"))
/// english.key(for: "Studies") == english.key(for: "study")     // true: "study"
/// english.keys(forPhrase: "flower buds")                       // ["flower", "bud"]
/// ```
/// A key is the word in NFKC with case folding (through `UnicodeNormalizer`; ASCII takes a fast
/// path), optionally without accents, and, for English, French, German, Spanish, Italian,
/// Portuguese, Dutch and Russian, without plural and simple inflection endings (`InflectionRules`, written
/// for Hexapla: not a full stemmer; keys of different words may meet, irregular forms come from
/// a short table). Other languages get no inflection rules. Thread-safe (a value type).
public struct LexicalNormalizer: Sendable {
  /// The language whose rules apply.
  public let language: LanguageTag
  /// Whether accents are removed (`é` → `e`); German keys always fold umlauts (`ä` → `a`).
  public let foldsAccents: Bool
  /// Whether plural and inflection endings are removed.
  public let stripsInflection: Bool

  private let rules: InflectionRules?
  private let unspaced: Bool

  /// A normaliser for `language`.
  /// - Parameters:
  ///   - foldsAccents: remove accents (default false).
  ///   - stripsInflection: remove plural and inflection endings where Hexapla has rules (default true).
  public init(language: LanguageTag, foldsAccents: Bool = false, stripsInflection: Bool = true) {
    self.language = language
    self.foldsAccents = foldsAccents
    self.stripsInflection = stripsInflection
    self.rules = stripsInflection ? InflectionRules.rules(for: language.language) : nil
    self.unspaced = Self.unspacedLanguages.contains(language.language)
  }

  /// Languages whose words are not separated by spaces: a phrase is one key.
  static let unspacedLanguages: Set<String> = ["zh", "ja", "th", "lo", "km", "my", "yue", "wuu", "bo"]

  /// The matching key of one word.
  /// - Complexity: O(length of the word).
  public func key(for word: some StringProtocol) -> String {
    var folded = Self.fold(word)
    if foldsAccents || rules?.foldsUmlauts == true { folded = Self.removingAccents(folded) }
    if let rules { return rules.stem(folded) }
    return String(decoding: folded, as: UTF8.self)
  }

  /// The key under which a word of a sentence (an ICU word segment) meets dictionary phrases:
  /// `key(for:)`, or in unspaced languages the folded segment without spaces.
  public func sentenceWordKey(_ word: some StringProtocol) -> String {
    unspaced ? keys(forPhrase: word).first ?? "" : key(for: word)
  }

  /// The keys of the words of a phrase, split at everything that is not a letter, digit or mark
  /// (`"flower-buds"` → `["flower", "bud"]` in English). A phrase in a language written without
  /// spaces (Chinese, Japanese, Thai) gives one key: the whole phrase, folded, without spaces.
  public func keys(forPhrase phrase: some StringProtocol) -> [String] {
    if unspaced {
      let folded = Self.fold(phrase).filter { $0 != 0x20 }
      return folded.isEmpty ? [] : [String(decoding: folded, as: UTF8.self)]
    }
    var keys: [String] = []
    if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
      for word in Array(phrase.utf8).split(whereSeparator: { !Self.isASCIIWordByte($0) }) {
        keys.append(key(for: String(decoding: word, as: UTF8.self)))
      }
      return keys
    }
    var word = String.UnicodeScalarView()
    for scalar in phrase.unicodeScalars {
      let properties = scalar.properties
      if properties.isAlphabetic || properties.numericType != nil
        || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
      {
        word.append(scalar)
      } else if !word.isEmpty {
        keys.append(key(for: String(word)))
        word = String.UnicodeScalarView()
      }
    }
    if !word.isEmpty { keys.append(key(for: String(word))) }
    return keys
  }

  static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// NFKC with case folding, as UTF-8 bytes.
  static func fold(_ word: some StringProtocol) -> [UInt8] {
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      return word.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }
    if isUnifiedHanOnly(word.utf8) { return Array(word.utf8) }
    return Array(UnicodeNormalizer.normalize(String(word), to: .nfkcCaseFold).utf8)
  }

  /// Whether the UTF-8 text holds only CJK unified ideographs of U+3400–U+9FFF (which NFKC and
  /// case folding leave alone), so that ICU need not be called.
  static func isUnifiedHanOnly(_ utf8: some Collection<UInt8>) -> Bool {
    var iterator = utf8.makeIterator()
    while let lead = iterator.next() {
      guard let second = iterator.next(), iterator.next() != nil else { return false }
      switch lead {
      case 0xE4...0xE9: continue
      case 0xE3 where second >= 0x90: continue
      default: return false
      }
    }
    return true
  }

  /// The text without accents: Latin letters with diacritics by a table, anything else by
  /// decomposing and dropping nonspacing marks.
  static func removingAccents(_ bytes: [UInt8]) -> [UInt8] {
    if bytes.allSatisfy({ $0 < 0x80 }) { return bytes }
    let text = String(decoding: bytes, as: UTF8.self)
    var needsDecomposition = false
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value < 0x80 {
        scalars.append(scalar)
      } else if let base = latinBase[scalar.value] {
        scalars.append(contentsOf: base.unicodeScalars)
      } else {
        needsDecomposition = true
        scalars.append(scalar)
      }
    }
    var result = String(scalars)
    if needsDecomposition {
      var stripped = String.UnicodeScalarView()
      for scalar in UnicodeNormalizer.normalize(result, to: .nfd).unicodeScalars
      where scalar.properties.generalCategory != .nonspacingMark {
        stripped.append(scalar)
      }
      result = UnicodeNormalizer.normalize(String(stripped), to: .nfc)
    }
    return Array(result.utf8)
  }

  /// Lower-case Latin letters with diacritics (after case folding) and their base letters.
  static let latinBase: [UInt32: String] = {
    let pairs: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
      ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
      ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
      ("źżž", "z"), ("æ", "ae"), ("œ", "oe"),
    ]
    var table: [UInt32: String] = [:]
    for (letters, base) in pairs {
      for scalar in letters.unicodeScalars { table[scalar.value] = base }
    }
    return table
  }()
}
