/// A dictionary as read from one file: its entries plus what the loader found out about it.
///
/// Languages may be unknown (a TSV without a name or hint); `dictionary(source:target:)` then
/// orients the entries by the scripts of their two columns.
public struct DictionaryFile: Sendable {
  /// How the languages of a dictionary were determined.
  public enum LanguageEvidence: String, Sendable {
    /// From the format itself (CC-CEDICT is Chinese-English).
    case format = "format"
    /// From a dictd header (`00-database-short`, `00-database-url`).
    case header = "header"
    /// From the file name (`deu-fra.index`, `terms.de-fr.tsv`).
    case fileName = "file name"
    /// From the caller's hint (`--dictionary-langs`).
    case hint = "hint"
    /// Stored in an `.hxdict` file.
    case stored = "stored"
    /// Not known.
    case unknown = "unknown"

    /// Where the languages came from, for listings: `from the file name`, `stored in the file`.
    public var explanation: String {
      switch self {
      case .format: return "from the format"
      case .header: return "from the dictd header"
      case .fileName: return "from the file name"
      case .hint: return "from --dictionary-langs"
      case .stored: return "stored in the file"
      case .unknown: return "unknown"
      }
    }
  }

  /// A line the loader skipped.
  public struct SkippedLine: Sendable, Equatable {
    /// 1-based line number (for dictd: the line in the `.index` file).
    public var line: Int
    /// Why it was skipped.
    public var message: String
  }

  /// The path given to the loader.
  public var path: String
  /// The detected format.
  public var format: DictionaryFormat
  /// The language of `Entry.source`, when known.
  public var sourceLanguage: LanguageTag?
  /// The language of `Entry.target`, when known.
  public var targetLanguage: LanguageTag?
  /// Where the languages came from.
  public var languageEvidence: LanguageEvidence
  /// The title the file gives itself, if any (dictd `00-database-short`, CEDICT's first comment).
  public var title: String?
  /// Headwords (lines or dictd entries) read, usable or not.
  public var headwordCount: Int
  /// The usable pairs, after gloss cleaning, without duplicates, in file order.
  public var entries: [BilingualDictionary.Entry]
  /// Malformed lines skipped: how many, and the first few.
  public var skippedCount: Int
  /// The first skipped lines (at most 5).
  public var skippedExamples: [SkippedLine]

  public init(
    path: String, format: DictionaryFormat, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?,
    languageEvidence: LanguageEvidence, title: String?, headwordCount: Int,
    entries: [BilingualDictionary.Entry], skippedCount: Int, skippedExamples: [SkippedLine]
  ) {
    self.path = path
    self.format = format
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.languageEvidence = languageEvidence
    self.title = title
    self.headwordCount = headwordCount
    self.entries = entries
    self.skippedCount = skippedCount
    self.skippedExamples = skippedExamples
  }

  /// The language pair as written in messages: `de-fr`, or `unknown`.
  public var languagePairName: String {
    guard let sourceLanguage, let targetLanguage else { return "unknown-language" }
    return "\(sourceLanguage.language)-\(targetLanguage.language)"
  }

  /// The dominant scripts of the two columns (ISO 15924 codes such as `Hani`, `Latn`).
  public var columnScripts: (source: String, target: String) {
    (
      ScriptDetector.dominantScript(of: entries.lazy.map { $0.source }),
      ScriptDetector.dominantScript(of: entries.lazy.map { $0.target })
    )
  }

  /// The entries oriented from `source` to `target`, reversed when the file goes the other way.
  ///
  /// Languages match by their language subtag (`zh-Hans` matches `zh`). A file with unknown
  /// languages is oriented by the scripts of its columns; when both texts use the same script
  /// it is taken as written (source column first).
  /// - Throws: `HexaplaError.dictionaryLanguageMismatch` naming both pairs when it does not fit.
  public func dictionary(source: LanguageTag, target: LanguageTag) throws -> BilingualDictionary {
    let texts = "\(source.language)-\(target.language)"
    let forward = BilingualDictionary(sourceLanguage: source, targetLanguage: target, entries: entries)
    if let sourceLanguage, let targetLanguage {
      if sourceLanguage.language == source.language && targetLanguage.language == target.language {
        return forward
      }
      if sourceLanguage.language == target.language && targetLanguage.language == source.language {
        return BilingualDictionary(
          sourceLanguage: source, targetLanguage: target,
          entries: entries.map { .init(source: $0.target, target: $0.source) })
      }
      throw HexaplaError.dictionaryLanguageMismatch(
        path: path, dictionaryLanguages: languagePairName, textLanguages: texts)
    }
    let scripts = columnScripts
    let expected = (ScriptDetector.script(of: source), ScriptDetector.script(of: target))
    if scripts.source == expected.0 && scripts.target == expected.1 { return forward }
    if scripts.source == expected.1 && scripts.target == expected.0 {
      return BilingualDictionary(
        sourceLanguage: source, targetLanguage: target,
        entries: entries.map { .init(source: $0.target, target: $0.source) })
    }
    throw HexaplaError.dictionaryLanguageMismatch(
      path: path, dictionaryLanguages: "\(scripts.source)-\(scripts.target) (by script)",
      textLanguages: texts)
  }
}
