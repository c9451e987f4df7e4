/// The article text taken from a web page: headline, standfirst and body, without the page's
/// navigation, comments and other furniture.
public struct Article: Hashable, Sendable {
  /// The headline (the page's `<h1>`, else `og:title`, else `<title>`), if any.
  public var headline: String?
  /// The body blocks in reading order (standfirst, paragraphs, subheadings, list items), each
  /// on one line.
  public var paragraphs: [String]
  /// The language the page declares (`<html lang>`, `og:locale`, `Content-Language`), if any.
  public var language: LanguageTag?
  /// Warnings about the page (replaced bytes, a guessed charset, little text), without the
  /// file name.
  public var warnings: [String]

  public init(headline: String?, paragraphs: [String], language: LanguageTag? = nil, warnings: [String] = []) {
    self.headline = headline
    self.paragraphs = paragraphs
    self.language = language
    self.warnings = warnings
  }

  /// The article as plain text: the headline and each block on its own line.
  public var text: String {
    (headline.map { [$0] } ?? []).appending(contentsOf: paragraphs).joined(separator: "\n") + "\n"
  }
}

extension Array {
  fileprivate func appending(contentsOf other: [Element]) -> [Element] { self + other }
}
