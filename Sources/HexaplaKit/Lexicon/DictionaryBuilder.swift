/// Collects the pairs and the skipped lines while a dictionary file is parsed.
struct DictionaryBuilder {
  private(set) var entries: [BilingualDictionary.Entry] = []
  private var seen: Set<BilingualDictionary.Entry> = []
  /// Headwords (lines, dictd entries) read.
  var headwordCount = 0
  /// Well-formed headwords that gave no usable translation (only notes or cross-references).
  var unusedHeadwords = 0
  /// Malformed lines skipped.
  private(set) var skippedCount = 0
  /// The first few skipped lines.
  private(set) var skippedExamples: [DictionaryFile.SkippedLine] = []
  /// The title the file gives itself.
  var title: String?

  /// Adds a pair unless it is already there or a side is empty.
  mutating func add(source: String, target: String) {
    guard !source.isEmpty, !target.isEmpty else { return }
    let entry = BilingualDictionary.Entry(source: source, target: target)
    if seen.insert(entry).inserted { entries.append(entry) }
  }

  /// Records a malformed line.
  mutating func skip(line: Int, _ message: String) {
    skippedCount += 1
    if skippedExamples.count < 5 { skippedExamples.append(.init(line: line, message: message)) }
  }
}
