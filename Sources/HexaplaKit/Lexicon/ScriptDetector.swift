/// Tells the writing system of dictionary columns and of languages, to orient dictionaries whose
/// languages are not named.
public enum ScriptDetector {
  /// The dominant ISO 15924 script of letters in `texts` (at most the first 5,000 are looked at):
  /// `Jpan` for Han mixed with kana, `Zzzz` when there are no letters.
  public static func dominantScript<S: Sequence>(of texts: S) -> String where S.Element == String {
    var counts: [String: Int] = [:]
    var kanaTexts = 0
    var looked = 0
    for text in texts {
      if looked == 5000 { break }
      looked += 1
      var hasKana = false
      for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
        let code = scalarScript(scalar)
        if code == "Hira" || code == "Kana" { hasKana = true }
        counts[code, default: 0] += 1
      }
      if hasKana { kanaTexts += 1 }
    }
    guard
      let best = counts.max(by: { a, b in a.value != b.value ? a.value < b.value : a.key > b.key })
    else { return "Zzzz" }
    if ["Hani", "Hira", "Kana"].contains(best.key), kanaTexts * 20 > looked { return "Jpan" }
    return best.key
  }

  /// The script a language is normally written in: `Hani` for Chinese, `Jpan` for Japanese,
  /// `Hang`, `Cyrl`, `Arab`, `Grek`, `Hebr`, `Thai`, `Deva`..., else `Latn`. A script subtag wins.
  public static func script(of language: LanguageTag) -> String {
    if let script = language.script {
      return ["Hans", "Hant"].contains(script) ? "Hani" : script
    }
    switch language.language {
    case "zh", "yue", "cmn", "wuu", "lzh": return "Hani"
    case "ja": return "Jpan"
    case "ko": return "Hang"
    case "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn": return "Cyrl"
    case "ar", "fa", "ur", "ps", "ug": return "Arab"
    case "he", "yi": return "Hebr"
    case "el": return "Grek"
    case "th": return "Thai"
    case "hi", "mr", "ne", "sa": return "Deva"
    case "bn": return "Beng"
    case "ta": return "Taml"
    case "te": return "Telu"
    case "ka": return "Geor"
    case "hy": return "Armn"
    case "km": return "Khmr"
    case "lo": return "Laoo"
    case "my": return "Mymr"
    case "am", "ti": return "Ethi"
    default: return "Latn"
    }
  }

  private static func scalarScript(_ scalar: Unicode.Scalar) -> String {
    let v = scalar.value
    if v < 0x250 { return "Latn" }  // fast path for Latin letters
    return UnicodeProperties.scriptCode(scalar)
  }
}
