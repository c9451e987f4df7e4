import Foundation

/// Tells an edition's language from its script where the script alone decides it, and
/// notices editions written in a script their language does not use.
public enum ScriptLanguageGuesser {
  /// Scripts used by one language only (for the purpose of news editions).
  static let unambiguous: [String: String] = [
    "Hang": "ko", "Thai": "th", "Grek": "el", "Hebr": "he", "Geor": "ka", "Armn": "hy",
    "Khmr": "km", "Laoo": "lo", "Sinh": "si", "Taml": "ta", "Telu": "te", "Knda": "kn",
    "Mlym": "ml", "Gujr": "gu", "Guru": "pa", "Orya": "or", "Mymr": "my",
  ]
  /// Languages commonly written in more than one script.
  static let alternativeScripts: [String: Set<String>] = [
    "sr": ["Cyrl", "Latn"], "bs": ["Latn", "Cyrl"], "uz": ["Latn", "Cyrl"], "az": ["Latn", "Cyrl"],
    "kk": ["Cyrl", "Latn"], "tk": ["Latn", "Cyrl"], "ku": ["Latn", "Arab"], "pa": ["Guru", "Arab"],
    "ms": ["Latn", "Arab"], "mn": ["Cyrl", "Mong"], "tt": ["Cyrl", "Latn"], "sd": ["Arab", "Deva"],
  ]
  /// English names of scripts for messages.
  static let scriptNames: [String: String] = [
    "Latn": "Latin", "Cyrl": "Cyrillic", "Arab": "Arabic", "Hani": "Han (Chinese characters)",
    "Hira": "Hiragana", "Kana": "Katakana", "Hang": "Hangul", "Thai": "Thai", "Grek": "Greek",
    "Hebr": "Hebrew", "Deva": "Devanagari", "Beng": "Bengali", "Geor": "Georgian",
    "Armn": "Armenian", "Ethi": "Ethiopic", "Jpan": "Japanese (kana and kanji)",
    "Kore": "Korean (Hangul)", "Hans": "Simplified Han", "Hant": "Traditional Han",
  ]

  /// How many letters of each script a text has (digits, punctuation and symbols left out).
  /// - Complexity: O(n) in the length of the text.
  public static func scriptCounts(_ text: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    var asciiLetters = 0  // counted apart: most letters of Latin text, no dictionary update each
    for scalar in text.unicodeScalars {
      if scalar.value < 0x80 {
        if (0x61...0x7A).contains(scalar.value | 0x20) { asciiLetters += 1 }
        continue
      }
      guard let script = UnicodeProperties.letterScript(scalar) else { continue }
      if script == "Zyyy" || script == "Zinh" || script == "Zzzz" { continue }
      counts[script, default: 0] += 1
    }
    if asciiLetters > 0 { counts["Latn", default: 0] += asciiLetters }
    return counts
  }

