import ArgumentParser
import Foundation
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla inspect`: an aligned TMX file side by side, its statistics, or an HTML report.
  struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show an aligned TMX file side by side, its statistics, or an HTML report.",
      discussion: """
        Without --stats or --html, prints one row per unit: its number, bead type
        and score, then one column per language, wrapped to the terminal width (CJK
        characters take two cells). Units scoring below --low, or with --suspicious
        below 0.5 (the low-confidence threshold align's summary counts), are marked
        with '!' and, on a terminal, in red;
        --suspicious also marks with '~' units whose length ratio is far from the
        file's usual one (as --stats lists them). Colour is used only on a terminal
        unless --color always; NO_COLOR turns it off; with colour, each unit's
        anchors (numbers, names...) are underlined. On a terminal, long output
        goes through $PAGER (default 'less', with LESS=FRX unless LESS is set);
        right-to-left cells are then shown in logical order, and when writing to the
        terminal directly they are wrapped in Unicode isolates (FSI…PDI) so a
        terminal that applies bidi to whole lines cannot swap the columns. Pipes get
        plain text, no isolates.

        TMX written by other tools works too: without Hexapla's props (x-score,
        x-bead) no bead type or score is shown. Statistics always cover the whole
        file; --grep, --from, --limit and --langs select what the view and the HTML
        report show.

        Examples:
          hexapla inspect aligned.tmx --langs en,zh --suspicious
          hexapla inspect aligned.tmx --grep 'climate|weather' --width 120 | less
          hexapla inspect --stats --json aligned.tmx
          hexapla inspect --html report.html aligned.tmx
        """)

    @Argument(
      help: ArgumentHelp(
        "The TMX file to inspect, or '-' for standard input (one-pass modes only).", valueName: "file"),
      completion: .file(extensions: ["tmx"]))
    var file: String

    @Option(
      help: ArgumentHelp(
        "Languages to show, in column order, comma-separated (default: all, in file order).", valueName: "a,b,..."))
    var langs: String?

    @Option(help: ArgumentHelp("Mark units whose score is below this (0 to 1).", valueName: "score"))
    var low: Double?

    @Flag(
      help:
        "Mark low-confidence units (score below 0.5, or --low) with '!' and units whose length ratio is an outlier with '~' (reads the file twice)."
    )
    var suspicious = false

    @Option(
      help: ArgumentHelp(
        "Show only units whose text in some language matches this regular expression (ICU syntax via NSRegularExpression; case-insensitive, Unicode-aware).",
        valueName: "pattern"))
    var grep: String?

    @Flag(
      name: [.customShort("F"), .customLong("fixed-strings")],
      help: "Treat the --grep pattern as a plain substring, not a regular expression.")
    var fixedStrings = false

    @Option(help: ArgumentHelp("Start at this unit number (1-based, position in the file).", valueName: "n"))
    var from: Int = 1

    @Option(help: ArgumentHelp("Show at most this many units.", valueName: "n"))
    var limit: Int?

    @Option(
      help: ArgumentHelp(
        "Line width in terminal cells (default: the terminal's, else $COLUMNS, else 100).", valueName: "n"))
    var width: Int?

    @Option(help: "When to use colour: 'auto' (on a terminal, unless NO_COLOR is set), 'always' or 'never'.")
    var color: ColorMode = .auto

    @Flag(help: "Do not send the view through $PAGER.")
    var noPager = false

    @Flag(
      help:
        "Print statistics: units, sentences and unpaired sentences per language, bead types, a score histogram, length-ratio outliers, and per-document lines."
    )
    var stats = false

    @Flag(help: "With --stats: print the statistics as JSON.")
    var json = false

    @Option(
      help: ArgumentHelp(
        "Write a self-contained HTML report to this path (written to a temporary file, then renamed into place).",
        valueName: "out.html"),
      completion: .file(extensions: ["html"]))
    var html: String?

    @OptionGroup var input: TMXInputOptions

    func validate() throws {
      guard !ValidationPass.isSkipped else { return }
      try input.check()
      if let html, let same = AtomicFileWriter.wouldReplace(html, anyOf: [file]) {
        throw ValidationError("--html \(html) is the input file \(same): write the report elsewhere.")
      }
      if json && !stats { throw ValidationError("--json goes with --stats.") }
      if stats && html != nil {
        throw ValidationError("--stats and --html cannot be combined; the HTML report includes the statistics.")
      }
      if let low, !(0...1).contains(low) { throw ValidationError("--low must be between 0 and 1 (got \(low)).") }
      if from < 1 { throw ValidationError("--from must be at least 1.") }
      if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
      if let width, width < 20 { throw ValidationError("--width must be at least 20.") }
      if let langs, parsedLanguages(langs).isEmpty { throw ValidationError("--langs needs at least one language.") }
      if file == "-" && (suspicious || html != nil) {
        throw ValidationError("--suspicious and --html read the file twice; give a file, not standard input.")
      }
      if let grep { _ = try matcher(grep) }
    }

    func run() throws {
      let diagnostics = StandardError()
      let inspector = AlignmentInspector(
        path: file, maxSegmentBytes: input.maxSegmentBytes, onWarning: diagnostics.warn)
      var options = AlignmentInspector.ViewOptions()
      options.languages = langs.map(parsedLanguages)
      options.lowScore = low
      options.flagsWeakest = suspicious
      options.matcher = try grep.map(matcher)
      options.from = from
      options.limit = limit
      if stats {
        let statistics = try inspector.statistics()
        let sink = StandardOutputWriter()
        try sink.write(json ? StatisticsReport.json(statistics) : StatisticsReport.text(statistics))
        try sink.finish()
      } else if let html {
        let sink = try AtomicFileWriter(path: html)
        do {
          let written = try inspector.writeHTML(
            title: URL(fileURLWithPath: file).lastPathComponent, options: options, to: sink)
          diagnostics.note(
            "wrote \(html): \(written.units) unit\(written.units == 1 ? "" : "s"), \(written.lowConfidence) "
              + "low-confidence (score < \(options.lowScore ?? AlignedUnit.lowConfidenceScore))")
        } catch {
          sink.discard()
          throw error
        }
      } else {
        let onTerminal = Terminal.standardOutputIsTerminal
        let pager = onTerminal && !noPager ? PagerSink() : nil
        options.width = width ?? Terminal.width()
        options.style = SideBySideStyle(
          colors: Terminal.usesColor(color), isolatesRightToLeft: onTerminal && pager == nil)
        let sink: TextSink = pager ?? StandardOutputWriter()
        do {
          try inspector.showSideBySide(options, to: sink)
          try sink.finish()
        } catch is PagerSink.Quit {
          try sink.finish()
        }
      }
    }

    /// The `--langs` items as written: they are matched case-insensitively with the file's
    /// `xml:lang` values, which other tools do not always write as BCP 47 tags.
    private func parsedLanguages(_ list: String) -> [String] {
      LanguageTag.listItems(list).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func matcher(_ pattern: String) throws -> UnitMatcher {
      do { return try UnitMatcher(pattern: pattern, literal: fixedStrings) } catch { throw ValidationError("\(error)") }
    }
  }
}
