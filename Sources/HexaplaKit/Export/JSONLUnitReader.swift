import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads units back from JSON lines as `JSONLExporter` writes them, one line at a time:
/// `{"tuid":"1","segments":{"en":"…","fr":"…"},"props":[["x-score","0.9000"]],"notes":["…"]}`,
/// with `"alternatives":[["en","…"]]` for a language's further segments. A line longer than
/// `maxLineBytes` is an error, so memory stays bounded whatever the file.
/// JSON objects have no order, so segments come out in the order of the unit's
/// `x-sentences-LANG` props (which Hexapla writes in the unit's language order) when they
/// name every language, else ordered by language tag.
public final class JSONLUnitReader {
  /// The file being read.
  public var path: String { lines.path }
  private let lines: LineReader
  private let onWarning: (String) -> Void
  /// Each language code read so far, parsed, with its canonical form (tags repeat on every line).
  private var languages: [String: BorrowedUnit.Language] = [:]
  /// The first codes read, compared as bytes before any hashing, and their languages.
  @exclusivity(unchecked) private var recentCodes: [[UInt8]] = []
  @exclusivity(unchecked) private var recentLanguages: [BorrowedUnit.Language] = []
  private var lineNumber: Int { lines.lineNumber }

  /// Opens `path` (standard input for `-`).
  /// - Parameters:
  ///   - onWarning: receives a warning for each error record (`{"document", "error"}`,
  ///     as `align --records` writes for an article that failed), which is skipped.
  ///   - maxLineBytes: the longest line accepted (default: 8 times
  ///     `TMXReader.defaultMaxSegmentBytes`, room for a few segments escaped as JSON).
  /// - Throws: `HexaplaError.fileNotReadable`.
  public init(
    path: String, maxLineBytes: Int = 8 * TMXReader.defaultMaxSegmentBytes,
    onWarning: @escaping (String) -> Void = { _ in }
  ) throws {
    lines = try LineReader(path: path, maxLineBytes: max(1, maxLineBytes))
    self.onWarning = onWarning
  }

  /// The longest line accepted, in bytes.
  public var maxLineBytes: Int { lines.maxLineBytes }

  /// The next unit, or nil at the end; blank lines and error records are skipped.
  /// - Throws: `HexaplaError.malformedLine` naming the line, `.fileNotReadable`.
  public func next() throws -> TMXUnit? {
    try withNextUnit { $0.unit() }
  }

