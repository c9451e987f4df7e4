/// Collects the pairs and the skipped lines while a dictionary file is parsed.
struct DictionaryBuilder {
  private(set) var entries: [BilingualDictionary.Entry] = []
  /// 64-bit FNV-1a hashes of the pairs' bytes: far cheaper than hashing `String`s, which Swift
  /// normalises first; a collision (about 1 in 10^13 for a million pairs) would drop one pair.
  private var seen: Set<UInt64> = []
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
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in source.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    hash = (hash ^ 0xFF) &* 0x100_0000_01b3  // separator: never a UTF-8 byte
    for byte in target.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    if seen.insert(hash).inserted { entries.append(.init(source: source, target: target)) }
  }

  /// Records a malformed line.
  mutating func skip(line: Int, _ message: String) {
    skippedCount += 1
    if skippedExamples.count < 5 { skippedExamples.append(.init(line: line, message: message)) }
  }
}