  /// The language the script of `text` decides: Hangul → ko, kana → ja, Han only → zh,
  /// Thai → th, Greek → el, Hebrew → he, and other scripts of one language.
  /// - Parameters:
  ///   - path: the name used in the error.
  ///   - option: the command-line option that gives the language, named in the error.
  /// - Throws: `HexaplaError.ambiguousLanguage` for Latin, Cyrillic, Arabic and other
  ///   scripts of many languages, or too little text.
  public static func guess(_ text: String, path: String, option: String = "--langs") throws -> LanguageTag {
    let counts = scriptCounts(text)
    let total = counts.values.reduce(0, +)
    guard total >= 10, let (dominant, _) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })
    else {
      throw HexaplaError.ambiguousLanguage(path: path, script: "too little text in any", option: option)
    }
    let share = { (script: String) in Double(counts[script] ?? 0) / Double(total) }
    let kana = share("Hira") + share("Kana")
    let code: String?
    if share("Hang") >= 0.3 {
      code = "ko"
    } else if kana >= 0.05 && kana + share("Hani") >= 0.6 {
      code = "ja"
    } else if share("Hani") >= 0.6 {
      code = "zh"
    } else if share(dominant) >= 0.6 {
      code = unambiguous[dominant]
    } else {
      code = nil
    }
    guard let code else {
      throw HexaplaError.ambiguousLanguage(path: path, script: name(of: dominant), option: option)
    }
    return try LanguageTag(code)
  }

  /// Checks that `text` is written in a script of `language` and, for alphabets, with its
  /// letters.
  /// - Throws: `HexaplaError.languageMismatch` when most letters are in a script the language
  ///   does not use (a Latin-script page tagged `ru`, a Japanese page tagged `zh`);
  ///   `.foreignLetters` when many letters are foreign to it or loanword letters (a French page
  ///   tagged `en`).
  public static func check(_ text: String, language: LanguageTag, path: String) throws {
    let text = sample(text)
    let counts = scriptCounts(text)
    let total = counts.values.reduce(0, +)
    guard total >= 20,
      let (dominant, dominantCount) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })
    else { return }
    let expected = expectedScripts(language)
    guard !expected.isEmpty else { return }
    let expectedCount = expected.reduce(0) { $0 + (counts[$1] ?? 0) }
    let expectedName = scriptNames[likelyScript(language) ?? ""] ?? name(of: expected.sorted()[0])
    if Double(expectedCount) < 0.2 * Double(total), Double(dominantCount) >= 0.5 * Double(total) {
      throw HexaplaError.languageMismatch(
        path: path, language: language.description, found: name(of: dominant), expected: expectedName)
    }
    // Chinese and Japanese share Han characters: kana decide.
    let kana = (counts["Hira"] ?? 0) + (counts["Kana"] ?? 0)
    if language.language == "zh", Double(kana) >= 0.1 * Double(total) {
      throw HexaplaError.languageMismatch(
        path: path, language: language.description, found: "Japanese kana", expected: expectedName)
    }
    if language.language == "ja", kana == 0, (counts["Hani"] ?? 0) >= 50 {
      throw HexaplaError.languageMismatch(
        path: path, language: language.description, found: "Han script without any kana (Chinese?)",
        expected: expectedName)
    }
    try checkExemplars(text, language: language, path: path, scripts: expected)
  }

  /// The text itself up to `limit` bytes; a longer one is judged on 16 evenly spaced stretches
  /// of whole lines that add up to about `limit` bytes: shares of scripts and letters are the
  /// same, and the check costs the same for a page or a book.
  static func sample(_ text: String, limit: Int = 1 << 20) -> String {
    let utf8 = text.utf8
    guard utf8.count > limit else { return text }
    let pieces = 16
    let stride = utf8.count / pieces
    var result = ""
    result.reserveCapacity(limit + 1024)
    for k in 0..<pieces {
      var start = utf8.index(utf8.startIndex, offsetBy: k * stride)
      // From the start of the next line (or the text's start) to the end of a line.
      if k > 0, let newline = utf8[start...].firstIndex(of: 0x0A) { start = utf8.index(after: newline) }
      var end = utf8.index(start, offsetBy: min(limit / pieces, utf8.distance(from: start, to: utf8.endIndex)))
      if let newline = utf8[end...].firstIndex(of: 0x0A) { end = newline }
      // Without line breaks near by, move off the middle of a character.
      while start < end, utf8[start] & 0xC0 == 0x80 { start = utf8.index(after: start) }
      while end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(after: end) }
      guard start < end, let lower = String.Index(start, within: text), let upper = String.Index(end, within: text)
      else { continue }
      result += text[lower..<upper]
      result += "\n"
    }
    return result
  }

  /// Alphabetic scripts whose CLDR exemplar sets are complete enough to tell languages apart.
  static let exemplarScripts: Set<String> = [
    "Latn", "Cyrl", "Grek", "Arab", "Hebr", "Armn", "Geor", "Deva", "Beng", "Ethi",
  ]
  /// The share of letters other than the tagged language's own (loanword letters included)
  /// above which an edition is taken to be in another language of the same script (texts in
  /// their own language stay below 0.9% in PUD, names included).
  static let foreignLetterShare = 0.012
  /// The fewest letters needed before foreign letters are judged.
  static let minimumLettersForExemplars = 300

  /// Checks letters of the language's own scripts against the letters it uses
  /// (``LetterInventory``): a French text tagged `en` has é, è, ç, which English writes only in
  /// loanwords; Polish tagged `cs` has ł, ą, ę. Loanword letters count, since another language
  /// of the script brings them in every word; names and loanwords stay below the share.
  /// - Complexity: O(n) in the length of the text.
  /// - Throws: `HexaplaError.foreignLetters` naming them.
  static func checkExemplars(_ text: String, language: LanguageTag, path: String, scripts: Set<String>) throws {
    let inventory = LetterInventory(language: language, scripts: scripts.intersection(exemplarScripts))
    guard !inventory.scripts.isEmpty else { return }
    var letters = 0
    var counted: [Unicode.Scalar: Int] = [:]
    // Basic Latin letters are Latin and always the language's own: counted without a lookup.
    let judgesLatin = inventory.scripts.contains("Latn")
    LetterInventory.forEachNormalizedScalar(in: text) { letter in
      if letter.isASCII {
        if judgesLatin, (0x61...0x7A).contains(letter.value | 0x20) { letters += 1 }
        return
      }
      guard let script = UnicodeProperties.letterScript(letter), inventory.scripts.contains(script) else { return }
      letters += 1
      if inventory.kind(of: letter) != .own { counted[letter, default: 0] += 1 }
    }
    let countedTotal = counted.values.reduce(0, +)
    guard letters >= minimumLettersForExemplars,
      Double(countedTotal) > foreignLetterShare * Double(letters)
    else { return }
    let examples = counted.sorted { ($0.value, $1.key.value) > ($1.value, $0.key.value) }.prefix(4).map(\.key)
    let listed = { (kind: LetterInventory.Kind) in
      examples.filter { inventory.kind(of: $0) == kind }.map { String($0) }.joined(separator: " ")
    }
    let percent = (Double(countedTotal) * 1000 / Double(letters)).rounded() / 10
    throw HexaplaError.foreignLetters(
      path: path, language: language.description, letters: listed(.foreign), loanwordLetters: listed(.loanword),
      percent: percent)
  }

  /// The scripts a language is written in (empty when unknown).
  static func expectedScripts(_ language: LanguageTag) -> Set<String> {
    if language.script == nil, let alternatives = alternativeScripts[language.language] {
      return alternatives
    }
    switch likelyScript(language) {
    case "Jpan": return ["Hani", "Hira", "Kana"]
    case "Kore": return ["Hang", "Hani"]
    case "Hans", "Hant", "Hani": return ["Hani"]
    case let script?: return [script]
    case nil: return []
    }
  }

  private static func likelyScript(_ language: LanguageTag) -> String? {
    if let script = language.script { return script }
    return LanguageNames.likelyScript(language.icuLocale)
  }

  private static func name(of script: String) -> String { scriptNames[script] ?? script }
}
