internal import CICU

/// Names of languages as sites list them in their language menus: each language's own name
/// (endonym) and its name in the major languages of the web, all from ICU's CLDR data.
enum LanguageNames {
  /// Languages whose names are collected: the languages of large multilingual news sites.
  static let codes = [
    "en", "zh", "ja", "ko", "ru", "fr", "de", "es", "it", "pt", "id", "ms", "fi", "ar", "tr", "pl",
    "cs", "sk", "sv", "no", "nb", "da", "nl", "hi", "bn", "ur", "fa", "th", "vi", "is", "gl", "ca",
    "eu", "el", "he", "uk", "be", "bg", "sr", "hr", "bs", "sl", "mk", "sq", "ro", "hu", "et", "lv",
    "lt", "ka", "hy", "az", "kk", "uz", "ky", "tg", "mn", "km", "lo", "my", "ta", "te", "ml", "kn",
    "mr", "gu", "pa", "ne", "si", "sw", "am", "ha", "yo", "zu", "af", "so", "ps", "tl", "fil", "ga",
    "cy", "mt", "eo", "la",
  ]
  /// Languages in which the names are also collected (besides each language's own).
  static let displayLanguages = ["en", "zh", "ja", "ko", "ru", "fr", "de", "es", "ar", "pt"]

  /// Every known name, lower case, longest first (for greedy matching).
  static let all: [String] = {
    var names = Set<String>()
    for code in codes {
      for display in [code] + displayLanguages {
        if let name = displayName(of: code, in: display) { names.insert(name.lowercased()) }
      }
    }
    // Menus often write Chinese variants and "X language" forms that CLDR lists separately.
    for extra in ["简体中文", "繁體中文", "简体", "繁體", "中文简体", "中文繁體", "한어", "русский язык"] {
      names.insert(extra)
    }
    return names.filter { $0.count >= 2 }.sorted { ($0.count, $0) > ($1.count, $1) }
  }()

  /// The name of `code` in the language `display`, or nil when ICU has none.
  static func displayName(of code: String, in display: String) -> String? {
    var buffer = [UInt16](repeating: 0, count: 128)
    let length = hx_language_display_name(code, display, &buffer, Int32(buffer.count))
    guard length > 0 else { return nil }
    return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
  }

  /// The letters a language normally uses (CLDR's standard exemplar characters, lower case),
  /// or with `auxiliary` the ones it uses only in loanwords, foreign names and variant
  /// spellings; nil when ICU has no data of its own for the locale.
  static func exemplarCharacters(_ locale: String, auxiliary: Bool = false) -> Set<Unicode.Scalar>? {
    let kind = Int32(auxiliary ? HX_EXEMPLAR_AUXILIARY : HX_EXEMPLAR_STANDARD)
    var buffer = [UInt32](repeating: 0, count: 512)
    var count = hx_exemplar_characters(locale, kind, &buffer, Int32(buffer.count))
    if count > Int32(buffer.count) {
      buffer = [UInt32](repeating: 0, count: Int(count))
      count = hx_exemplar_characters(locale, kind, &buffer, count)
    }
    guard count >= 0 else { return nil }
    return Set(buffer.prefix(Int(count)).compactMap(Unicode.Scalar.init))
  }

  /// The likely script of a language (`ru` → `Cyrl`, `ja` → `Jpan`), from CLDR.
  static func likelyScript(_ locale: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 16)
    guard hx_likely_script(locale, &buffer, Int32(buffer.count)) != 0 else { return nil }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
