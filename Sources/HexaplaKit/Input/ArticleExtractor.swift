import Foundation

/// Takes the article out of an HTML page: headline, standfirst and body paragraphs.
///
/// The page is parsed with libxml2's HTML parser. Scripts, styles, navigation, asides, forms,
/// footers and elements whose class, id or ARIA role mark them as menus, share bars, comment
/// threads or cookie banners are left out. The main content container is then chosen by
/// content scoring in the manner of Readability: every paragraph-like block votes for its
/// ancestors by its length and commas, containers gain or lose by class and id hints
/// (`article`, `content` versus `comment`, `share`), and scores shrink with link density.
/// No site-specific rules.
public enum ArticleExtractor {
  /// Reads an HTML file (or standard input for `-`) and extracts its article.
  /// - Throws: `HexaplaError` when the file cannot be read, is not valid in its charset, or
  ///   holds no article text.
  public static func extract(path: String) throws -> Article {
    let data = try TextDecoder.readBytes(path: path)
    return try extract(bytes: [UInt8](data), path: path)
  }

  /// Extracts the article from an HTML page held as text: its bytes are UTF-8 whatever
  /// charset the page declares.
  /// - Parameter path: the name used in error messages.
  /// - Throws: `HexaplaError.noArticleText`.
  public static func extract(page: String, path: String) throws -> Article {
    try extract(body: Array(page.utf8), charset: "UTF-8", path: path)
  }

  /// Extracts the article from the bytes of an HTML page.
  /// - Parameter path: the name used in error messages.
  /// - Throws: `HexaplaError.invalidEncoding`, `.unsupportedCharset` or `.noArticleText`.
  public static func extract(bytes: [UInt8], path: String) throws -> Article {
    let (charset, bomLength) = HTMLCharset.detect(bytes)
    let body = Array(bytes.dropFirst(bomLength))
    if charset == "UTF-8" {
      let invalid = body.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8Offset($0) }
      if let offset = invalid {
        throw HexaplaError.invalidEncoding(
          path: path, byteOffset: bomLength + offset,
          detail: String(
            format: "invalid UTF-8 (byte 0x%02X) in a page that declares no other charset",
            body[offset]))
      }
    }
    return try extract(body: body, charset: charset, offset: bomLength, path: path)
  }

  private static func extract(body: [UInt8], charset: String, offset bomLength: Int = 0, path: String) throws
    -> Article
  {
    let tree: HTMLTree
    do {
      tree = try HTMLTree(bytes: body, encoding: charset)
    } catch .unsupportedEncoding {
      throw HexaplaError.unsupportedCharset(path: path, charset: charset)
    } catch .conversionFailed {
      throw HexaplaError.invalidEncoding(
        path: path, byteOffset: bomLength,
        detail: "the bytes are not valid \(charset), the charset the page declares")
    } catch {
      throw HexaplaError.noArticleText(path: path)
    }
    let article = ContentScorer(tree: tree).article()
    guard !article.paragraphs.isEmpty else { throw HexaplaError.noArticleText(path: path) }
    return article
  }
}
