import ArgumentParser
import Foundation
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla dict`: inspect bilingual dictionaries and build compact merged ones.
  struct Dict: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Inspect bilingual dictionaries and build compact merged ones.",
      discussion: """
        Hexapla reads CC-CEDICT text, dictd dictionaries (FreeDict: NAME.index with
        NAME.dict.dz or NAME.dict), hunalign .dic files (target @ source),
        two-column TSV and its own .hxdict files, telling the format and the
        languages from the file. Tools/install-dictionaries.sh installs CC-CEDICT
        and FreeDict and builds .hxdict files from them.

        Example:
          hexapla dict info /usr/share/dictd/freedict-deu-fra.index
        """,
      subcommands: [Info.self, Build.self])
  }
}

extension HexaplaCommand.Dict {
  /// `hexapla dict info`: what each dictionary file holds.
  struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List what Hexapla reads from dictionary files.",
      discussion: """
        For each file: the format, the languages and where they came from, the
        title, how many headwords and usable pairs it gave, how many malformed lines
        were skipped, and a few example pairs.

        Example:
          hexapla dict info cedict_ts.u8 terms.de-fr.tsv
        """)

    @Option(
      name: .customLong("dictionary-langs"),
      help: ArgumentHelp(
        "Source and target language of files that do not name them, such as de,fr.", valueName: "src,tgt"))
    var languages: String?

    @Option(help: "How many example pairs to show per file.")
    var examples: Int = 5

    @OptionGroup var output: OutputOptions

    @Argument(
      help: ArgumentHelp("Dictionary files.", valueName: "file"),
      completion: .file(extensions: DictionaryOptions.fileExtensions))
    var files: [String]

    func validate() throws {
      guard !ValidationPass.isSkipped else { return }
      if let languages { _ = try DictionaryOptions.parsePair(languages, option: "--dictionary-langs") }
      try output.refuseOverwriting(inputs: files)
      guard examples >= 0 else { throw ValidationError("--examples must be 0 or more.") }
    }

    func run() throws {
      let hint = try languages.map { try DictionaryOptions.parsePair($0, option: "--dictionary-langs") }
      var report = ""
      var failures: [Error] = []
      for path in files {
        do {
          let file = try DictionaryLoader.load(path: path, hint: hint)
          DictionaryOptions.warnAboutSkippedLines(file)
          report += Self.describe(file, examples: examples)
        } catch {
          failures.append(error)  // the other files are still described
        }
      }
      if !report.isEmpty {
        let sink = try output.openSink()
        try sink.write(report)
        try sink.finish()
      }
      guard let first = failures.first else { return }
      for error in failures.dropFirst() { FileHandle.standardError.write(Data("Error: \(error)\n".utf8)) }
      throw first
    }

    /// The listing of one file.
    static func describe(_ file: DictionaryFile, examples: Int) -> String {
      var text = "\(file.path)\n"
      text += "  format: \(file.format)\n"
      if let source = file.sourceLanguage, let target = file.targetLanguage {
        text += "  languages: \(source) → \(target) (\(file.languageEvidence.explanation))\n"
      } else {
        let scripts = file.columnScripts
        text +=
          "  languages: unknown (columns in \(scripts.source) → \(scripts.target) script; name the file like terms.de-fr.tsv or pass --dictionary-langs)\n"
      }
      if let title = file.title, !title.isEmpty { text += "  title: \(title)\n" }
      text += "  headwords: \(file.headwordCount - file.skippedCount)\n"
      text += "  entries: \(file.entries.count)\n"
      text += "  skipped malformed lines: \(file.skippedCount)\n"
      for skipped in file.skippedExamples.prefix(3) {
        text += "    line \(skipped.line): \(skipped.message)\n"
      }
      for entry in file.examples(examples) { text += "  example: \(entry.source) → \(entry.target)\n" }
      return text
    }
  }

  /// `hexapla dict build`: merge dictionaries into one `.hxdict` file.
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Merge dictionaries, or learn one from a corpus, into one compact .hxdict file.",
      usage:
        "hexapla dict build [--dictionary <path> ...] [--learn-from <dir>] [--dictionary-langs <src,tgt>] [--langs <src,tgt>] --output <path>",
      discussion: """
        Reads every --dictionary file, orients each to the language pair (--langs,
        or the languages of the first file), removes duplicates and writes a compact
        binary dictionary that loads in a fraction of a second. The same inputs
        always give the same bytes.

        With --learn-from DIR (a corpus as for align --corpus), aligns every
        article's editions far enough to find the confident sentence pairs and adds
        the word translation table learned over all of them (the words that are each
        other's best partner); the --dictionary files, if any, guide the learning
        and are merged in. Later runs use the file with align --dictionary.

        Examples:
          hexapla dict build --dictionary /usr/share/dictd/freedict-deu-fra.index \\
            --dictionary /usr/share/dictd/freedict-fra-deu.index -o de-fr.hxdict
          hexapla dict build --learn-from articles/ --langs zh,en -o zh-en.hxdict
        """)

    @OptionGroup var dictionaries: DictionaryOptions

    @Option(
      help: ArgumentHelp(
        "The language pair of the result, such as zh,en. Default: the languages of the first dictionary.",
        valueName: "src,tgt"))
    var langs: String?

    @Option(
      name: .customLong("learn-from"),
      help: ArgumentHelp(
        "A corpus directory (ID.LANG.txt or ID/LANG.txt files, as for align --corpus) to learn word pairs from.",
        valueName: "dir"),
      completion: .directory)
    var learnFrom: String?

    @Flag(help: "With --learn-from: the editions hold one sentence per line, taken as is.")
    var presegmented = false

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp("The .hxdict file to write (written to a temporary file, then renamed).", valueName: "path"),
      completion: .file(extensions: ["hxdict"]))
    var output: String?

    /// Optional to the parser, so that an unknown option is what `dict build --bogus x` reports;
    /// `validate()` requires it.
    private var outputPath: String { output ?? "" }

    func validate() throws {
      guard !ValidationPass.isSkipped else { return }
      guard !dictionaries.paths.isEmpty || learnFrom != nil else {
        throw ValidationError("Give at least one --dictionary FILE or a corpus with --learn-from DIR.")
      }
      guard let output else { throw ValidationError("Give the .hxdict file to write with -o PATH.") }
      if let langs { _ = try DictionaryOptions.parsePair(langs, option: "--langs") }
      if presegmented, learnFrom == nil { throw ValidationError("--presegmented is for --learn-from.") }
      if let learnFrom {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: learnFrom, isDirectory: &isDirectory), isDirectory.boolValue
        else {
          throw ValidationError("--learn-from must name a corpus directory; '\(learnFrom)' is not one.")
        }
      }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory),
        isDirectory.boolValue || !FileManager.default.isDeletableFile(atPath: output)
          || (try? FileManager.default.attributesOfItem(atPath: output)[.type] as? FileAttributeType) != .typeRegular
      {
        throw ValidationError("-o must name a regular file to create or replace; '\(output)' is not one.")
      }
    }

    func run() throws {
      let files = try dictionaries.loadFiles()
      var learned: (table: LearnedLexicon, articles: Int)?
      if let learnFrom { learned = try learn(from: learnFrom, dictionaries: files) }
      let pair: (LanguageTag, LanguageTag)
      if let langs {
        pair = try DictionaryOptions.parsePair(langs, option: "--langs")
      } else if let learned {
        pair = (learned.table.sourceLanguage, learned.table.targetLanguage)
      } else if let source = files[0].sourceLanguage, let target = files[0].targetLanguage {
        pair = (source, target)
      } else {
        throw HexaplaError.unknownDictionaryLanguages(path: files[0].path)
      }
      var merged =
        files.isEmpty
        ? BilingualDictionary(sourceLanguage: pair.0, targetLanguage: pair.1, entries: [])
        : try BilingualDictionary(merging: files, source: pair.0, target: pair.1)
      var provenance = files.map { file in
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        return
          "\(name) (\(file.format), \(CountPhrase.of(file.entries.count, "entry", plural: "entries"))\(file.title.map { ", \($0)" } ?? ""))"
      }
      var learnedNote = ""
      if let learned, let learnFrom {
        merged.entries += learned.table.dictionary.entries
        let name = learnFrom.split(separator: "/").last.map(String.init) ?? learnFrom
        let phrase =
          CountPhrase.of(learned.table.pairs.count, "word pair") + " learned from "
          + CountPhrase.of(learned.articles, "article") + ", " + CountPhrase.of(learned.table.beads, "sentence pair")
        provenance.append("\(name) (\(phrase))")
        learnedNote = "; " + phrase
      }
      let writer = try AtomicFileWriter(path: outputPath)
      try writer.write(bytes: CompactDictionary.encode(merged, provenance: provenance))
      try writer.finish()
      let entries = Set(merged.entries).count
      FileHandle.standardError.write(
        Data(
          "\(outputPath): \(CountPhrase.of(entries, "entry", plural: "entries")), \(pair.0) → \(pair.1)\(learnedNote)\n"
            .utf8
        ))
    }

    /// The table learned over the corpus at `directory`, oriented as --langs asks (else as
    /// the corpus's pivot gives it), and how many articles it came from.
    /// - Throws: the first article's error when any fails (the others are noted), and
    ///   `HexaplaError.inconsistentInput` when the corpus has no article of the pair, or several pairs and no --langs.
    func learn(from directory: String, dictionaries files: [DictionaryFile]) throws -> (
      table: LearnedLexicon, articles: Int
    ) {
      let diagnostics = StandardError()
      let scan = try CorpusScanner.scan(directory: directory)
      for problem in scan.problems { diagnostics.warn("\(problem.id): \(problem.reason)") }
      let pair = try langs.map { try DictionaryOptions.parsePair($0, option: "--langs") }
      var options = EditionAligner.Options()
      options.presegmented = presegmented
      options.pivot = pair?.0
      options.dictionaries = files
      var articles = scan.articles
      if let pair {
        articles = articles.filter { $0.languages.contains(pair.0) && $0.languages.contains(pair.1) }
      }
      guard !articles.isEmpty else {
        throw HexaplaError.inconsistentInput(
          message: "\(directory): no article with editions in "
            + (pair.map { "\($0.0) and \($0.1)" } ?? "two languages")
            + " (files ID.LANG.txt or ID/LANG.txt)")
      }
      let progress = ProgressReporter(total: articles.count, unit: "articles")
      let (lexicon, failures) = EditionAligner(options: options).learnLexicon(
        articles: articles, progress: { done in progress.update(done) })
      progress.finish()
      if let first = failures.first {
        for failure in failures.dropFirst() { diagnostics.note("  failed: \(failure.article.id): \(failure.error)") }
        throw first.error
      }
      let tables = lexicon.all
      if let pair {
        guard let table = lexicon.table(between: pair.0, and: pair.1) else {
          throw HexaplaError.inconsistentInput(message: "\(directory): no article pairs \(pair.0) with \(pair.1)")
        }
        return (table, articles.count)
      }
      guard tables.count == 1 else {
        let names = tables.map { "\($0.sourceLanguage)-\($0.targetLanguage)" }.joined(separator: ", ")
        throw HexaplaError.inconsistentInput(
          message: "\(directory) holds several language pairs (\(names)); choose one with --langs.")
      }
      return (tables[0], articles.count)
    }
  }
}
