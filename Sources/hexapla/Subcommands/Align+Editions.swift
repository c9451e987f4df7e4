import ArgumentParser
import Foundation
import HexaplaKit

/// `hexapla align` for article editions: more than two inputs, HTML pages, TMX output and
/// whole corpora (`--corpus DIR`).
extension HexaplaCommand.Align {
  /// Whether the command takes the editions path (rather than the two-text bead path).
  var usesEditions: Bool {
    files.count > 2 || files.contains(where: EditionLoader.isHTML) || editions.choosesEditionsPath
  }

  func validateEditions() throws {
    _ = try editions.pivotLanguage()
    if let date = editions.date {
      do { _ = try TMXDate.resolve(pinned: date) } catch { throw ValidationError("\(error)") }
    }
    guard format == .tmx || format == .tsv else {
      throw ValidationError(
        "--format \(format.rawValue) is for two plain texts; with several editions, HTML or --corpus use --format tmx or tsv.")
    }
    if editions.corpus != nil {
      guard files.isEmpty else { throw ValidationError("Give either --corpus DIR or edition files, not both.") }
      if languages.tags != nil { throw ValidationError("--langs does not apply to --corpus (languages come from the file names).") }
      return
    }
    if editions.merge || editions.force { throw ValidationError("--merge and --force apply to --corpus only.") }
    guard files.count >= 2 else { throw ValidationError("Give two or more editions (or --corpus DIR).") }
    _ = try editionLanguages()
  }

  /// Per file, the language `--langs` gives (nil entries: from the file name or the script).
  func editionLanguages() throws -> [LanguageTag?] {
    guard let tags = languages.tags else { return Array(repeating: nil, count: files.count) }
    let parts = tags.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == files.count else {
      throw ValidationError("--langs gives \(parts.count) tags for \(files.count) editions; give one per file, in order.")
    }
    do { return try parts.map { try LanguageTag($0) } } catch { throw ValidationError("\(error)") }
  }

  func runEditions() throws {
    if let directory = editions.corpus { return try runCorpus(directory: directory) }
    let loaded = try EditionLoader(boilerplate: editions.boilerplate?.handling)
      .load(paths: files, languages: try editionLanguages())
    var aligner = MultiAligner(aligner: Aligner(options: try alignerOptions()), pivotLanguage: try editions.pivotLanguage())
    aligner.presegmented = presegmented
    let result = try aligner.align(loaded, document: Self.articleID(files[0]))
    let diagnostics = StandardError()
    try write(result.units, languages: loaded.map(\.document.language), to: try output.openSink(), diagnostics: diagnostics)
    let statistics = AlignmentStatistics(result.units)
    diagnostics.note(
      "\(loaded.count) editions (\(loaded.map(\.document.language.description).joined(separator: ", "))): "
        + Self.describe(statistics) + Self.describeBoilerplate(loaded))
  }

  /// Aligner settings; a dictionary applies only to two editions.
  func alignerOptions() throws -> AlignerOptions {
    var options = AlignerOptions()
    options.learnsLexicon = !noLearnedLexicon
    if !dictionaries.paths.isEmpty {
      guard files.count == 2 else {
        throw ValidationError("--dictionary is for two editions; it does not apply to \(files.count) editions or a corpus.")
      }
      let tags = try editionLanguages()
      guard let s = tags[0] ?? LanguageTag.fromFileName(files[0]), let t = tags[1] ?? LanguageTag.fromFileName(files[1]) else {
        throw ValidationError("--dictionary needs the languages of both editions (--langs or file names).")
      }
      options.dictionary = try dictionaries.load(source: s, target: t)
    }
    return options
  }

  /// Writes units in the chosen format and closes the sink.
  func write(_ units: [AlignedUnit], languages: [LanguageTag], to sink: TextSink, diagnostics: StandardError) throws {
    switch format {
    case .tsv:
      try UnitTableWriter.writeTSV(units, languages: languages, to: sink)
    default:
      try UnitTableWriter.writeTMX(
        units, to: sink, sourceLanguage: try editions.pivotLanguage() ?? languages.first,
        creationDate: try TMXDate.resolve(pinned: editions.date), keepUnpaired: editions.boilerplate == .keep,
        onWarning: diagnostics.warn)
    }
  }

  // MARK: Corpus

