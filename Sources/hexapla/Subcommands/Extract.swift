import ArgumentParser
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla extract`: the article text of a web page (or a cleaned text copy), one paragraph
  /// per line, as `align` reads it.
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the article text of a web page or text file, as align reads it.",
      discussion: """
        From an HTML page (.html, .htm) takes the headline, standfirst and body
        paragraphs and leaves out scripts, navigation, menus, share buttons,
        comments and footers. Then finds boilerplate lines (language menus, share
        prompts, bylines, datelines, copyright lines) and drops them (the default)
        or keeps them (--boilerplate keep), as align does. Prints
        one paragraph per line; --verbose lists the boilerplate on standard error.

        Example:
          hexapla extract --verbose page.fr.html
        """)

    @Option(help: "Boilerplate lines: 'drop' (default) or 'keep'.")
    var boilerplate: BoilerplateHandling = .drop

    @Flag(help: "List the boilerplate lines found on standard error.")
    var verbose = false

    @Flag(help: "Leave out the headline of an HTML page (print the body only).")
    var noHeadline = false

    @Option(
      name: .customLong("lang"),
      help: ArgumentHelp(
        "The language of the page. Default: from a file name like page.fr.html, else as the page declares it (<html lang>, og:locale, Content-Language) if its script fits, else from an unambiguous script.",
        valueName: "tag"))
    var language: String?

    @OptionGroup var output: OutputOptions

    @Argument(
      help: ArgumentHelp("The page or text file.", valueName: "file"),
      completion: .file(extensions: ["html", "htm", "txt"]))
    var file: String

    func validate() throws {
      guard !ValidationPass.isSkipped else { return }
      if let language { _ = try LanguageTag.argument(language) }
      try output.refuseOverwriting(inputs: [file])
    }

    func run() throws {
      let tag = try language.map { try LanguageTag.argument($0) }
      let loader = EditionLoader(boilerplate: boilerplate, includesHeadline: !noHeadline, languageOption: "--lang")
      let edition = try loader.load(paths: [file], languages: [tag])[0]
      let diagnostics = StandardError()
      for warning in edition.warnings { diagnostics.warn(warning) }
      if verbose {
        for line in edition.boilerplate {
          diagnostics.note("\(file): \(line.kind.rawValue): \(line.text)")
        }
      }
      let sink = try output.openSink()
      try sink.write(edition.document.text)
      try sink.finish()
    }
  }
}
