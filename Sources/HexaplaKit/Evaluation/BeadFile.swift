/// Reads alignments in the gold-file format of Vecalign and Bertalign: one bead per line,
/// `[i, j]:[k]` with 0-based sentence indices, `[]` for an empty side, and an optional
/// trailing `:score` that is ignored. Blank lines are skipped.
public enum BeadFile {
  /// One bead as read: the source and target sentence indices.
  public struct Entry: Hashable, Sendable {
    public var source: [Int]
    public var target: [Int]

    public init(source: [Int], target: [Int]) {
      self.source = source
      self.target = target
    }
  }

  /// Reads a file.
  /// - Throws: `HexaplaError` when it cannot be read or decoded, or a line is malformed
  ///   (with its line number).
  public static func load(path: String) throws -> [Entry] {
    try parse(TextDecoder.read(path: path), path: path)
  }

  /// Parses the text of a file.
  /// - Throws: `HexaplaError.malformedLine` naming the line.
  public static func parse(_ text: String, path: String) throws -> [Entry] {
    var entries: [Entry] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(rawLine).trimmingWhitespace()
      if line.isEmpty { continue }
      let parts = line.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count >= 2 else {
        throw HexaplaError.malformedLine(
          path: path, line: index + 1, message: "expected \"[..]:[..]\", got '\(HexaplaError.quoting(line))'")
      }
      guard let source = indices(parts[0]), let target = indices(parts[1]) else {
        throw HexaplaError.malformedLine(
          path: path, line: index + 1,
          message: "cannot parse '\(HexaplaError.quoting(line))': expected lists of sentence indices like [0, 1]:[2]")
      }
      entries.append(Entry(source: source, target: target))
    }
    return entries
  }

  private static func indices(_ field: Substring) -> [Int]? {
    let trimmed = String(field).trimmingWhitespace()
    guard trimmed.hasPrefix("["), trimmed.hasSuffix("]"), trimmed.count >= 2 else { return nil }
    let inner = trimmed.dropFirst().dropLast()
    if inner.allSatisfy({ $0 == " " }) { return [] }
    var result: [Int] = []
    let items = inner.split(separator: ",", omittingEmptySubsequences: false)
    for (n, item) in items.enumerated() {
      let text = String(item).trimmingWhitespace()
      if text.isEmpty, n == items.count - 1, n > 0 { continue }  // trailing comma, as Python allows
      guard let value = Int(text) else { return nil }
      result.append(value)
    }
    return result
  }
}
