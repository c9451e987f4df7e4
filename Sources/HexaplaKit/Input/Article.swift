/// The article text taken from a web page: headline, standfirst and body, without the page's
/// navigation, comments and other furniture.
public struct Article: Hashable, Sendable {
  /// The headline (the page's `<h1>`, else `og:title`, else `<title>`), if any.
  public var headline: String?
  /// The body blocks in reading order (standfirst, paragraphs, subheadings, list items), each
  /// on one line.
  public var paragraphs: [String]

  public init(headline: String?, paragraphs: [String]) {
    self.headline = headline
    self.paragraphs = paragraphs
  }

  /// The article as plain text: the headline and each block on its own line.
  public var text: String {
    (headline.map { [$0] } ?? []).appending(contentsOf: paragraphs).joined(separator: "\n") + "\n"
  }
}

extension Array {
  fileprivate func appending(contentsOf other: [Element]) -> [Element] { self + other }
}
