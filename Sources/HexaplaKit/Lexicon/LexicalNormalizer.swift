/// Turns words into matching keys for one language, so that a dictionary entry and a word in a
/// sentence meet when they are forms of the same word.
///
/// Used both when building a dictionary's lookup table and when matching words in sentences:
/// ```swift
/// let english = LexicalNormalizer(language: try LanguageTag("en"))
/// english.key(for: "Studies") == english.key(for: "study")     // true
/// english.keys(forPhrase: "flower buds")                       // ["flower", "bud"]
/// ```
/// A key is NFKC with case folding (through `UnicodeNormalizer`), optionally without accents,
/// and, for English, French, German, Spanish, Italian, Portuguese and Dutch, without plural and
/// simple inflection endings (rules written for Hexapla, not a full stemmer: keys of different
/// words may meet, and irregular forms mostly stay apart). Other languages get no inflection rules.
public struct LexicalNormalizer: Sendable {
  /// The language whose rules apply.
  public let language: LanguageTag
  /// Whether accents are removed (`é` → `e`, `ü` → `u`); German keys always fold umlauts.
  public let foldsAccents: Bool
  /// Whether plural and inflection endings are removed.
  public let stripsInflection: Bool

  private let rules: InflectionRules?

  /// A normaliser for `language`.
  /// - Parameters:
  ///   - foldsAccents: remove accents (default false).
  ///   - stripsInflection: remove plural and inflection endings where Hexapla has rules (default true).
  public init(language: LanguageTag, foldsAccents: Bool = false, stripsInflection: Bool = true) {
    self.language = language
    self.foldsAccents = foldsAccents
    self.stripsInflection = stripsInflection
    self.rules = stripsInflection ? InflectionRules.rules(for: language.language) : nil
  }

  /// The matching key of one word (as a word BreakIterator returns it).
  public func key(for word: some StringProtocol) -> String {
    var text = fold(word)
    if foldsAccents || rules?.foldsUmlauts == true { text = Self.removingAccents(text) }
    if let rules { text = rules.stem(text) }
    return text
  }

  /// The keys of the words of a phrase, split at spaces, hyphens and apostrophes
  /// (`"one's own flower-buds"` → `["one", "s", "own", "flower", "bud"]` in English). A phrase in a
  /// language written without spaces (Chinese, Japanese, Thai) gives one key, the whole phrase.
  public func keys(forPhrase phrase: some StringProtocol) -> [String] {
    if Self.unspacedLanguages.contains(language.language) {
      let key = fold(phrase).filter { !$0.isWhitespace }
      return key.isEmpty ? [] : [key]
    }
    return phrase.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "." && false) })
      .map { key(for: $0) }
      .filter { !$0.isEmpty }
  }

  /// Languages whose words are not separated by spaces.
  static let unspacedLanguages: Set<String> = ["zh", "ja", "th", "lo", "km", "my", "yue", "wuu", "bo"]

  /// NFKC with case folding; ASCII takes a fast path.
  private func fold(_ word: some StringProtocol) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      if word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
        return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
      }
      return String(word)
    }
    return UnicodeNormalizer.normalize(String(word), to: .nfkcCaseFold)
  }

  /// The text without combining marks (decomposed, marks dropped, recomposed).
  static func removingAccents(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    let decomposed = UnicodeNormalizer.normalize(text, to: .nfd)
    var scalars = String.UnicodeScalarView()
    for scalar in decomposed.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
      scalars.append(scalar)
    }
    return UnicodeNormalizer.normalize(String(scalars), to: .nfc)
  }
}
