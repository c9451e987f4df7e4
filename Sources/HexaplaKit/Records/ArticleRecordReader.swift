import Foundation

/// Reads article records, one JSON object per line (see `ArticleRecord`), from a file or
/// standard input, holding one record at a time. A record that cannot be read (not JSON, no
/// id, no editions, a bad language tag, an edition that is neither text nor `{"html": …}`,
/// more bytes than allowed) comes back as a `RecordFailure`, and reading goes on with the
/// next line.
public final class ArticleRecordReader {
  /// The largest record read by default (64 MiB).
  public static let defaultMaxRecordBytes = 64 << 20

  /// The stream's name in messages: the path, or `<stdin>`.
  public let name: String
  private let lines: LineReader
  private var languages: [String: LanguageTag] = [:]

  /// Opens `path` (standard input for `-`).
  /// - Parameter maxRecordBytes: longer lines become failures, skipped without being held.
  /// - Throws: `HexaplaError.fileNotReadable`.
  public init(path: String, maxRecordBytes: Int = defaultMaxRecordBytes) throws {
    lines = try LineReader(path: path, maxLineBytes: maxRecordBytes)
    name = path == "-" ? "<stdin>" : path
  }

  /// The next record or failure, or nil at the end; blank lines are skipped.
  /// - Throws: `HexaplaError.fileNotReadable` when the stream itself cannot be read.
  public func next() throws -> Result<ArticleRecord, RecordFailure>? {
    while let line = try lines.next() {
      switch line {
      case .tooLong(let length, let head):
        return .failure(
          RecordFailure(
            stream: name, line: lines.lineNumber, document: Self.peekID(head),
            error: HexaplaError.malformedLine(
              path: name, line: lines.lineNumber,
              message:
                "the record has \(length) bytes, more than the \(lines.maxLineBytes) allowed (--max-record-bytes)")
          ))
      case .bytes(let bytes):
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
        return record(from: bytes, line: lines.lineNumber)
      }
    }
    return nil
  }

  /// Parses one record line.
  func record(from bytes: Data, line: Int) -> Result<ArticleRecord, RecordFailure> {
    var document: String?
    func fail(_ message: String) -> Result<ArticleRecord, RecordFailure> {
      .failure(
        RecordFailure(
          stream: name, line: line, document: document,
          error: HexaplaError.malformedLine(path: name, line: line, message: message)))
    }
    guard let object = (try? JSONSerialization.jsonObject(with: bytes)) as? [String: Any] else {
      return fail("not a JSON object: " + Self.excerpt(bytes))
    }
    guard let id = object["id"] as? String, !id.isEmpty else {
      return fail("no \"id\" (a non-empty string naming the article)")
    }
    document = id
    for key in object.keys.sorted() where !Self.keys.contains(key) {
      return fail("unknown key \"\(key)\" (a record has " + Self.keys.sorted().joined(separator: ", ") + ")")
    }
    guard let editions = object["editions"] as? [String: Any], !editions.isEmpty else {
      return fail("no \"editions\" object of language → text or {\"html\": page}")
    }
    var sources: [EditionSource] = []
    for code in editions.keys {
      let language: LanguageTag
      do { language = try tag(code) } catch { return fail("edition \"\(code)\": \(error)") }
      let name = "\(id).\(code)"
      if let text = editions[code] as? String {
        sources.append(EditionSource(content: .text(text), name: name, language: language))
      } else if let page = (editions[code] as? [String: Any])?["html"] as? String {
        sources.append(EditionSource(content: .html(page), name: name, language: language))
      } else if let text = (editions[code] as? [String: Any])?["text"] as? String {
        sources.append(EditionSource(content: .text(text), name: name, language: language))
      } else {
        return fail("edition \"\(code)\" is neither text nor {\"html\": page} nor {\"text\": text}")
      }
    }
    sources.sort { ($0.language!, $0.name) < ($1.language!, $1.name) }
    var record = ArticleRecord(id: id, editions: sources, line: line, byteCount: bytes.count)
    if let value = object["presegmented"] {
      guard let flag = value as? Bool else { return fail("\"presegmented\" must be true or false") }
      record.presegmented = flag
    }
    if let value = object["pivot"] {
      guard let code = value as? String else { return fail("\"pivot\" must be a language tag") }
      do { record.pivot = try tag(code) } catch { return fail("\"pivot\": \(error)") }
    }
    return .success(record)
  }

  /// The keys a record may have.
  static let keys: Set<String> = ["id", "editions", "presegmented", "pivot"]

  private func tag(_ code: String) throws -> LanguageTag {
    if let known = languages[code] { return known }
    let language = try LanguageTag(code)
    languages[code] = language
    return language
  }

  /// The first 60 characters of a line, for messages.
  static func excerpt(_ bytes: Data) -> String {
    let text = String(decoding: bytes.prefix(240), as: UTF8.self)
    return text.count > 60 ? String(text.prefix(60)) + "…" : text
  }

  /// The `"id"` string near the start of a record too large to parse, when it is plain.
  static func peekID(_ head: Data) -> String? {
    let text = String(decoding: head, as: UTF8.self)
    guard let key = text.range(of: "\"id\"") else { return nil }
    var rest = text[key.upperBound...].drop { $0 == " " || $0 == "\t" }
    guard rest.first == ":" else { return nil }
    rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
    guard rest.first == "\"" else { return nil }
    rest = rest.dropFirst()
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    let id = rest[..<end]
    return id.isEmpty || id.contains("\\") ? nil : String(id)
  }
}
