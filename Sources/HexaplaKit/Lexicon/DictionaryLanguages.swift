/// Finds the languages of a dictionary from its file name or its dictd header.
public enum DictionaryLanguages {
  /// ISO 639-2/3 codes dictionary projects use (FreeDict: `deu-fra`), with their BCP 47 tag.
  static let threeLetterCodes: [String: String] = [
    "afr": "af", "ara": "ar", "bre": "br", "bul": "bg", "cat": "ca", "ces": "cs", "chi": "zh",
    "cmn": "zh", "cym": "cy", "cze": "cs", "dan": "da", "deu": "de", "dut": "nl", "ell": "el",
    "eng": "en", "epo": "eo", "est": "et", "eus": "eu", "fas": "fa", "fin": "fi", "fra": "fr",
    "fre": "fr", "gla": "gd", "gle": "ga", "glg": "gl", "ger": "de", "gre": "el", "heb": "he",
    "hin": "hi", "hrv": "hr", "hun": "hu", "hye": "hy", "ind": "id", "isl": "is", "ita": "it",
    "jpn": "ja", "kat": "ka", "kor": "ko", "kur": "ku", "lat": "la", "lav": "lv", "lit": "lt",
    "mkd": "mk", "msa": "ms", "nld": "nl", "nno": "nn", "nob": "nb", "nor": "no", "oci": "oc",
    "per": "fa", "pol": "pl", "por": "pt", "ron": "ro", "rum": "ro", "rus": "ru", "san": "sa",
    "slk": "sk", "slv": "sl", "spa": "es", "sqi": "sq", "srp": "sr", "swa": "sw", "swe": "sv",
    "tha": "th", "tur": "tr", "ukr": "uk", "urd": "ur", "vie": "vi", "zho": "zh",
  ]

  /// Language names in English and in the language itself, as dictd titles write them.
  static let names: [String: String] = [
    "english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr",
    "francais": "fr", "spanish": "es", "español": "es", "espanol": "es", "russian": "ru",
    "русский": "ru", "italian": "it", "italiano": "it", "portuguese": "pt", "português": "pt",
    "dutch": "nl", "nederlands": "nl", "japanese": "ja", "日本語": "ja", "chinese": "zh",
    "中文": "zh", "swedish": "sv", "svenska": "sv", "polish": "pl", "polski": "pl",
    "czech": "cs", "čeština": "cs", "danish": "da", "dansk": "da", "finnish": "fi", "suomi": "fi",
    "greek": "el", "hungarian": "hu", "magyar": "hu", "turkish": "tr", "türkçe": "tr",
    "latin": "la", "irish": "ga", "welsh": "cy", "breton": "br", "catalan": "ca", "català": "ca",
    "norwegian": "no", "norsk": "no", "bulgarian": "bg", "croatian": "hr", "serbian": "sr",
    "ukrainian": "uk", "arabic": "ar", "hindi": "hi", "korean": "ko", "esperanto": "eo",
    "romanian": "ro", "română": "ro", "slovak": "sk", "slovene": "sl", "slovenian": "sl",
    "lithuanian": "lt", "latvian": "lv", "estonian": "et", "icelandic": "is", "afrikaans": "af",
    "swahili": "sw", "kurdish": "ku", "persian": "fa", "hebrew": "he", "albanian": "sq",
  ]

  /// A language code as dictionaries write it (`deu`, `de`, `fre`) as a tag, or nil.
  public static func tag(forCode code: String) -> LanguageTag? {
    let lower = code.lowercased()
    if let mapped = threeLetterCodes[lower] { return try? LanguageTag(mapped) }
    if lower.count == 2, lower.allSatisfy({ $0.isASCII && $0.isLetter }) {
      return try? LanguageTag(lower)
    }
    return nil
  }

  /// The pair a file name carries as two adjacent codes joined by `-` or `_`: `freedict-deu-fra.index`,
  /// `terms.de-fr.tsv`, `en_zh.dic`; nil when there is none.
  public static func fromFileName(_ path: String) -> (LanguageTag, LanguageTag)? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    for component in name.split(separator: ".") {
      let parts = component.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
      guard parts.count >= 2 else { continue }
      for i in 0..<(parts.count - 1) {
        if let a = tag(forCode: parts[i]), let b = tag(forCode: parts[i + 1]), a != b {
          return (a, b)
        }
      }
    }
    return nil
  }

  /// The pair a dictd title names, such as `Deutsch-français FreeDict+WikDict dictionary`,
  /// `English - German Ding/FreeDict dictionary` or `eng-fra`; nil when it names none.
  public static func fromTitle(_ title: String) -> (LanguageTag, LanguageTag)? {
    if let pair = fromFileName(title.replacingOccurrences(of: " ", with: ".")) { return pair }
    let words = title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    let languages = words.compactMap { names[$0] }
    guard languages.count >= 2, languages[0] != languages[1] else { return nil }
    guard let a = try? LanguageTag(languages[0]), let b = try? LanguageTag(languages[1]) else { return nil }
    return (a, b)
  }
}