  func runCorpus(directory: String) throws {
    let diagnostics = StandardError()
    let scan = try CorpusScanner.scan(directory: directory)
    let fileExtension = format == .tsv ? "tsv" : "tmx"
    let outputDirectory = output.output ?? "Alignments"
    if !editions.merge {
      do {
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
      } catch {
        throw HexaplaError.outputNotWritable(path: outputDirectory, reason: "cannot create the directory")
      }
    }
    let outputPath: @Sendable (CorpusArticle) -> String = { "\(outputDirectory)/\($0.id).\(fileExtension)" }
    let articles = scan.articles.filter { article in
      editions.merge || editions.force || !CorpusScanner.isUpToDate(output: outputPath(article), inputs: article.paths)
    }
    let skipped = scan.articles.count - articles.count
    let pivot = try editions.pivotLanguage()
    let handling = editions.boilerplate?.handling
    let merge = editions.merge
    let options = try alignerOptions()
    let creationDate = try TMXDate.resolve(pinned: editions.date)
    let presegmented = self.presegmented
    let format = self.format
    let keepUnpaired = editions.boilerplate == .keep
    let progress = ProgressReporter(total: articles.count, unit: "articles")
    let results = CorpusRunner.run(
      count: articles.count,
      job: { index -> (AlignmentStatistics, [AlignedUnit], [LanguageTag]) in
        let article = articles[index]
        // The pivot: as given, else English when present, else the first edition; it comes
        // first in the units and the output.
        let articlePivot = pivot ?? article.languages.first { $0.language == "en" } ?? article.languages[0]
        let pivotIndex = article.languages.firstIndex(of: articlePivot) ?? 0
        let order = [pivotIndex] + article.languages.indices.filter { $0 != pivotIndex }
        let loaded = try EditionLoader(boilerplate: handling)
          .load(paths: order.map { article.paths[$0] }, languages: order.map { article.languages[$0] })
        let ordered = loaded.map(\.document.language)
        var multiAligner = MultiAligner(aligner: Aligner(options: options), pivotLanguage: articlePivot, parallel: false)
        multiAligner.presegmented = presegmented
        let result = try multiAligner.align(loaded, document: article.id)
        let statistics = AlignmentStatistics(result.units)
        if !merge {
          let sink = try AtomicFileWriter(path: outputPath(article))
          if format == .tsv {
            try UnitTableWriter.writeTSV(result.units, languages: ordered, to: sink)
          } else {
            try UnitTableWriter.writeTMX(
              result.units, to: sink, sourceLanguage: articlePivot, creationDate: creationDate,
              keepUnpaired: keepUnpaired)
          }
          return (statistics, [], ordered)
        }
        return (statistics, result.units, ordered)
      },
      progress: { done in progress.update(done) })
    progress.finish()

    var total = AlignmentStatistics()
    var failures: [(String, String)] = scan.problems.map { ($0.id, $0.reason) }
    var mergedUnits: [AlignedUnit] = []
    var mergedLanguages: [LanguageTag] = []
    var aligned = 0
    for (article, result) in zip(articles, results) {
      switch result {
      case .success(let (statistics, units, languages)):
        aligned += 1
        total += statistics
        mergedUnits += units
        for language in languages where !mergedLanguages.contains(language) { mergedLanguages.append(language) }
      case .failure(let error):
        failures.append((article.id, "\(error)"))
      }
    }
    if merge {
      try write(mergedUnits, languages: mergedLanguages, to: try output.openSink(), diagnostics: diagnostics)
    }
    diagnostics.note(
      "\(aligned) articles aligned" + (skipped > 0 ? ", \(skipped) up to date (skipped; --force realigns)" : "")
        + (failures.isEmpty ? "" : ", \(failures.count) failed") + ": " + Self.describe(total))
    for (id, reason) in failures.sorted(by: { $0.0 < $1.0 }) {
      diagnostics.note("  failed: \(id): \(reason)")
    }
    if !failures.isEmpty { throw ExitCode.failure }
  }

  // MARK: Helpers

  /// The article id of an edition file: its name without `.LANG.ext`.
  static func articleID(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let parts = name.split(separator: ".").map(String.init)
    return parts.count >= 3 ? parts.dropLast(2).joined(separator: ".") : (parts.first ?? name)
  }

  static func describe(_ statistics: AlignmentStatistics) -> String {
    "\(statistics.units) units, \(statistics.unpairedSentences) unpaired sentences, "
      + "\(statistics.lowConfidenceUnits) low-confidence units (score < \(AlignmentStatistics.lowConfidence))"
  }

  static func describeBoilerplate(_ editions: [Edition]) -> String {
    let count = editions.reduce(0) { $0 + $1.boilerplate.count }
    guard count > 0 else { return "" }
    let dropped = editions.reduce(0) { $0 + $1.boilerplate.filter { $0.paragraph == nil }.count }
    return "; \(count) boilerplate lines (\(dropped) dropped, \(count - dropped) kept unpaired)"
  }
}
