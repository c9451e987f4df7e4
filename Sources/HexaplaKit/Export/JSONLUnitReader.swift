import Foundation

/// Reads units back from JSON lines as `JSONLExporter` writes them, one line at a time:
/// `{"tuid":"1","segments":{"en":"…","fr":"…"},"props":[["x-score","0.9000"]],"notes":["…"]}`,
/// with `"alternatives":[["en","…"]]` for a language's further segments.
/// Segments come out ordered by language tag (JSON objects have no order). A line longer than
/// `maxLineBytes` is an error, so memory stays bounded whatever the file.
public final class JSONLUnitReader {
  /// The file being read.
  public let path: String
  /// The longest line accepted, in bytes.
  public let maxLineBytes: Int
  private let handle: FileHandle
  private var pending: [UInt8] = []
  private var consumed = 0
  /// How far past `consumed` a line end has been looked for.
  private var scanned = 0
  private var atEnd = false
  private var lineNumber = 0
  private var languages: [String: LanguageTag] = [:]

  /// Opens `path` (standard input for `-`).
  /// - Parameter maxLineBytes: the longest line accepted (default: 8 times
  ///   `TMXReader.defaultMaxSegmentBytes`, room for a few segments escaped as JSON).
  /// - Throws: `HexaplaError.fileNotReadable`.
  public init(path: String, maxLineBytes: Int = 8 * TMXReader.defaultMaxSegmentBytes) throws {
    self.path = path
    self.maxLineBytes = max(1, maxLineBytes)
    if path == "-" {
      handle = .standardInput
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue,
        let handle = FileHandle(forReadingAtPath: path)
      else {
        throw HexaplaError.fileNotReadable(path: path, reason: "no such file")
      }
      self.handle = handle
    }
  }

  /// The next unit, or nil at the end; blank lines are skipped.
  /// - Throws: `HexaplaError.malformedLine` naming the line, `.fileNotReadable`.
  public func next() throws -> TMXUnit? {
    while let line = try nextLine() {
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      return try unit(from: line)
    }
    return nil
  }

  /// The next line without its LF.
  /// - Complexity: O(n) in the line's length: each byte is searched once and moved at most once.
  private func nextLine() throws -> Data? {
    while true {
      if let newline = pending[(consumed + scanned)...].firstIndex(of: 0x0A) {
        let line = pending[consumed..<newline]
        consumed = newline + 1
        scanned = 0
        lineNumber += 1
        return Data(line)
      }
      scanned = pending.count - consumed
      if scanned > maxLineBytes {
        throw HexaplaError.malformedLine(
          path: path, line: lineNumber + 1,
          message:
            "the line is longer than \(maxLineBytes) bytes, the limit (--max-segment-bytes raises it)")
      }
      if atEnd {
        guard consumed < pending.count else { return nil }
        lineNumber += 1
        defer {
          consumed = pending.count
          scanned = 0
        }
        return Data(pending[consumed...])
      }
      let chunk: Data
      do { chunk = try handle.read(upToCount: 1 << 16) ?? Data() } catch {
        throw HexaplaError.fileNotReadable(path: path, reason: "\(error.localizedDescription)")
      }
      if chunk.isEmpty {
        atEnd = true
      } else {
        // Drop the lines already returned, then append: each byte is moved at most once more.
        if consumed > 0 {
          pending.removeSubrange(0..<consumed)
          consumed = 0
        }
        pending.append(contentsOf: chunk)
      }
    }
  }

  private func unit(from line: Data) throws -> TMXUnit {
    func fail(_ message: String) -> HexaplaError {
      .malformedLine(path: path, line: lineNumber, message: message)
    }
    guard let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else {
      throw fail("not a JSON object")
    }
    guard let segments = object["segments"] as? [String: String] else {
      throw fail("no \"segments\" object of language → text")
    }
    var unit = TMXUnit(tuid: object["tuid"] as? String, variants: [])
    for (code, text) in segments {
      let language: LanguageTag
      if let known = languages[code] {
        language = known
      } else {
        do { language = try LanguageTag(wellFormed: code) } catch { throw fail("\(error)") }
        languages[code] = language
      }
      unit.variants.append(.init(language: language, segment: text))
    }
    unit.variants.sort { $0.language < $1.language }
    for pair in object["alternatives"] as? [[String]] ?? [] where pair.count == 2 {
      let language: LanguageTag
      do { language = try LanguageTag(wellFormed: pair[0]) } catch { throw fail("\(error)") }
      unit.variants.append(.init(language: language, segment: pair[1]))
    }
    if let props = object["props"] as? [[String]] {
      for pair in props where pair.count == 2 {
        unit.props.append(TMXProperty(type: pair[0], value: pair[1]))
      }
    }
    unit.notes = object["notes"] as? [String] ?? []
    return unit
  }
}
