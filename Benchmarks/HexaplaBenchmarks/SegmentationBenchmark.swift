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
    // moment should not favour one variant. CPU time (this thread's) is reported beside
    // wall-clock time because it barely depends on what else the machine runs.
    var counts = [0, 0, 0]
    var wall = [Double.infinity, Double.infinity, Double.infinity]
    var cpu = [Double.infinity, Double.infinity, Double.infinity]
    var peakDuring = 0.0
    let variants: [() throws -> Int] = [
      { try documents.reduce(0) { $0 + (try ICUBaseline.sentenceBoundaryCount(in: $1.1, language: $1.0)) } },
      {
        try documents.reduce(0) { total, document in
          let segmenter = try Segmenter(language: document.0, rules: SegmentationRules.none)
          return total + (try segmenter.segment(document.1).count)
        }
      },
      {
        try documents.reduce(0) { total, document in
          let segmenter = try Segmenter(language: document.0)
          let count = try segmenter.segment(document.1).count
          peakDuring = max(peakDuring, BenchmarkSupport.residentMemoryMiB())
          return total + count
        }
      },
    ]
    for _ in 0..<3 {
      for (k, variant) in variants.enumerated() {
        let (count, seconds, cpuSeconds) = try BenchmarkSupport.timeWithCPU(variant)
        counts[k] = count
        wall[k] = min(wall[k], seconds)
        cpu[k] = min(cpu[k], cpuSeconds)
      }
    }
    let names = ["plain ICU BreakIterator:      ", "Hexapla Segmenter, no rules:  ", "Hexapla Segmenter, with rules:"]
    let units = ["boundaries", "sentences", "sentences"]
    for k in 0..<3 {
      print(
        String(
          format: "  %@ %7.1f MB/s wall, %7.1f MB/s CPU  (%d %@)", names[k], megabytesTotal / wall[k],
          megabytesTotal / cpu[k], counts[k], units[k]))
    }
    print(
      String(
        format: "  ratio Segmenter (rules)/ICU:   %7.2f wall, %7.2f CPU", wall[0] / wall[2], cpu[0] / cpu[2]))
    print(
      String(
        format: "  ratio rules/no rules:          %7.2f wall, %7.2f CPU", wall[1] / wall[2], cpu[1] / cpu[2]))
    let largest = Double(documents.map { $0.1.utf8.count }.max() ?? 0) / 1_048_576
    print(
      String(
        format: "  memory: %.0f MiB resident before, %.0f MiB peak while segmenting (largest document %.0f MiB)",
        memoryBefore, peakDuring, largest))
  }
}
