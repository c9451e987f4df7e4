/// Hexapla's built-in sentence rule data, written for this project, one file per language
/// group in this folder.
///
/// Every list is plain text in the format `hexapla segment --abbreviations FILE` reads: one
/// abbreviation per line with its full stops (`z. B.`), `#` comments, and `[may-end]` after an
/// abbreviation that can also end a sentence. Sentence starters and continuation words are
/// white-space-separated words.
enum BuiltInRuleData {
  /// The rule data for one language.
  struct Entry {
    /// Abbreviation list lines.
    var abbreviations: String = ""
    /// Function words that often start a sentence (any case).
    var sentenceStarters: String = ""
    /// Words that continue a sentence after a space (Thai, Lao).
    var continuationWords: String = ""
    /// Quotative particles that continue a sentence after a quoted sentence (`と`, `라고`).
    var quoteContinuations: String = ""
    /// Words that, ending a phrase, make the next phrase part of the same sentence (Thai
    /// `ว่า` 'that').
    var linkingEndings: String = ""
    /// Reporting verbs: a short phrase ending with one (`เธอกล่าว` 'she said') is the
    /// attribution of the sentence before it.
    var reportingVerbs: String = ""
    /// The other words that decide whether a space ends a sentence (Thai, Lao).
    var spaceSentences = SpaceSentenceWords()
    /// Marks that end a sentence before white space although Unicode does not give them
    /// Sentence_Terminal (so ICU does not break there); each must have Terminal_Punctuation.
    /// Hebrew sof pasuq `׃`, Armenian `:` typed for the full stop `։`.
    var fullStops: String = ""
    /// Whether `.` after a letter of the language's own script is a pause inside a sentence
    /// rather than its end (Armenian, where `.` is the colon-like *mijaket* and `։` the full stop).
    var fullStopIsPause = false
  }

  /// Abbreviations written the same way in most languages of Latin script: Latin ones and
  /// those in company and place names.
  static let shared = """
    cf.
    ibid.
    et al. [may-end]
    etc. [may-end]
    vs.
    v.
    viz.
    St.
    Mr.
    Mrs.
    Ms.
    Inc. [may-end]
    Ltd. [may-end]
    Corp. [may-end]
    Co. [may-end]
    Bros. [may-end]
    plc. [may-end]
    Jr. [may-end]
    """

  /// Languages that write ordinal numbers as a number with a full stop (`6. Mai`).
  static let ordinalDotLanguages: Set<String> = [
    "de", "da", "nb", "nn", "no", "fi", "cs", "sk", "pl", "sl", "hr", "sr", "bs", "hu", "is",
    "et", "lv", "lt", "tr", "fo",
  ]

  /// Languages whose scripts have no letter case (a "lower-case" start means nothing).
  static let uncasedLanguages: Set<String> = [
    "zh", "ja", "ko", "th", "lo", "km", "my", "ar", "fa", "ur", "he", "yi", "hi", "mr", "ne",
    "bn", "pa", "gu", "ta", "te", "kn", "ml", "si", "am", "ka", "bo",
  ]

  /// Languages that end sentences with a space instead of a full stop.
  static let spaceSeparatedSentenceLanguages: Set<String> = ["th", "lo"]

  /// The data for an ISO 639 language code; empty for languages without data.
  static func data(for language: String) -> Entry {
    switch language {
    case "en": return english
    case "de": return german
    case "nl": return dutch
    case "da", "nb", "nn", "no": return danishNorwegian
    case "sv": return swedish
    case "is": return icelandic
    case "fr": return french
    case "es": return spanish
    case "ca": return catalan
    case "gl": return galician
    case "it": return italian
    case "pt": return portuguese
    case "ro": return romanian
    case "ru": return russian
    case "uk": return ukrainian
    case "bg": return bulgarian
    case "cs": return czech
    case "sk": return slovak
    case "pl": return polish
    case "sl", "hr", "sr", "bs": return southSlavic
    case "el": return greek
    case "fi": return finnish
    case "et": return estonian
    case "hu": return hungarian
    case "tr": return turkish
    case "id", "ms": return indonesian
    case "ar": return arabic
    case "hi": return hindi
    case "hy": return armenian
    case "ka": return georgian
    case "ta": return tamil
    case "vi": return vietnamese
    case "he": return hebrew
    case "ja": return japanese
    case "ko": return korean
    case "th": return thai
    case "lo": return lao
    default: return Entry()
    }
  }
}
