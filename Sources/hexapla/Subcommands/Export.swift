import ArgumentParser
import Foundation
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla export`: merges TMX files and writes TMX, TSV, Moses parallel text or JSON lines.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Merge, filter and convert TMX translation memories.",
      discussion: """
        Reads one or more TMX files (TMX 1.4 or older, UTF-8 or UTF-16, from any
        tool; '-' is standard input) or JSON lines written by --format jsonl or
        'align --records' (whose error records are skipped with a warning), one
        unit at a time, and writes:
          tmx    one TMX 1.4 file (inline markup kept unless --flatten)
          tsv    a header row of language tags, then one column per language
          moses  one plain-text file per language, line-parallel: -o PREFIX
                 writes PREFIX.en, PREFIX.zh-Hans...
          jsonl  one JSON object per unit: {"tuid", "document", "segments":
                 {lang: text}, "props": [[type, value]]}
        TSV, Moses and JSON lines carry plain text: inline codes are dropped, and in
        TSV and Moses, tabs and line breaks inside a segment become spaces.

        --langs selects languages and their order (default: every language, in order
        of first appearance). TSV and Moses keep only units with text in every
        selected language, so lines stay parallel; TMX and JSON lines keep units
        with at least two of them (one with --keep-unpaired). --min-score drops
        units whose x-score prop is below the value; units without an x-score are
        kept. --dedupe drops a unit whose texts in the selected languages were
        already exported. With several inputs, tuids are renumbered from 1.

        TMX to TMX carries units through unchanged: their attributes (creationdate,
        changeid, usagecount...), props and notes, and those of each <tuv>. The
        header keeps the inputs' segtype, o-tmf, srclang and datatype when they
        agree, and their props, notes and <ude>s (not those of standard input).
        A segment, note, prop or attribute value longer than --max-segment-bytes
        is an error (memory stays bounded on any file).

        Warnings go to standard error; a malformed input stops the export with its
        file, line and column, and no output file is left behind.

        Example:
          hexapla export --format moses --langs en,zh-Hans --min-score 0.5 \\
            -o corpus a.tmx b.tmx
        """)

    /// Output formats.
    enum Format: String, CaseIterable, ExpressibleByArgument {
      case tmx, tsv, moses, jsonl
    }

    @Option(help: "Output format: tmx, tsv, moses or jsonl.")
    var format: Format = .tmx

    @Option(
      help: ArgumentHelp(
        "Languages to keep, comma-separated BCP 47 tags, in output order (default: all).",
        valueName: "a,b"))
    var langs: String?

    @Option(
      help: ArgumentHelp(
        "Drop units whose x-score is below this (0 to 1); units without an x-score are kept.",
        valueName: "score"))
    var minScore: Double?

    @Flag(help: "Drop units whose texts in the selected languages were already exported.")
    var dedupe = false

    @Flag(help: "Keep units with text in only one selected language (TMX and JSON lines).")
    var keepUnpaired = false

    @Flag(
      help:
        "TMX output: write inline markup (bpt, ept, ph, it, ut; hi keeps its text) as plain text.")
    var flatten = false

    @Flag(help: "Write <!DOCTYPE tmx SYSTEM \"tmx14.dtd\"> in TMX output (readers do not need it).")
    var doctype = false

    @OptionGroup var creationDate: TMXDateOption

    @OptionGroup var input: TMXInputOptions

    @OptionGroup var output: OutputOptions

    @Argument(
      help: ArgumentHelp(
        "TMX or JSON-lines files to merge, or '-' for standard input.", valueName: "file"),
      completion: .file(extensions: ["tmx", "jsonl"]))
    var files: [String]

    func validate() throws {
      guard !ValidationPass.isSkipped else { return }
      guard !files.isEmpty else { throw ValidationError("Give at least one TMX file to export.") }
      if files.filter({ $0 == "-" }).count > 1 {
        throw ValidationError("Standard input ('-') can be read only once.")
      }
      _ = try selectedLanguages()
      if let minScore, !(0...1).contains(minScore) {
        throw ValidationError("--min-score must be between 0 and 1 (got \(minScore)).")
      }
      if format == .moses {
        guard let prefix = output.output, prefix != "-" else {
          throw ValidationError(
            "--format moses writes one file per language: give -o PREFIX (writes PREFIX.en ...).")
        }
      }
      if format == .moses || format == .tsv, langs == nil, files.contains("-") {
        throw ValidationError(
          "--format \(format.rawValue) from standard input needs --langs (the columns).")
      }
      try creationDate.check()
      try input.check()
      try output.refuseOverwriting(inputs: files)
    }

    func selectedLanguages() throws -> [LanguageTag]? {
      guard let langs else { return nil }
      var tags: [LanguageTag] = []
      for item in LanguageTag.listItems(langs) {
        let tag = try LanguageTag.argument(item, option: "--langs")
        if tags.contains(tag) { throw ValidationError("--langs: '\(tag)' is given twice.") }
        tags.append(tag)
      }
      guard !tags.isEmpty else { throw ValidationError("--langs: give at least one language.") }
      return tags
    }

    func run() throws {
      let diagnostics = StandardError()
      var options = UnitExportPipeline.Options(
        languages: try selectedLanguages(), minimumScore: minScore,
        requireAllLanguages: format == .tsv || format == .moses, keepUnpaired: keepUnpaired,
        dedupe: dedupe,
        inlineMarkup: format == .tmx && !flatten ? .keep : .flatten)
      options.maxSegmentBytes = input.maxSegmentBytes
      let pipeline = UnitExportPipeline(options: options, onWarning: diagnostics.warn)
      func makeExporter(languages: [LanguageTag]?) throws -> UnitExporter {
        switch format {
        case .tmx:
          // The inputs' header metadata, merged (srclang is *all* unless every input agrees).
          let header = TMXHeader.merging(
            try pipeline.headers(of: files), languages: languages,
            creationDate: try creationDate.resolved())
          return TMXExporter(
            writer: TMXWriter(
              sink: try output.openSink(), header: header,
              options: .init(keepUnpaired: keepUnpaired, includeDoctype: doctype),
              onWarning: diagnostics.warn))
        case .tsv:
          return TSVExporter(sink: try output.openSink(), languages: languages ?? [])
        case .jsonl:
          return JSONLExporter(sink: try output.openSink())
        case .moses:
          let prefix = output.output!
          return MosesExporter(
            sinks: try (languages ?? []).map {
              (
                $0,
                try AtomicFileWriter(path: MosesExporter.path(prefix: prefix, language: $0))
                  as TextSink
              )
            })
        }
      }
      let statistics: UnitExportPipeline.Statistics
      if options.languages == nil && (format == .tsv || format == .moses) {
        // The columns must be known before the first row: the pipeline finds them.
        let made = try pipeline.runSelectingAllLanguages(inputs: files) { try makeExporter(languages: $0) }
        statistics = made.statistics
        options.languages = made.languages
      } else {
        statistics = try pipeline.run(
          inputs: files, into: try makeExporter(languages: options.languages))
      }
      let messages = statistics.languageMessages(selected: options.languages ?? [])
      messages.warnings.forEach(diagnostics.warn)
      messages.notes.forEach(diagnostics.note)
      var dropped: [String] = []
      if statistics.missingLanguages > 0 {
        dropped.append("\(statistics.missingLanguages) lacking languages")
      }
      if statistics.belowScore > 0 { dropped.append("\(statistics.belowScore) below --min-score") }
      if statistics.duplicates > 0 { dropped.append("\(statistics.duplicates) duplicates") }
      diagnostics.note(
        "exported \(statistics.exported) of " + CountPhrase.of(statistics.read, "unit")
          + (dropped.isEmpty ? "" : " (dropped: " + dropped.joined(separator: ", ") + ")"))
    }
  }
}
