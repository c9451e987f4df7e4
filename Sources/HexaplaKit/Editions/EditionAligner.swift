import Foundation

/// The whole job for one article: loads its editions (text or HTML, any number from two),
/// settles and checks their languages, recognises boilerplate, segments, aligns every edition
/// with the pivot (each pair with the dictionaries for its languages), re-cuts where a
/// segmenter guessed wrong, and combines the pairwise alignments into N-language units.
///
/// Two editions are its N = 2 case: the same loading, boilerplate policy, language checks,
/// dictionaries, re-cutting and units as any N.
public struct EditionAligner: Sendable {
  /// What the job does.
  public struct Options: Sendable {
    /// What happens to boilerplate lines (language bars, credits, share prompts...).
    public var boilerplate: BoilerplateHandling = .drop
    /// Whether the editions hold one sentence per line, taken as is.
    public var presegmented = false
    /// The pairwise aligner's settings (its `dictionary` is ignored: see `dictionaries`).
    public var aligner = AlignerOptions()
    /// Bilingual dictionaries; each pair of editions uses the ones for its two languages.
    public var dictionaries: [DictionaryFile] = []
    /// Installed dictionaries, used for a pair of editions that no file of `dictionaries`
    /// covers; nil for none.
    public var installedDictionaries: InstalledDictionaries? = nil
    /// The edition every other one is aligned to, by language; nil: the first edition given (in
    /// a corpus, English, else the first by tag: `corpusPivot`).
    public var pivot: LanguageTag?
    /// Whether the pairwise alignments of the article run on several cores.
    public var parallel = true
    /// Learned tables by language pair (`learnLexicon(articles:workers:progress:)`), used by
    /// the pairs of those languages in place of the table each pair would learn alone.
    public var corpusLexicon: CorpusLexicon? = nil
    /// When set, articles are aligned only to collect the word counts of their pairs' first
    /// passes (see `AlignerOptions.lexiconCollection`).
    var lexiconCollector: LexiconCollector? = nil

    public init() {}
  }

  /// The settings.
  public var options: Options
  /// The merged dictionary of each language pair, made once and shared by the copies of this
  /// aligner (every article of a corpus or record stream), so their matchers are made once too.
  private let pairCache = PairDictionaryCache()

  public init(options: Options = Options()) {
    self.options = options
  }

  /// Loads and aligns the editions at `paths`.
  /// - Parameters:
  ///   - languages: per path, a given language or nil (then the file name, then the script
  ///     decides); nil for all.
  ///   - document: the article name stored in every unit.
  /// - Throws: `HexaplaError` for unreadable or empty files, languages that cannot be told or
  ///   do not fit the text, two editions in one language, a pivot that is not among them, a
  ///   dictionary for none of the pairs, and failures of segmentation or alignment.
  /// - Complexity: near-linear in the sentences of each pair (see `BandedBeadSearch`).
  public func align(paths: [String], languages: [LanguageTag?]? = nil, document: String? = nil) throws
    -> EditionAlignment
  {
    guard paths.count >= 2 else {
      throw HexaplaError.inconsistentInput(
        message: "give two or more editions to align (got \(paths.count))")
    }
    // Boilerplate stays in the editions as paragraphs of its own, held out of the alignment, so
    // that sentence indices count every line as given; `boilerplate` decides what is written.
    let editions = try EditionLoader(boilerplate: .keepUnpaired).load(paths: paths, languages: languages)
    return try align(editions, document: document)
  }

