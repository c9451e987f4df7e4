import ArgumentParser
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla segment`: one sentence per line, or one JSON object per sentence.
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Split a text into sentences.",
      discussion: """
        Reads UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark;
        reads standard input when FILE is '-'. Prints one sentence per line (line breaks inside
        a sentence become spaces) or, with --format jsonl, one JSON object per sentence with its
        text, paragraph and UTF-8 byte offsets in the decoded input.

        Example:
          hexapla segment --paragraphs blank --format jsonl article.de.txt
        """)

    /// Output formats.
    enum Format: String, CaseIterable, ExpressibleByArgument {
      case lines, jsonl
    }

    @OptionGroup var language: LanguageOption

    @Option(help: "How lines make paragraphs: 'line' (each line) or 'blank' (blank-line-separated blocks).")
    var paragraphs: ParagraphModeArgument = .line

    @Option(help: "Output format: 'lines' or 'jsonl'.")
    var format: Format = .lines

    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The text to segment, or '-' for standard input.", valueName: "file"))
    var file: String

    func validate() throws {
      _ = try language.resolve(for: file)
    }

    func run() throws {
      let tag = try language.resolve(for: file)
      let document = try Document.load(path: file, language: tag)
      let segmenter = try Segmenter(language: tag, paragraphMode: paragraphs.mode)
      let sentences = try segmenter.segment(document.text)
      let sink = try output.openSink()
      for sentence in sentences {
        switch format {
        case .lines:
          try sink.write(sentence.singleLineText)
        case .jsonl:
          try sink.write(
            "{\"text\":\(JSONText.quoted(sentence.text)),\"paragraph\":\(sentence.paragraph),"
              + "\"start\":\(sentence.range.lowerBound),\"end\":\(sentence.range.upperBound)}")
        }
        try sink.write("\n")
      }
      try sink.finish()
    }
  }
}
