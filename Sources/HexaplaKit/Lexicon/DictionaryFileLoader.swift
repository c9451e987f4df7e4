import Foundation

/// Reads a bilingual dictionary from a plain TSV file (`source<TAB>target` per line) or from
/// hunalign's `.dic` format (`target @ source` per line).
///
/// Blank lines and lines starting with `#` are skipped; the format is chosen per line.
public enum DictionaryFileLoader {
  /// Loads a dictionary file.
  /// - Throws: `HexaplaError` when the file cannot be read or decoded, or a line is neither
  ///   format (with its line number).
  public static func load(path: String, sourceLanguage: LanguageTag, targetLanguage: LanguageTag) throws
    -> BilingualDictionary
  {
    try parse(TextDecoder.read(path: path), path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
  }

  /// Parses dictionary text.
  /// - Throws: `HexaplaError.malformedLine` for a line that is neither format.
  public static func parse(
    _ text: String, path: String, sourceLanguage: LanguageTag, targetLanguage: LanguageTag
  ) throws -> BilingualDictionary {
    var entries: [BilingualDictionary.Entry] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let parts: [Substring]
      let isDic: Bool
      if line.contains("\t") {
        parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        isDic = false
      } else if line.contains(" @ ") {
        parts = line.components(separatedBy: " @ ").map { Substring($0) }
        isDic = true
      } else {
        throw HexaplaError.malformedLine(
          path: path, line: index + 1, message: "expected 'source<TAB>target' or 'target @ source'")
      }
      guard parts.count == 2 else {
        throw HexaplaError.malformedLine(
          path: path, line: index + 1, message: "expected exactly two fields, found \(parts.count)")
      }
      let first = parts[0].trimmingCharacters(in: .whitespaces)
      let second = parts[1].trimmingCharacters(in: .whitespaces)
      guard !first.isEmpty, !second.isEmpty else {
        throw HexaplaError.malformedLine(path: path, line: index + 1, message: "empty field")
      }
      entries.append(
        isDic
          ? BilingualDictionary.Entry(source: second, target: first)
          : BilingualDictionary.Entry(source: first, target: second))
    }
    return BilingualDictionary(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, entries: entries)
  }
}
