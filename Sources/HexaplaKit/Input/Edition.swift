/// One language edition of an article, read from a text file or an HTML page, with its
/// boilerplate lines recognised.
public struct Edition: Sendable {
  /// A boilerplate line and what it is.
  public struct BoilerplateLine: Hashable, Sendable {
    /// The line's text.
    public var text: String
    /// The kind of boilerplate.
    public var kind: BoilerplateKind
    /// Its paragraph index in `document` when kept, nil when dropped.
    public var paragraph: Int?
  }

  /// The edition's text (one paragraph per line), language and file name.
  public var document: Document
  /// The boilerplate found, dropped or kept.
  public var boilerplate: [BoilerplateLine]
  /// Whether the edition was read from HTML.
  public var isHTML: Bool
  /// Warnings about the input (bytes replaced, a guessed charset, little article text), each
  /// starting with the file name.
  public var warnings: [String]

  /// The paragraphs of `document` that are boilerplate kept as units of their own.
  public var unpairedParagraphs: Set<Int> { Set(boilerplate.compactMap(\.paragraph)) }

  public init(document: Document, boilerplate: [BoilerplateLine] = [], isHTML: Bool = false, warnings: [String] = []) {
    self.document = document
    self.boilerplate = boilerplate
    self.isHTML = isHTML
    self.warnings = warnings
  }
}
