/// Reads word lists with one pair per line: two-column TSV (`source<TAB>target`, further columns
/// ignored) and hunalign's `.dic` (`target @ source`). `#` starts a comment line in TSV.
enum ColumnListParser {
  /// Parses a whole file's text in `format` (`.tsv` or `.hunalign`).
  static func parse(_ text: String, format: DictionaryFormat, into builder: inout DictionaryBuilder) {
    var lineNumber = 0
    for line in text.lineSlices() {
      lineNumber += 1
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      if format == .tsv, line.hasPrefix("#") { continue }
      builder.headwordCount += 1
      let source: String
      let target: String
      switch format {
      case .hunalign:
        guard let at = line.range(of: " @ ") else {
          builder.skip(line: lineNumber, "no ' @ ' between the two phrases ('target @ source')")
          continue
        }
        target = String(line[..<at.lowerBound]).trimmingWhitespace()
        source = String(line[at.upperBound...]).trimmingWhitespace()
      default:
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count >= 2 else {
          builder.skip(line: lineNumber, "one column; expected 'source<TAB>target'")
          continue
        }
        source = String(columns[0]).trimmingWhitespace()
        target = String(columns[1]).trimmingWhitespace()
      }
      guard !source.isEmpty, !target.isEmpty else {
        builder.skip(line: lineNumber, "an empty \(source.isEmpty ? "source" : "target") phrase")
        continue
      }
      builder.add(source: source, target: target)
    }
  }
}
