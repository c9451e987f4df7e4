/// Reads the editions of one article: decodes text files and extracts HTML pages, settles
/// each edition's language (given, from the file name, or from an unambiguous script), checks
/// that the editions are in different languages written in their scripts, and recognises
/// boilerplate across them.
public struct EditionLoader: Sendable {
  /// What to do with boilerplate, the same for text and HTML.
  public var boilerplate: BoilerplateHandling

  public init(boilerplate: BoilerplateHandling = .drop) {
    self.boilerplate = boilerplate
  }

  /// File extensions read as HTML.
  public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

  /// Whether a path names an HTML page (by its extension).
  public static func isHTML(_ path: String) -> Bool {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: ".") else { return false }
    return htmlExtensions.contains(name[name.index(after: dot)...].lowercased())
  }

  /// Loads the editions at `paths`.
  /// - Parameter languages: per path, a given language or nil (then the file name, then the
  ///   script decides); nil for all.
  /// - Throws: `HexaplaError` for an unreadable file, a page with no article text, a
  ///   language that cannot be told, an edition in the wrong script, or two editions claiming
  ///   the same language.
  public func load(paths: [String], languages: [LanguageTag?]? = nil) throws -> [Edition] {
    try load(
      sources: paths.enumerated().map { i, path in
        EditionSource(path: path, language: languages.flatMap { i < $0.count ? $0[i] : nil })
      })
  }

  /// Loads editions from files or from text in memory (see `EditionSource`).
  /// - Throws: as `load(paths:languages:)`.
  public func load(sources: [EditionSource]) throws -> [Edition] {
    var raw: [(path: String, lines: [String], language: LanguageTag, isHTML: Bool)] = []
    for source in sources {
      let path = source.name
      let lines = try Self.readLines(source)
      let text = lines.joined(separator: "\n")
      let language =
        try source.language ?? LanguageTag.fromFileName(path) ?? ScriptLanguageGuesser.guess(text, path: path)
      try ScriptLanguageGuesser.check(text, language: language, path: path)
      if let previous = raw.first(where: { $0.language == language }) {
        throw HexaplaError.inconsistentInput(
          message:
            "\(previous.path) and \(path) both claim language '\(language)'; each edition needs its own language (rename one or pass --langs)"
        )
      }
      raw.append((path, lines, language, source.isHTML))
    }
    let filter = BoilerplateFilter()
    return raw.map { edition in
      let handling = boilerplate
      var kept: [String] = []
      var found: [Edition.BoilerplateLine] = []
      for (line, kind) in zip(edition.lines, filter.classify(edition.lines)) {
        if let kind {
          found.append(
            .init(text: line, kind: kind, paragraph: handling == .drop ? nil : kept.count))
          if handling == .drop { continue }
        }
        kept.append(line)
      }
      let document = Document(
        text: kept.joined(separator: "\n") + (kept.isEmpty ? "" : "\n"), language: edition.language,
        source: edition.path)
      return Edition(document: document, boilerplate: found, isHTML: edition.isHTML)
    }
  }

  /// The non-blank lines of a text, or the headline and blocks of an HTML page.
  /// - Throws: `HexaplaError` when the input cannot be read or decoded, or is empty.
  static func readLines(_ source: EditionSource) throws -> [String] {
    let lines: [String]
    switch source.content {
    case .file(let path):
      if source.isHTML {
        let article = try ArticleExtractor.extract(path: path)
        lines = (article.headline.map { [$0] } ?? []) + article.paragraphs
      } else {
        lines = nonBlankLines(try TextDecoder.read(path: path))
      }
    case .text(let text):
      lines = nonBlankLines(text)
    case .html(let page):
      let article = try ArticleExtractor.extract(page: page, path: source.name)
      lines = (article.headline.map { [$0] } ?? []) + article.paragraphs
    }
    guard !lines.isEmpty else { throw HexaplaError.emptyInput(path: source.name) }
    return lines
  }

  private static func nonBlankLines(_ text: String) -> [String] {
    text.splitAtNewlines().map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
  }
}