  /// Aligns loaded editions (see `align(paths:languages:document:)`).
  /// - Throws: as `align(paths:languages:document:)`.
  public func align(_ editions: [Edition], document: String? = nil) throws -> EditionAlignment {
    let languages = editions.map(\.document.language)
    let pivotLanguage = options.pivot ?? languages.first
    let (dictionaries, used) = try pairDictionaries(languages: languages, pivot: pivotLanguage)
    var alignerOptions = options.aligner
    alignerOptions.dictionary = nil
    let base = alignerOptions
    let corpusLexicon = options.corpusLexicon
    let collection = options.lexiconCollector.map { ($0, document ?? "") }
    var multi = MultiAligner(pivotLanguage: pivotLanguage, parallel: options.parallel) {
      pivot, pivotLanguage, other, otherLanguage, pivotBoundaryCosts in
      var pairOptions = base
      pairOptions.dictionary = dictionaries[otherLanguage]
      if let table = corpusLexicon?.table(source: pivotLanguage, target: otherLanguage) {
        pairOptions.learnedLexicon = table
      }
      if let (collector, document) = collection {
        pairOptions.lexiconCollection = (collector, document)
      }
      return try Aligner(options: pairOptions).align(
        source: pivot, sourceLanguage: pivotLanguage, target: other, targetLanguage: otherLanguage,
        sourceBoundaryCosts: pivotBoundaryCosts
      ).beads.map { PivotLink(pivot: $0.source, other: $0.target, score: $0.score, anchors: $0.anchors) }
    }
    multi.presegmented = options.presegmented
    let result = try multi.align(editions, document: document)
    let pivot = pivotLanguage.flatMap { languages.firstIndex(of: $0) } ?? 0
    var editions = editions
    for (k, warnings) in result.warnings.enumerated() where k < editions.count {
      editions[k].warnings += warnings
    }
    var alignment = EditionAlignment(
      editions: editions, pivot: pivot, sentences: result.sentences, units: result.units,
      boilerplateHandling: options.boilerplate)
    alignment.dictionaries = used
    alignment.pivotByOrder = options.pivot == nil && languages[pivot].language != "en"
    return alignment
  }

  /// The pivot of a corpus article, whose editions come in tag order: the one asked for, else
  /// English when the article has it (the language most often translated from), else the first.
  public static func corpusPivot(_ requested: LanguageTag?, languages: [LanguageTag]) -> LanguageTag? {
    requested ?? languages.first { $0.language == "en" } ?? languages.first
  }

  /// For each non-pivot language, the dictionary of the pair (pivot, language) merged from
  /// the files that cover it, else the installed one for the pair; and what each pair used
  /// (`en-zh: PATH`, with `(installed)` for an installed file).
  /// - Throws: `HexaplaError.dictionaryLanguageMismatch` for a file that covers no pair, and
  ///   the loader's errors for an installed file that cannot be read.
  func pairDictionaries(languages: [LanguageTag], pivot: LanguageTag?) throws -> (
    [LanguageTag: BilingualDictionary], [String]
  ) {
    guard let pivot else { return ([:], []) }
    var result: [LanguageTag: BilingualDictionary] = [:]
    var names: [String] = []
    var used = Set<Int>()
    for language in languages where language != pivot {
      let covering = options.dictionaries.indices.filter {
        (try? options.dictionaries[$0].dictionary(source: pivot, target: language)) != nil
      }
      if !covering.isEmpty {
        used.formUnion(covering)
        let files = covering.map { options.dictionaries[$0] }
        let key = "\(pivot)>\(language):" + files.map { "\($0.path)#\($0.entries.count)" }.joined(separator: "|")
        result[language] = try pairCache.dictionary(key: key) {
          try BilingualDictionary(merging: files, source: pivot, target: language)
        }
        names.append("\(pivot)-\(language): " + files.map(\.path).joined(separator: " + "))
      } else if let installed = options.installedDictionaries, let path = installed.path(for: pivot, language) {
        do {
          result[language] = try pairCache.dictionary(key: "\(pivot)>\(language):installed:\(path)") {
            try BilingualDictionary(merging: [DictionaryLoader.load(path: path)], source: pivot, target: language)
          }
        } catch let error as HexaplaError {
          // What was wrong with the file, without its path (the message names it once).
          let reason: String
          if case .unknownDictionaryFormat(_, let detail) = error {
            reason = "not a dictionary Hexapla reads: \(detail)"
          } else if error.description.hasPrefix(path + ": ") {
            reason = String(error.description.dropFirst(path.count + 2))
          } else {
            reason = error.description
          }
          throw HexaplaError.unusableInstalledDictionary(path: path, reason: reason)
        }
        names.append("\(pivot)-\(language): \(path) (installed)")
      }
    }
    if let unused = options.dictionaries.indices.first(where: { !used.contains($0) }) {
      let pairs = languages.filter { $0 != pivot }.map { "\(pivot)-\($0)" }.joined(separator: ", ")
      throw HexaplaError.dictionaryLanguageMismatch(
        path: options.dictionaries[unused].path,
        dictionaryLanguages: options.dictionaries[unused].languagePairName, textLanguages: pairs)
    }
    return (result, names)
  }
}

