import ArgumentParser
import Foundation
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla align`: pairs the sentences of two editions.
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align the sentences of two or more editions of a text, or of a whole corpus.",
      discussion: """
        Reads two texts (UTF-8 or UTF-16 with a byte-order mark), splits them into
        sentences (or, with --presegmented, takes one sentence per line as is) and
        pairs the sentences by length, shared anchors (numbers, names, URLs, Latin
        words in CJK text, cognates, punctuation), bilingual dictionaries given with
        --dictionary (CC-CEDICT, FreeDict dictd, hunalign .dic, TSV or .hxdict; see
        'hexapla dict') and a translation table learned from the texts themselves.
        Sentences with no counterpart become 1-0 or 0-1 beads.

        Formats: 'tmx' (the default) writes TMX 1.4 with each unit's evidence as
        props (score, bead type, anchors; 1-0 and 0-1 beads are left out); 'beads'
        prints one bead per line as [i, j]:[k]:score (0-based sentence indices, []
        for an empty side; the gold-file format plus a score); 'tsv' one row per
        bead, one column per language, after a header row of language tags; 'jsonl'
        one JSON object per bead with indices, texts, type, score and anchors.

        More than two editions, HTML pages (.html, .htm: the article is extracted)
        or --corpus give one multilingual alignment: every edition is aligned to the
        pivot (--pivot, default the first) and the results are combined so that each
        sentence is in exactly one unit per language; output is TMX (default) or TSV
        with one column per language. Languages come from --langs (one tag per
        file), file names (ID.LANG.txt) or an unambiguous script.

        Examples:
          hexapla align --presegmented --langs de,fr --format beads de.txt fr.txt
          hexapla align A.en.html A.zh.html A.ru.html A.fr.html -o A.tmx
          hexapla align --corpus articles/ -o Alignments/
        """)

    /// Output formats.
    enum Format: String, CaseIterable, ExpressibleByArgument {
      case beads, tsv, jsonl, tmx
    }

    @OptionGroup var languages: LanguagePairOption

    @Flag(help: "Take one sentence per line, as is, instead of segmenting the texts.")
    var presegmented = false

    @OptionGroup var dictionaries: DictionaryOptions

    @Flag(
      name: .customLong("no-learned-lexicon"),
      help: "Do not learn a word translation table from the texts (anchors, length and --dictionary only).")
    var noLearnedLexicon = false

    @Option(
      name: .customLong("format"),
      help:
        "Output format: 'tmx' (default), 'tsv', 'beads' or 'jsonl' ('beads' and 'jsonl' for two plain texts only)."
    )
    var formatOption: Format?

    @OptionGroup var output: OutputOptions

    @OptionGroup(title: "Editions and corpora") var editions: EditionOptions

    @Argument(
      help: ArgumentHelp(
        "The editions: source and target, or more (ID.LANG.txt or ID.LANG.html) for one multilingual alignment.",
        valueName: "file"))
    var files: [String] = []

    /// The source edition (the first file).
    var source: String { files[0] }
    /// The target edition (the second file).
    var target: String { files[1] }
    /// The output format.
    var format: Format { formatOption ?? .tmx }

    func validate() throws {
      if usesEditions { return try validateEditions() }
      guard files.count == 2 else {
        throw ValidationError("Give two editions (or more, or --corpus DIR); got \(files.count).")
      }
      let (s, t) = try languages.resolve(source: source, target: target)
      if s == t {
        throw ValidationError("Both editions are in '\(s)': give two different languages with --langs SRC,TGT.")
      }
      if let date = editions.date {
        do { _ = try TMXDate.resolve(pinned: date) } catch { throw ValidationError("\(error)") }
      }
    }

    func run() throws {
      if usesEditions { return try runEditions() }
      let (sourceLanguage, targetLanguage) = try languages.resolve(source: source, target: target)
      let (sourceText, sourceSplit) = try Self.sentences(path: source, language: sourceLanguage, presegmented: presegmented)
      let (targetText, targetSplit) = try Self.sentences(path: target, language: targetLanguage, presegmented: presegmented)
      var sourceSentences = sourceSplit
      var targetSentences = targetSplit
      var options = AlignerOptions()
      options.learnsLexicon = !noLearnedLexicon
      options.dictionary = try dictionaries.load(source: sourceLanguage, target: targetLanguage)
      let aligner = Aligner(options: options)
      let alignment =
        presegmented
        ? try aligner.align(
          source: sourceSentences.map(\.text), sourceLanguage: sourceLanguage,
          target: targetSentences.map(\.text), targetLanguage: targetLanguage)
        : try aligner.alignRecutting(
          source: &sourceSentences, sourceText: sourceText, sourceLanguage: sourceLanguage,
          target: &targetSentences, targetText: targetText, targetLanguage: targetLanguage)
      Self.warnAboutUnpaired(alignment, sourceCount: sourceSentences.count, targetCount: targetSentences.count)
      let sink = try output.openSink()
      let units = alignment.units(
        source: sourceSentences, sourceLanguage: sourceLanguage, target: targetSentences,
        targetLanguage: targetLanguage, document: Self.articleID(source))
      switch format {
      case .beads:
        try sink.write(alignment.beadLines)
      case .tsv:
        try sink.write("\(sourceLanguage)\t\(targetLanguage)\n")
        for unit in units {
          try sink.write("\(Self.cell(unit.variants[0].text))\t\(Self.cell(unit.variants[1].text))\n")
        }
      case .tmx:
        let diagnostics = StandardError()
        try UnitTableWriter.writeTMX(
          units, to: sink, sourceLanguage: sourceLanguage,
          creationDate: try TMXDate.resolve(pinned: editions.date), keepUnpaired: false,
          onWarning: diagnostics.warn)
      case .jsonl:
        for (bead, unit) in zip(alignment.beads, units) {
          try sink.write(
            "{\"source\":[\(bead.source.map(String.init).joined(separator: ","))],"
              + "\"target\":[\(bead.target.map(String.init).joined(separator: ","))],"
              + "\"type\":\(JSONText.quoted(bead.typeName)),\"score\":\(JSONText.number(bead.score)),"
              + "\"sourceText\":\(JSONText.quoted(unit.variants[0].text)),"
              + "\"targetText\":\(JSONText.quoted(unit.variants[1].text)),"
              + "\"anchors\":[\(bead.anchors.map(JSONText.quoted).joined(separator: ","))]}\n")
        }
      }
      try sink.finish()
    }

    /// The text of a file and its sentences: segmented, or one per line with --presegmented.
    static func sentences(
      path: String, language: LanguageTag, presegmented: Bool
    ) throws -> (text: String, sentences: [Sentence]) {
      let document = try Document.load(path: path, language: language).requiringText()
      guard presegmented else {
        return (document.text, try Segmenter(language: language, paragraphMode: .line).segment(document.text))
      }
      return (document.text, LineSegmenter.sentences(in: document.text))
    }

    /// A warning on standard error when many sentences of a side found no counterpart.
    static func warnAboutUnpaired(_ alignment: Alignment, sourceCount: Int, targetCount: Int) {
      for (side, unpaired, count) in [
        ("source", alignment.unpairedSourceCount, sourceCount), ("target", alignment.unpairedTargetCount, targetCount),
      ] where count > 0 && unpaired * 5 > count && unpaired >= 3 {
        FileHandle.standardError.write(
          Data(
            "warning: \(unpaired) of \(count) \(side) sentences have no counterpart (1-0/0-1 beads); the editions may differ in content (\(sourceCount) vs \(targetCount) sentences)\n"
              .utf8))
      }
    }

    private static func cell(_ text: String) -> String {
      text.replacingOccurrences(of: "\t", with: " ")
    }
  }
}
