/// Where an edition's text comes from: a file (text or HTML, by its extension), or text or an
/// HTML page already in memory (such as an article record's), with its language when known.
public struct EditionSource: Sendable {
  /// The content.
  public enum Content: Sendable {
    /// A file, read as HTML when its extension says so (see `EditionLoader.isHTML`).
    case file(path: String)
    /// Plain text, one paragraph (or, presegmented, one sentence) per line.
    case text(String)
    /// An HTML page as Unicode text (a `<meta charset>` in it is ignored).
    case html(String)
  }

  /// The content.
  public var content: Content
  /// The name used in messages and as the document's source: the path, or a name such as
  /// `n01001.en` for text in memory.
  public var name: String
  /// The edition's language; nil: from the file name, else from an unambiguous script.
  public var language: LanguageTag?

  public init(content: Content, name: String, language: LanguageTag? = nil) {
    self.content = content
    self.name = name
    self.language = language
  }

  /// The file at `path`.
  public init(path: String, language: LanguageTag? = nil) {
    self.init(content: .file(path: path), name: path, language: language)
  }

  /// Whether the content is an HTML page.
  public var isHTML: Bool {
    switch content {
    case .file(let path): return EditionLoader.isHTML(path)
    case .text: return false
    case .html: return true
    }
  }
}
