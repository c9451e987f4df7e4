import ArgumentParser
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla segment`: one sentence per line, or one JSON object per sentence.
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Split a text into sentences.",
      discussion: """
        Reads UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order
        mark; reads standard input when FILE is '-'. Prints one sentence per line
        (line breaks inside a sentence become spaces) or, with --format jsonl, one
        JSON object per sentence with its text, paragraph and UTF-8 byte offsets in
        the decoded input.

        On top of ICU's sentence breaks, Hexapla applies its own rules for the
        language: whole-word abbreviations (Dr., z. B., т. е.; etc. and U.S. end a
        sentence only before a typical sentence starter), initials (J. R. R. Tolkien),
        ordinal numbers in languages that write them with a dot (am 6. Mai), CJK
        quotes after 。, dialogue and list dashes, a lower-case start after a full
        stop, and spaces that end Thai sentences. --abbreviations adds your own list:
        one abbreviation per line (approx.), '#' starts a comment, and '[may-end]'
        after one marks an abbreviation that may end a sentence.

        --guide takes a translation of the text: the text is aligned with it, a
        sentence paired with several of its sentences is cut at its own sentence-like
        boundaries to match them, and, in Thai, Lao and Khmer (where a space ends a
        sentence but also separates clauses and names), sentences paired with one of
        its sentences are joined again where only a space had separated them.

        Examples:
          hexapla segment --paragraphs blank --format jsonl article.de.txt
          hexapla segment --abbreviations my-abbreviations.txt report.en.txt
          hexapla segment --guide article.en.txt article.th.txt
        """)

    @OptionGroup var language: LanguageOption

    @Option(help: "How lines make paragraphs: 'line' (each line) or 'blank' (blank-line-separated blocks).")
    var paragraphs: ParagraphModeArgument = .line

    @Option(help: "Output format: 'lines' or 'jsonl'.")
    var format: SentenceWriter.Format = .lines

    @Option(
      help: ArgumentHelp(
        "A file of extra abbreviations, one per line ('#' comments, '[may-end]' marks).",
        valueName: "file"),
      completion: .file(extensions: ["txt"]))
    var abbreviations: [String] = []

    @Flag(help: "Use ICU's sentence breaks alone, without Hexapla's rules.")
    var noRules = false

    @Option(
      help: ArgumentHelp(
        "A translation of the text whose sentences guide the cuts (same paragraphs, one article).",
        valueName: "file"),
      completion: .file(extensions: ["txt"]))
    var guide: String?

    @Option(
      name: .customLong("guide-lang"),
      help: ArgumentHelp(
        "The language of the --guide file. Default: from its name, like article.en.txt.", valueName: "tag"))
    var guideLanguage: String?

    @OptionGroup var output: OutputOptions

    @Argument(
      help: ArgumentHelp("The text to segment, or '-' for standard input.", valueName: "file"),
      completion: .file(extensions: ["txt"]))
    var file: String

    func validate() throws {
      guard !ValidationPass.isSkipped else { return }
      _ = try language.resolve(for: file)
      try output.refuseOverwriting(inputs: [file] + (guide.map { [$0] } ?? []))
      if noRules && !abbreviations.isEmpty {
        throw ValidationError("--abbreviations has no effect with --no-rules.")
      }
      if guide == nil, guideLanguage != nil {
        throw ValidationError("--guide-lang needs --guide FILE.")
      }
      if let guide {
        if guide == "-", file == "-" { throw ValidationError("The text and --guide cannot both be standard input.") }
        _ = try resolvedGuideLanguage(for: guide)
      }
    }

    /// The guide's language, from --guide-lang or its file name.
    private func resolvedGuideLanguage(for path: String) throws -> LanguageTag {
      try LanguageOption.resolve(guideLanguage, for: path)
    }

    func run() throws {
      let tag = try language.resolve(for: file)
      var rules = noRules ? SegmentationRules.none : SegmentationRules.builtIn(for: tag)
      for path in abbreviations {
        try rules.addAbbreviations(from: TextDecoder.read(path: path), source: path)
      }
      let segmenter = try Segmenter(language: tag, paragraphMode: paragraphs.mode, rules: rules)
      if let guide {
        // A guided text is aligned with its guide as a whole.
        let document = try Document.load(path: file, language: tag)
        let guideLanguage = try resolvedGuideLanguage(for: guide)
        let guideDocument = try Document.load(path: guide, language: guideLanguage).requiringText()
        let sentences = try GuidedSegmenter(language: tag, guideLanguage: guideLanguage, paragraphMode: paragraphs.mode)
          .segment(document.text, guide: guideDocument.text, rules: rules)
        let writer = SentenceWriter(format: format, sink: try output.openSink())
        for sentence in sentences { try writer.write(sentence) }
        try writer.finish()
        return
      }
      let diagnostics = StandardError()
      let reader = try TextStreamReader(path: file)
      let writer = SentenceWriter(format: format, sink: try output.openSink())
      try StreamingSegmenter(segmenter: segmenter).segment(reader, onWarning: diagnostics.warn) { sentence in
        try writer.write(sentence)
      }
      try writer.finish()
    }
  }
}

extension SentenceWriter.Format: ExpressibleByArgument {}
