import Foundation

/// Reads units back from JSON lines as `JSONLExporter` writes them, one line at a time:
/// `{"tuid":"1","segments":{"en":"…","fr":"…"},"props":[["x-score","0.9000"]],"notes":["…"]}`.
/// Segments come out ordered by language tag (JSON objects have no order).
public final class JSONLUnitReader {
  /// The file being read.
  public let path: String
  private let handle: FileHandle
  private var pending = Data()
  private var consumed = 0
  private var atEnd = false
  private var lineNumber = 0
  private var languages: [String: LanguageTag] = [:]

  /// Opens `path` (standard input for `-`).
  /// - Throws: `HexaplaError.fileNotReadable`.
  public init(path: String) throws {
    self.path = path
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

  private func nextLine() throws -> Data? {
    while true {
      if let newline = pending[consumed...].firstIndex(of: 0x0A) {
        let line = pending[consumed..<newline]
        consumed = newline + 1
        lineNumber += 1
        return Data(line)
      }
      if atEnd {
        guard consumed < pending.count else { return nil }
        lineNumber += 1
        defer { consumed = pending.count }
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
        pending = Data(pending[consumed...]) + chunk
        consumed = 0
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
        do { language = try LanguageTag(code) } catch { throw fail("\(error)") }
        languages[code] = language
      }
      unit.variants.append(.init(language: language, segment: text))
    }
    unit.variants.sort { $0.language < $1.language }
    if let props = object["props"] as? [[String]] {
      for pair in props where pair.count == 2 {
        unit.props.append(TMXProperty(type: pair[0], value: pair[1]))
      }
    }
    unit.notes = object["notes"] as? [String] ?? []
    return unit
  }
}
