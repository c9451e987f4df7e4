import Foundation

/// Builds article records (see `ArticleRecord`) from the layouts parallel corpora come in:
/// a corpus folder (`ID.LANG.txt`/`.html` or `ID/LANG.txt`, as `CorpusScanner` finds them) or
/// a manifest, a TSV of `id`, `lang`, `path` lines. Files are read one article at a time; HTML
/// pages go into the record as Unicode text, whatever charset they declare.
public enum RecordConverter {
  /// One article of a manifest, or a problem that keeps it out.
  public struct Manifest: Sendable {
    /// Articles with two or more editions, in the order of their first line.
    public var articles: [CorpusArticle]
    /// Articles with fewer than two editions, with reasons.
    public var problems: [(id: String, reason: String)]
  }

  /// Reads a manifest: one `id<TAB>lang<TAB>path` line per edition; blank lines, lines
  /// starting with `#` and a first line `id<TAB>lang<TAB>path` are skipped; a relative path
  /// is relative to the manifest's folder.
  /// - Throws: `HexaplaError.fileNotReadable`; `.malformedLine` for a line without three
  ///   fields, a bad language tag, or a second edition of an article in one language.
  public static func manifest(path: String) throws -> Manifest {
    let text = try TextDecoder.read(path: path)
    let base = (path as NSString).deletingLastPathComponent
    var order: [String] = []
    var editions: [String: [(path: String, language: LanguageTag, line: Int)]] = [:]
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = index + 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        String($0).trimmingWhitespace()
      }
      if lineNumber == 1, fields.map({ $0.lowercased() }) == ["id", "lang", "path"] { continue }
      func fail(_ message: String) -> HexaplaError {
        .malformedLine(path: path, line: lineNumber, message: message)
      }
      guard fields.count == 3, !fields[0].isEmpty, !fields[2].isEmpty else {
        let excerpt = line.count > 60 ? line.prefix(60) + "…" : line
        throw fail("expected three tab-separated fields, id, lang and path (got '\(excerpt)')")
      }
      let language: LanguageTag
      do { language = try LanguageTag(fields[1]) } catch { throw fail("\(error)") }
      let file = fields[2].hasPrefix("/") || base.isEmpty ? fields[2] : base + "/" + fields[2]
      if let previous = editions[fields[0]]?.first(where: { $0.language == language }) {
        throw fail(
          "article '\(HexaplaError.quoting(fields[0]))' has a second '\(language)' edition (the first is on line \(previous.line))"
        )
      }
      if editions[fields[0]] == nil { order.append(fields[0]) }
      editions[fields[0], default: []].append((file, language, lineNumber))
    }
    var result = Manifest(articles: [], problems: [])
    for id in order {
      let found = editions[id]!.sorted { $0.language < $1.language }
      guard found.count >= 2 else {
        result.problems.append((id, "only one edition (\(found[0].path)); an article needs two or more"))
        continue
      }
      result.articles.append(CorpusArticle(id: id, paths: found.map(\.path), languages: found.map(\.language)))
    }
    return result
  }

  /// The record of an article: its files read, text decoded, pages as Unicode text.
  /// - Parameter presegmented: written into the record when given.
  /// - Throws: `HexaplaError` for a file that cannot be read or decoded.
  public static func record(_ article: CorpusArticle, presegmented: Bool? = nil) throws -> ArticleRecord {
    let editions = try zip(article.paths, article.languages).map { path, language in
      EditionSource(content: try content(ofFile: path), name: path, language: language)
    }
    return ArticleRecord(id: article.id, editions: editions, presegmented: presegmented)
  }

  /// A file's text, or its page as Unicode text from whatever charset it declares.
  /// - Throws: `HexaplaError` for a file that cannot be read or decoded.
  static func content(ofFile path: String) throws -> EditionSource.Content {
    guard EditionLoader.isHTML(path) else { return .text(try TextDecoder.read(path: path)) }
    let bytes = [UInt8](try TextDecoder.readBytes(path: path))
    let (charset, bomLength) = HTMLCharset.detect(bytes)
    let body = Array(bytes.dropFirst(bomLength))
    if charset == "UTF-8" { return .html(try TextDecoder.decode(Data(body), path: path)) }
    return .html(try CharsetConverter.decode(body, charset: charset, path: path))
  }

  /// The JSON line of a record, without its line break:
  /// `{"id":…,"editions":{"en":"…","zh":{"html":"…"}},"presegmented":true}` (editions in the
  /// record's order; `presegmented` and `pivot` only when set). An edition given as a file is
  /// read (see `record(_:presegmented:)`).
  /// - Throws: `HexaplaError` for such a file that cannot be read or decoded.
  public static func line(for record: ArticleRecord) throws -> String {
    var line = "{\"id\":" + JSONText.quoted(record.id) + ",\"editions\":{"
    func json(_ content: EditionSource.Content) throws -> String {
      switch content {
      case .text(let text): return JSONText.quoted(text)
      case .html(let page): return "{\"html\":" + JSONText.quoted(page) + "}"
      case .file(let path): return try json(Self.content(ofFile: path))
      }
    }
    line += try record.editions.map { edition in
      JSONText.quoted(edition.language?.description ?? "und") + ":" + (try json(edition.content))
    }.joined(separator: ",")
    line += "}"
    if let presegmented = record.presegmented { line += ",\"presegmented\":\(presegmented)" }
    if let pivot = record.pivot { line += ",\"pivot\":" + JSONText.quoted(pivot.description) }
    return line + "}"
  }
}
