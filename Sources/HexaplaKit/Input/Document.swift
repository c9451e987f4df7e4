/// One edition of a text: its words, its language and where it came from.
public struct Document: Sendable {
  /// The decoded text, exactly as read (line endings kept).
  public var text: String
  /// The language of the text.
  public var language: LanguageTag
  /// The file name or other label used in messages and in TMX evidence.
  public var source: String

  public init(text: String, language: LanguageTag, source: String) {
    self.text = text
    self.language = language
    self.source = source
  }

  /// Reads and decodes a file (or standard input for `-`).
  /// - Parameter language: the language; when nil it is taken from a name like `article.de.txt`.
  /// - Throws: `HexaplaError` when the file cannot be read or decoded, or has no known language.
  public static func load(path: String, language: LanguageTag?) throws -> Document {
    guard let language = language ?? LanguageTag.fromFileName(path) else {
      throw HexaplaError.missingLanguage(path: path)
    }
    return Document(text: try TextDecoder.read(path: path), language: language, source: path)
  }

  /// The document itself, when it holds more than white space.
  /// - Throws: `HexaplaError.emptyInput` naming its source when it is empty or only white space.
  public func requiringText() throws -> Document {
    guard text.contains(where: { !$0.isWhitespace }) else { throw HexaplaError.emptyInput(path: source) }
    return self
  }
}
