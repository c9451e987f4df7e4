import Foundation

/// Takes the article out of an HTML page: headline, standfirst and body paragraphs.
///
/// The page is decoded (see `HTMLCharset`) and parsed with libxml2's HTML parser. Scripts,
/// styles, ruby readings, navigation, asides, forms, footers and elements whose class words, id
/// or ARIA role mark them as menus, share bars, comment threads or cookie banners are left out,
/// unless they wrap most of the page's text or also look like the article. The main content container is then chosen by
/// content scoring in the manner of Readability: every paragraph-like block votes for its
/// ancestors by its length and commas, containers gain or lose by class and id hints
/// (`article`, `content` versus `comment`, `share`), and scores shrink with link density.
/// A body under a few hundred characters falls back to the next-best container, then to a
/// reading without exclusions, and is reported in `Article.warnings`. No site-specific rules.
public enum ArticleExtractor {
  /// Reads an HTML file (or standard input for `-`) and extracts its article.
  /// - Throws: `HexaplaError` when the file cannot be read, is not valid in its charset, or
  ///   holds no article text.
  public static func extract(path: String) throws -> Article {
    let data = try TextDecoder.readBytes(path: path)
    return try extract(bytes: [UInt8](data), path: path)
  }

  /// Extracts the article from an HTML page held as text (a record's `{"html": ...}`): its
  /// bytes are UTF-8 whatever charset the page declares.
  /// - Parameter path: the name used in error messages.
  /// - Throws: `HexaplaError.noArticleText`.
  public static func extract(page: String, path: String) throws -> Article {
    try extract(
      decoded: HTMLCharset.DecodedPage(utf8: Array(page.utf8), charset: "UTF-8", replaced: 0, warnings: []), path: path)
  }

  /// Extracts the article from the bytes of an HTML page.
  /// - Parameter path: the name used in error messages.
  /// - Throws: `HexaplaError.unsupportedCharset` or `.noArticleText`.
  public static func extract(bytes: [UInt8], path: String) throws -> Article {
    try extract(decoded: HTMLCharset.decode(bytes, path: path), path: path)
  }

  private static func extract(decoded page: HTMLCharset.DecodedPage, path: String) throws -> Article {
    let tree: HTMLTree
    do {
      tree = try HTMLTree(bytes: page.utf8, encoding: "UTF-8")
    } catch {
      throw HexaplaError.noArticleText(path: path)
    }
    var article = ContentScorer(tree: tree).article()
    var length = ContentScorer.weightedLength(article.paragraphs)
    if length < ContentScorer.shortArticle {
      // Little text: read the page again without class, role and furniture-tag exclusions
      // (the article may sit in a container whose names look like furniture).
      let relaxed = ContentScorer(tree: tree, strict: false).article()
      let relaxedLength = ContentScorer.weightedLength(relaxed.paragraphs)
      if relaxedLength > length * 1.5 {
        article = relaxed
        length = relaxedLength
      }
    }
    guard !article.paragraphs.isEmpty else { throw HexaplaError.noArticleText(path: path) }
    article.warnings = page.warnings
    if length < ContentScorer.shortArticle {
      article.warnings.append(
        "only \(article.paragraphs.joined(separator: " ").count) characters of article text found; is it an article page?"
      )
    }
    return article
  }
}