extension EditionAligner {
  /// Aligns the editions of a corpus article with its pivot first: the pivot of `options`,
  /// else English when present, else its first edition.
  /// - Throws: as `align(paths:languages:document:)`; `.inconsistentInput` when the article
  ///   has no edition in the pivot language of `options`.
  public func align(_ article: CorpusArticle) throws -> EditionAlignment {
    try align(
      sources: zip(article.paths, article.languages).map { EditionSource(path: $0, language: $1) },
      document: article.id)
  }

  /// Aligns editions whose languages are all known (a corpus article's, a record's) with the
  /// pivot first: the pivot of `options`, else English when present, else the first.
  /// - Throws: as `align(paths:languages:document:)`; `.inconsistentInput` when no edition is
  ///   in the pivot language of `options`.
  public func align(sources: [EditionSource], document: String) throws -> EditionAlignment {
    let languages = sources.compactMap(\.language)
    guard languages.count == sources.count, !sources.isEmpty else {
      throw HexaplaError.inconsistentInput(message: "\(document): every edition needs its language")
    }
    let pivot = Self.corpusPivot(options.pivot, languages: languages) ?? languages[0]
    guard let pivotIndex = languages.firstIndex(of: pivot) else {
      throw HexaplaError.inconsistentInput(
        message: "pivot language '\(pivot)' is not among the editions ("
          + languages.map(\.description).joined(separator: ", ") + ")")
    }
    guard sources.count >= 2 else {
      throw HexaplaError.inconsistentInput(
        message: "give two or more editions to align (got \(sources.count))")
    }
    let order = [pivotIndex] + sources.indices.filter { $0 != pivotIndex }
    var aligner = self
    aligner.options.pivot = pivot
    let editions = try EditionLoader(boilerplate: .keepUnpaired).load(sources: order.map { sources[$0] })
    var alignment = try aligner.align(editions, document: document)
    alignment.pivotByOrder = options.pivot == nil && pivot.language != "en"
    return alignment
  }

  /// Learns the corpus-level lexicon: aligns every article up to its pairs' first passes and
  /// learns, per language pair (pivot, other edition), one table over the confident 1-1 beads
  /// of all of them. Articles that fail are left out, and returned with their errors.
  /// - Parameter progress: called (serialised) with the number of articles done after each.
  /// - Complexity: the first passes of every article, plus O(*P*) for the *P* word pairs counted.
  public func learnLexicon(
    articles: [CorpusArticle], workers: Int = CorpusRunner.defaultWorkers,
    progress: @Sendable (Int) -> Void = { _ in }
  ) -> (lexicon: CorpusLexicon, failures: [(article: CorpusArticle, error: any Error)]) {
    let collector = LexiconCollector()
    var collecting = self
    collecting.options.lexiconCollector = collector
    collecting.options.corpusLexicon = nil
    collecting.options.parallel = false
    let collectingAligner = collecting
    let results = CorpusRunner.run(
      count: articles.count, workers: workers, job: { index in _ = try collectingAligner.align(articles[index]) },
      progress: progress)
    var failures: [(article: CorpusArticle, error: any Error)] = []
    for (article, result) in zip(articles, results) {
      if case .failure(let error) = result { failures.append((article, error)) }
    }
    return (collector.lexicon(), failures)
  }

  /// The article id of an edition file: its name without `.LANG.ext` (`n01001.en.txt` →
  /// `n01001`), its folder's name for `ID/LANG.ext` (`n01001/en.txt`), else its name without
  /// the extension.
  public static func articleID(path: String) -> String {
    let components = path.split(separator: "/").map(String.init)
    let name = components.last ?? path
    let parts = name.split(separator: ".").map(String.init)
    if parts.count >= 3 { return parts.dropLast(2).joined(separator: ".") }
    if parts.count == 2, components.count >= 2, (try? LanguageTag(parts[0])) != nil,
      let folder = components.dropLast().last, folder != ".", folder != ".."
    {
      return folder
    }
    return parts.first ?? name
  }
}

/// Merged pair dictionaries by pivot, language and files, made once under a lock.
private final class PairDictionaryCache: @unchecked Sendable {
  private let lock = NSLock()
  private var made: [String: BilingualDictionary] = [:]

  func dictionary(key: String, make: () throws -> BilingualDictionary) rethrows -> BilingualDictionary {
    try lock.withLock {
      if let dictionary = made[key] { return dictionary }
      let dictionary = try make()
      made[key] = dictionary
      return dictionary
    }
  }
}
