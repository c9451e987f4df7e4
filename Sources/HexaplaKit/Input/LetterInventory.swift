/// The letters of a language, in the scripts it is written in, sorted into its own letters,
/// loanword letters and foreign letters.
///
/// Its own letters are CLDR's standard exemplar characters, per script (`sr` gets the Cyrillic
/// set of `sr` and the Latin one of `sr_Latn`), plus the variant spellings of ``variants``.
/// Loanword letters are CLDR's auxiliary exemplars: letters a language writes only in
/// loanwords and foreign names (é in English, ñ in French). Every other letter is foreign.
/// Texts are compared in NFKC, lower case, so compatibility forms (Arabic presentation forms,
/// ligatures, full-width letters) count as the letters they stand for.
struct LetterInventory {
  /// How a letter stands to the language.
  enum Kind: Equatable {
    case own, loanword, foreign
  }

  /// The scripts whose letters can be judged: those ICU has exemplar characters for.
  let scripts: Set<String>
  /// The language's own letters, lower case.
  let own: Set<Unicode.Scalar>
  /// Letters the language uses only in loanwords and foreign names, lower case.
  let loanwords: Set<Unicode.Scalar>

  /// The letters of `language` in those of `candidates` (ISO 15924 codes) ICU has data for.
  init(language: LanguageTag, scripts candidates: Set<String>) {
    let defaultScript = language.script ?? LanguageNames.likelyScript(language.icuLocale)
    var scripts = Set<String>()
    var own = Set<Unicode.Scalar>()
    var loanwords = Set<Unicode.Scalar>()
    for script in candidates {
      // Another script than the language's usual one has its own locale data (sr_Latn).
      let locale =
        script == defaultScript
        ? language.icuLocale
        : ([language.language, script] + [language.region].compactMap { $0 }).joined(separator: "_")
      guard let standard = LanguageNames.exemplarCharacters(locale),
        standard.contains(where: { UnicodeProperties.scriptCode($0) == script })
      else { continue }
      scripts.insert(script)
      own.formUnion(standard)
      loanwords.formUnion(LanguageNames.exemplarCharacters(locale, auxiliary: true) ?? [])
    }
    for variant in Self.variants[language.language] ?? [] {
      own.formUnion(variant.letters.unicodeScalars)
    }
    own.formUnion(own.flatMap(Self.normalized))
    loanwords.formUnion(loanwords.flatMap(Self.normalized))
    self.scripts = scripts
    self.own = own
    self.loanwords = loanwords.subtracting(own)
  }

  /// The kind of a lower-case letter. Basic Latin letters are always the language's own: names
  /// and loanwords bring w and x into Turkish, c and z into Icelandic.
  func kind(of letter: Unicode.Scalar) -> Kind {
    if letter.isASCII || own.contains(letter) { return .own }
    return loanwords.contains(letter) ? .loanword : .foreign
  }

  /// Text as letters are looked up: NFKC, lower case.
  /// - Complexity: O(n); lines of ASCII, most of most texts, skip the Unicode tables: they are
  ///   their own NFKC form and lower-case by a subtraction. A line break composes with nothing
  ///   and ends any case context, so the lines give the same result one by one.
  static func normalize(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var first = true
    for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      if !first { result += "\n" }
      first = false
      if line.allSatisfy({ $0 < 0x80 }) {
        result += String(decoding: line.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
      } else {
        result += String(Substring(line)).precomposedStringWithCompatibilityMapping.lowercased()
      }
    }
    return result
  }

  /// Calls `body` with each scalar of `normalize(text)`, in order, without building it: ASCII
  /// lines are lowered byte by byte, and lines of ASCII and Latin-1 letters (U+00C0–U+00FF,
  /// their own NFKC form, with no combining mark to compose with) scalar by scalar; other lines
  /// go through `normalize`.
  /// - Complexity: O(n).
  static func forEachNormalizedScalar(in text: String, _ body: (Unicode.Scalar) -> Void) {
    var first = true
    for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      if !first { body("\n") }
      first = false
      if line.allSatisfy({ $0 < 0x80 }) {
        for byte in line { body(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) }
        continue
      }
      let string = Substring(line)
      if string.unicodeScalars.allSatisfy({ $0.value < 0x80 || (0xC0...0xFF).contains($0.value) }) {
        for scalar in string.unicodeScalars {
          // Latin-1 capitals are 0x20 below their small letters (× at U+00D7 is no letter).
          let value = scalar.value
          let lower = (0x41...0x5A).contains(value) || (0xC0...0xDE).contains(value) && value != 0xD7
          body(lower ? Unicode.Scalar(UInt8(value | 0x20)) : scalar)
        }
      } else {
        for scalar in normalize(String(string)).unicodeScalars { body(scalar) }
      }
    }
  }

  /// The scalars a letter becomes in ``normalize(_:)``.
  private static func normalized(_ letter: Unicode.Scalar) -> [Unicode.Scalar] {
    Array(normalize(String(letter)).unicodeScalars)
  }
}