  /// Calls `body` with the next unit as `next()` would return it, its texts lent as bytes of the
  /// line (valid during the call only); nil at the end.
  /// - Throws: as `next()`, and what `body` throws.
  func withNextUnit<R>(_ body: (BorrowedUnit) throws -> R) throws -> R? {
    while true {
      // nil for a line skipped (blank, or an error record); nil again at the end of the input.
      let read = try lines.withNextLine { line -> R? in
        guard case .bytes(let bytes) = line else {
          throw HexaplaError.malformedLine(
            path: path, line: lineNumber,
            message: "the line is longer than \(maxLineBytes) bytes, the limit (--max-segment-bytes raises it)")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        return try unit(from: bytes, body)
      }
      guard let read else { return nil }
      if let result = read { return result }
    }
  }

  /// Storage reused from line to line: the record's unescaped bytes and the lent unit's lists.
  @exclusivity(unchecked) private var scratch: [UInt8] = []
  @exclusivity(unchecked) private var spare = BorrowedUnit()

  /// The language of a `segments` key or an `alternatives` code, parsed once per code.
  private func language(_ code: UnsafeBufferPointer<UInt8>) throws -> BorrowedUnit.Language {
    for k in recentCodes.indices
    where recentCodes[k].withUnsafeBufferPointer({
      $0.count == code.count && (code.count == 0 || memcmp($0.baseAddress!, code.baseAddress!, code.count) == 0)
    }) {
      return recentLanguages[k]
    }
    let text = String(decoding: code, as: UTF8.self)
    let language: BorrowedUnit.Language
    if let known = languages[text] {
      language = known
    } else {
      do {
        let tag = try LanguageTag(wellFormed: text)
        language = BorrowedUnit.Language(tag: tag, name: tag.description)
      } catch {
        throw HexaplaError.malformedLine(path: path, line: lineNumber, message: "\(error)")
      }
      languages[text] = language
    }
    if recentCodes.count < 8 {
      recentCodes.append(Array(code))
      recentLanguages.append(language)
    }
    return language
  }

  private func unit<R>(from line: UnsafeBufferPointer<UInt8>, _ body: (BorrowedUnit) throws -> R) throws -> R? {
    func fail(_ message: String) -> HexaplaError {
      .malformedLine(path: path, line: lineNumber, message: message)
    }
    guard var record = JSONLUnitRecord.parse(line, reusing: &scratch) else { throw fail("not a JSON object") }
    defer { swap(&scratch, &record.scratch) }
    if !record.hasSegments, let error = record.error {
      let document = record.document.map { " '\(HexaplaError.quoting(record.string($0, line: line)))'" } ?? ""
      onWarning(
        "\(path):\(lineNumber): warning: skipped the error record of article\(document): \(HexaplaError.quoting(record.string(error, line: line)))"
      )
      return nil
    }
    guard let segments = record.segments else {
      throw fail("no \"segments\" object of language → text")
    }
    var unit = BorrowedUnit()
    swap(&unit, &spare)
    defer { swap(&unit, &spare) }
    unit.props.removeAll(keepingCapacity: true)
    unit.notes.removeAll(keepingCapacity: true)
    unit.variants.removeAll(keepingCapacity: true)
    return try record.scratch.withUnsafeBufferPointer { scratch in
      func bytes(_ text: JSONLUnitRecord.Text) -> UnsafeBufferPointer<UInt8> {
        JSONValue.Parser.bytes(text, input: line, scratch: scratch)
      }
      unit.tuid = record.tuid.map(bytes)
      for (code, text) in segments {
        unit.variants.append(.init(language: try language(bytes(code)), segment: bytes(text)))
      }
      if unit.variants.count > 1
        && !(1..<unit.variants.count).allSatisfy({
          unit.variants[$0 - 1].language.name < unit.variants[$0].language.name
        })
      {
        // By tag (`LanguageTag`'s order: by canonical form).
        let names = unit.variants.map(\.language.name)
        let order = names.indices.sorted { names[$0] < names[$1] }
        if order != Array(names.indices) { unit.variants = order.map { unit.variants[$0] } }
      }
      for (type, value) in record.props ?? [] { unit.props.append((bytes(type), bytes(value))) }
      let prefix = TMXUnit.PropertyType.sentencesPrefix
      // Bytes first: an ASCII prefix has no other encoding, so a type without its bytes lacks it.
      func hasPrefixBytes(_ type: UnsafeBufferPointer<UInt8>) -> Bool {
        var prefix = prefix
        return prefix.withUTF8 { prefix in
          type.count >= prefix.count && memcmp(type.baseAddress!, prefix.baseAddress!, prefix.count) == 0
        }
      }
      if unit.props.contains(where: {
        hasPrefixBytes($0.type) && String(decoding: $0.type, as: UTF8.self).hasPrefix(prefix)
      }) {
        let types = unit.props.map { String(decoding: $0.type, as: UTF8.self) }
        let order = types.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        let names = unit.variants.map(\.language.name)
        if order.count == unit.variants.count, Set(order) == Set(names) {
          let rank = names.map { order.firstIndex(of: $0)! }
          let sorted = rank.indices.sorted { rank[$0] < rank[$1] }
          unit.variants = sorted.map { unit.variants[$0] }
        }
      }
      for (code, text) in record.alternatives ?? [] {
        unit.variants.append(.init(language: try language(bytes(code)), segment: bytes(text)))
      }
      for note in record.notes ?? [] { unit.notes.append(bytes(note)) }
      return try body(unit)
    }
  }
}
