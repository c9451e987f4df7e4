import Foundation
import HexaplaKit

/// Aligns a document pair of at least `sentences` sentences per side (the textberg-dev
/// document concatenated and repeated) and reports time, peak memory and strict F1 against the
/// repeated gold, next to the F1 of the single document and a baseline measured in the same
/// run: the unbanded search (band as wide as the texts) on a slice, extrapolated quadratically.
enum AlignmentBenchmark {
  static func run(sentences wanted: Int, baselineSentences: Int) throws {
    guard let shared = BenchmarkSupport.shared else {
      print("alignment: ../shared/gold/align is missing; skipped")
      return
    }
    let directory = shared.appendingPathComponent("gold/align/textberg-dev/dev")
    func lines(_ name: String) throws -> [String] {
      var lines = try TextDecoder.read(path: directory.appendingPathComponent(name).path)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if lines.last == "" { lines.removeLast() }
      return lines
    }
    let source = try lines("src.txt")
    let target = try lines("tgt.txt")
    let gold = try BeadFile.load(path: directory.appendingPathComponent("gold.txt").path)
    let de = try LanguageTag("de")
    let fr = try LanguageTag("fr")
    let repeats = max(1, (wanted + source.count - 1) / source.count)
    var longSource: [String] = []
    var longTarget: [String] = []
    var longGold: [BeadFile.Entry] = []
    for r in 0..<repeats {
      let (ds, dt) = (r * source.count, r * target.count)
      longGold += gold.map { BeadFile.Entry(source: $0.source.map { $0 + ds }, target: $0.target.map { $0 + dt }) }
      longSource += source
      longTarget += target
    }
    print("alignment: textberg-dev (de-fr) repeated \(repeats)x: \(longSource.count) x \(longTarget.count) sentences")
    let aligner = Aligner()
    let (single, singleSeconds) = try BenchmarkSupport.time {
      try aligner.align(source: source, sourceLanguage: de, target: target, targetLanguage: fr)
    }
    let singleF1 = AlignmentScore(gold: gold, predicted: entries(single)).f1Strict
    let memoryBefore = BenchmarkSupport.residentMemoryMiB()
    let cpuBefore = BenchmarkSupport.cpuSeconds()
    let (long, seconds) = try BenchmarkSupport.time {
      try aligner.align(source: longSource, sourceLanguage: de, target: longTarget, targetLanguage: fr)
    }
    let cpu = BenchmarkSupport.cpuSeconds() - cpuBefore
    let peak = BenchmarkSupport.peakMemoryMiB()
    let longF1 = AlignmentScore(gold: longGold, predicted: entries(long)).f1Strict
    print(String(format: "  single document:     %7.2f s, strict F1 %.3f", singleSeconds, singleF1))
    print(
      String(
        format: "  Hexapla banded:      %7.2f s (CPU %.2f s), peak memory %.0f MiB (%.0f MiB before), strict F1 %.3f",
        seconds, cpu, peak, memoryBefore, longF1))
    // Baseline: the same model searched without a band on a slice.
    var wide = AlignerOptions()
    wide.firstPassBandWidth = 1 << 30
    wide.bandWidth = 1 << 30
    let n = min(baselineSentences, longSource.count)
    let m = n * longTarget.count / longSource.count
    let (_, baseSeconds) = try BenchmarkSupport.time {
      try Aligner(options: wide).align(
        source: Array(longSource[..<n]), sourceLanguage: de, target: Array(longTarget[..<m]), targetLanguage: fr)
    }
    let scale = Double(longSource.count) / Double(n)
    let extrapolated = baseSeconds * scale * scale
    print(
      String(
        format: "  unbanded baseline:   %7.2f s on %d x %d, extrapolated %.0f s for the full pair (%.0fx slower)",
        baseSeconds, n, m, extrapolated, extrapolated / seconds))
  }

  private static func entries(_ alignment: Alignment) -> [BeadFile.Entry] {
    alignment.beads.map { BeadFile.Entry(source: Array($0.source), target: Array($0.target)) }
  }
}
