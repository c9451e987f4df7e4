import Foundation

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
  private var languages: [String: (tag: LanguageTag, name: String)] = [:]
  /// The first codes looked up again, compared as strings before any hashing.
  private var recentLanguages: [(code: String, tag: LanguageTag, name: String)] = []
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
    while true {
      let read = try lines.withNextLine { line -> TMXUnit?? in
        guard case .bytes(let bytes) = line else {
          throw HexaplaError.malformedLine(
            path: path, line: lineNumber,
            message: "the line is longer than \(maxLineBytes) bytes, the limit (--max-segment-bytes raises it)")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .some(nil) }
        return .some(try unit(from: bytes))
      }
      guard let read else { return nil }
      if let unit = read { return unit }
    }
  }

  private func unit(from line: UnsafeBufferPointer<UInt8>) throws -> TMXUnit? {
    func fail(_ message: String) -> HexaplaError {
      .malformedLine(path: path, line: lineNumber, message: message)
    }
    guard let record = JSONLUnitRecord.parse(line) else { throw fail("not a JSON object") }
    if !record.hasSegments, let error = record.error {
      let document = record.document.map { " '\(HexaplaError.quoting($0))'" } ?? ""
      onWarning(
        "\(path):\(lineNumber): warning: skipped the error record of article\(document): \(HexaplaError.quoting(error))"
      )
      return nil
    }
    guard let segments = record.segments else {
      throw fail("no \"segments\" object of language → text")
    }
    var unit = TMXUnit(tuid: record.tuid, variants: [])
    unit.variants.reserveCapacity(segments.count)
    var names: [String] = []
    names.reserveCapacity(segments.count)
    for (code, text) in segments {
      let language: (tag: LanguageTag, name: String)
      if let known = recentLanguages.first(where: { $0.code == code }) {
        language = (known.tag, known.name)
      } else if let known = languages[code] {
        language = known
        if recentLanguages.count < 8 { recentLanguages.append((code, known.tag, known.name)) }
      } else {
        do {
          let tag = try LanguageTag(wellFormed: code)
          language = (tag, tag.description)
        } catch { throw fail("\(error)") }
        languages[code] = language
      }
      unit.variants.append(.init(language: language.tag, segment: text))
      names.append(language.name)
    }
    if unit.variants.count > 1 && !zip(names, names.dropFirst()).allSatisfy({ $0 < $1 }) {
      // By tag (`LanguageTag`'s order: by canonical form).
      let order = names.indices.sorted { names[$0] < names[$1] }
      if order != Array(names.indices) {
        unit.variants = order.map { unit.variants[$0] }
        names = order.map { names[$0] }
      }
    }
    if let props = record.props {
      unit.props.reserveCapacity(props.count)
      for (type, value) in props { unit.props.append(TMXProperty(type: type, value: value)) }
    }
    let prefix = TMXUnit.PropertyType.sentencesPrefix
    // Bytes first: an ASCII prefix has no other encoding, so a type without its bytes lacks it.
    if unit.props.contains(where: { $0.type.utf8.starts(with: prefix.utf8) && $0.type.hasPrefix(prefix) }) {
      let order = unit.props.filter { $0.type.hasPrefix(prefix) }.map { String($0.type.dropFirst(prefix.count)) }
      if order.count == unit.variants.count, Set(order) == Set(names) {
        let rank = names.map { order.firstIndex(of: $0)! }
        let sorted = rank.indices.sorted { rank[$0] < rank[$1] }
        unit.variants = sorted.map { unit.variants[$0] }
      }
    }
    for (code, text) in record.alternatives ?? [] {
      let language: LanguageTag
      do { language = try LanguageTag(wellFormed: code) } catch { throw fail("\(error)") }
      unit.variants.append(.init(language: language, segment: text))
    }
    unit.notes = record.notes ?? []
    return unit
  }
}
