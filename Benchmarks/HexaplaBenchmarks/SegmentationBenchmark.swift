import Foundation
import HexaplaKit

/// Segments at least `megabytes` MB of mixed-language news text (PUD, 21 languages; the shipped
/// examples when ../shared is missing) and reports MB/s against plain ICU in the same run, and
/// the Segmenter with its rules against the Segmenter without them (best of three rounds).
enum SegmentationBenchmark {
  static func run(megabytes: Int) throws {
    var texts: [(LanguageTag, String)] = []
    if let shared = BenchmarkSupport.shared {
      let directory = shared.appendingPathComponent("gold/pud/concat/dev")
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
      where name.hasSuffix(".txt") {
        let tag = try LanguageTag(String(name.dropLast(4)))
        texts.append((tag, try TextDecoder.read(path: directory.appendingPathComponent(name).path)))
      }
    } else {
      let directory = BenchmarkSupport.repositoryRoot.appendingPathComponent("Alignments/examples/pud")
      var byLanguage: [LanguageTag: String] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
      where name.hasSuffix(".txt") {
        let path = directory.appendingPathComponent(name).path
        guard let tag = LanguageTag.fromFileName(path) else { continue }
        byLanguage[tag, default: ""] += try TextDecoder.read(path: path) + "\n"
      }
      texts = byLanguage.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
    let base = texts.reduce(0) { $0 + $1.1.utf8.count }
    let repeats = max(1, (megabytes * 1_000_000 + base - 1) / base)
    let documents = texts.map { (tag, text) in (tag, String(repeating: text, count: repeats)) }
    let totalBytes = documents.reduce(0) { $0 + $1.1.utf8.count }
    let megabytesTotal = Double(totalBytes) / 1e6
    print("segmentation: \(documents.count) languages, \(String(format: "%.1f", megabytesTotal)) MB")

    let memoryBefore = BenchmarkSupport.residentMemoryMiB()
    // Three rounds in turn, best time of each: the machine may be shared, and a slow
    // moment should not favour one variant.
    var icuCount = 0
    var plainCount = 0
    var sentenceCount = 0
    var icuSeconds = Double.infinity
    var plainSeconds = Double.infinity
    var seconds = Double.infinity
    var peakDuring = 0.0
    for _ in 0..<3 {
      let icu = try BenchmarkSupport.time {
        try documents.reduce(0) { $0 + (try ICUBaseline.sentenceBoundaryCount(in: $1.1, language: $1.0)) }
      }
      (icuCount, icuSeconds) = (icu.0, min(icuSeconds, icu.1))
      let plain = try BenchmarkSupport.time {
        try documents.reduce(0) { total, document in
          let segmenter = try Segmenter(language: document.0, rules: SegmentationRules.none)
          return total + (try segmenter.segment(document.1).count)
        }
      }
      (plainCount, plainSeconds) = (plain.0, min(plainSeconds, plain.1))
      let ruled = try BenchmarkSupport.time {
        try documents.reduce(0) { total, document in
          let segmenter = try Segmenter(language: document.0)
          let count = try segmenter.segment(document.1).count
          peakDuring = max(peakDuring, BenchmarkSupport.residentMemoryMiB())
          return total + count
        }
      }
      (sentenceCount, seconds) = (ruled.0, min(seconds, ruled.1))
    }
    let icuRate = megabytesTotal / icuSeconds
    let plainRate = megabytesTotal / plainSeconds
    let rate = megabytesTotal / seconds
    print(String(format: "  plain ICU BreakIterator:        %8.1f MB/s  (%d boundaries)", icuRate, icuCount))
    print(String(format: "  Hexapla Segmenter, no rules:    %8.1f MB/s  (%d sentences)", plainRate, plainCount))
    print(String(format: "  Hexapla Segmenter, with rules:  %8.1f MB/s  (%d sentences)", rate, sentenceCount))
    print(String(format: "  ratio Segmenter (rules)/ICU:    %8.2f", rate / icuRate))
    print(String(format: "  ratio rules/no rules:           %8.2f", rate / plainRate))
    let largest = Double(documents.map { $0.1.utf8.count }.max() ?? 0) / 1_048_576
    print(
      String(
        format: "  memory: %.0f MiB resident before, %.0f MiB peak while segmenting (largest document %.0f MiB)",
        memoryBefore, peakDuring, largest))
  }
}
