import ArgumentParser
import Foundation
import HexaplaKit

/// `hexapla align --corpus DIR`: every article of a directory through `EditionAligner`, on all
/// cores, one output per article (or one for all with `--merge`).
extension HexaplaCommand.Align {
  func runCorpus(directory: String) throws {
    let diagnostics = StandardError()
    let scan = try CorpusScanner.scan(directory: directory)
    let outputDirectory = output.output ?? "Alignments"
    if !editions.merge {
      do {
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
      } catch {
        throw HexaplaError.outputNotWritable(path: outputDirectory, reason: "cannot create the directory")
      }
    }
    let fileExtension = format.rawValue
    let outputPath: @Sendable (CorpusArticle) -> String = { "\(outputDirectory)/\($0.id).\(fileExtension)" }
    let force = editions.force || editions.merge
    let articles = scan.articles.filter { article in
      force || !CorpusScanner.isUpToDate(output: outputPath(article), inputs: article.paths)
    }
    let skipped = scan.articles.count - articles.count
    var configured = EditionAligner(options: try alignerOptions())
    if corpusLexicon ?? true, !noLearnedLexicon {
      // Learned over every article of the corpus (up to date or not), so the table does not
      // depend on which articles are realigned.
      let learning = ProgressReporter(total: scan.articles.count, unit: "articles (lexicon)")
      let lexicon = configured.learnLexicon(
        articles: scan.articles, workers: editions.workers, progress: { done in learning.update(done) }
      ).lexicon
      learning.finish()
      configured.options.corpusLexicon = lexicon
      for table in lexicon.all {
        diagnostics.note(
          "corpus lexicon \(table.sourceLanguage)-\(table.targetLanguage): "
            + CountPhrase.of(table.pairs.count, "word pair") + " from " + CountPhrase.of(table.beads, "bead"))
      }
    }
    let aligner = configured
    let keepUnpaired = editions.keepsUnpaired
    let merge = editions.merge
    let writer = try self.writer(languages: [], diagnostics: diagnostics)
    let progress = ProgressReporter(total: articles.count, unit: "articles")
    let results = CorpusRunner.run(
      count: articles.count, workers: editions.workers,
      job: { index -> (AlignmentStatistics, [AlignedUnit], [LanguageTag], [String]) in
        let article = articles[index]
        var single = aligner
        single.options.parallel = false
        let alignment = try single.align(article)
        if format == .beads, alignment.editions.count != 2 {
          throw HexaplaError.inconsistentInput(
            message: "--format beads is for two editions; this article has \(alignment.editions.count)")
        }
        let written = alignment.writtenUnits(keepUnpaired: keepUnpaired)
        let statistics = AlignmentStatistics(alignment, written: written)
        let columns = alignment.columns(for: format)
        let warnings = alignment.editions.flatMap(\.warnings)
        if merge { return (statistics, written, columns, warnings) }
        var articleWriter = writer
        articleWriter.languages = columns
        try articleWriter.write(written, to: try AtomicFileWriter(path: outputPath(article)))
        return (statistics, [], columns, warnings)
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
      case .success(let (statistics, units, languages, warnings)):
        for warning in warnings { diagnostics.warn(warning) }
        aligned += 1
        total += statistics
        mergedUnits += units
        for language in languages where !mergedLanguages.contains(language) { mergedLanguages.append(language) }
      case .failure(let error):
        failures.append((article.id, "\(error)"))
      }
    }
    if merge {
      var mergedWriter = writer
      mergedWriter.languages = mergedLanguages
      try mergedWriter.write(mergedUnits, to: try output.openSink())
    }
    diagnostics.note(
      CountPhrase.of(aligned, "article") + " aligned"
        + (skipped > 0 ? ", \(skipped) up to date (skipped; --force realigns)" : "")
        + (failures.isEmpty ? "" : ", \(failures.count) failed") + ": " + total.summary)
    if let note = total.pivotNote { diagnostics.note(note) }
    for (id, reason) in failures.sorted(by: { $0.0 < $1.0 }) {
      diagnostics.note("  failed: \(id): \(reason)")
    }
    if !failures.isEmpty { throw ExitCode.failure }
  }
}
