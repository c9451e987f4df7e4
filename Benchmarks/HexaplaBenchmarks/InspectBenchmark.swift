import Foundation
import HexaplaKit

/// `hexapla inspect` over a generated TMX file of `units` three-language units (sentences of the
/// shipped PUD examples, en/zh/ar, with Hexapla props): time of each mode against reading the
/// file with `TMXReader` alone in the same run, and resident memory while the view streams.
enum InspectBenchmark {
  /// Counts what it is given and samples resident memory.
  final class CountingSink: TextSink {
    var bytes = 0
    var peakMiB = 0.0
    private var writes = 0
    func write(_ text: String) throws {
      bytes += text.utf8.count
      writes += 1
      if writes % 1000 == 0 { peakMiB = max(peakMiB, BenchmarkSupport.residentMemoryMiB()) }
    }
    func finish() throws {}
  }

  static func run(units: Int) throws {
    let directory = BenchmarkSupport.repositoryRoot.appendingPathComponent("Alignments/examples/pud")
    func lines(_ language: String) throws -> [String] {
      var result: [String] = []
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
      where name.hasSuffix(".\(language).txt") {
        result += try TextDecoder.read(path: directory.appendingPathComponent(name).path)
          .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
      }
      return result
    }
    let en = try lines("en")
    let zh = try lines("zh")
    let ar = try lines("ar")
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("hexapla-inspect-bench-\(getpid()).tmx")
      .path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let sink = try AtomicFileWriter(path: path)
    let writer = TMXWriter(sink: sink, header: .hexapla(creationDate: nil), options: .init(keepUnpaired: true))
    for i in 0..<units {
      var variants = [TMXUnit.Variant(language: try LanguageTag("en"), segment: en[i % en.count])]
      if i % 23 != 0 { variants.append(.init(language: try LanguageTag("zh"), segment: zh[i % zh.count])) }
      if i % 5 != 0 { variants.append(.init(language: try LanguageTag("ar"), segment: ar[i % ar.count])) }
      let score = Double((i * 7919) % 10_000) / 10_000
      try writer.write(
        TMXUnit(
          props: [
            TMXProperty(type: TMXUnit.PropertyType.score, value: TMXUnit.formatScore(score)),
            TMXProperty(type: TMXUnit.PropertyType.bead, value: variants.count == 3 ? "1-1-1" : "1-1-0"),
            TMXProperty(type: TMXUnit.PropertyType.document, value: "doc\(i / 500)"),
          ], variants: variants))
    }
    try writer.finish()
    let megabytes = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1e6
    print(String(format: "inspect: %d units, %.1f MB of TMX", units, megabytes))

    let memoryBefore = BenchmarkSupport.residentMemoryMiB()
    let (_, readSeconds) = try BenchmarkSupport.time {
      var count = 0
      try TMXReader.read(path: path, inlineMarkup: .flatten) { _ in count += 1 }
      return count
    }
    let inspector = AlignmentInspector(path: path)
    let (_, statsSeconds) = try BenchmarkSupport.time { try inspector.statistics() }
    var options = AlignmentInspector.ViewOptions()
    options.width = 120
    let view = CountingSink()
    let (_, viewSeconds) = try BenchmarkSupport.time { try inspector.showSideBySide(options, to: view) }
    options.flagsWeakest = true
    let suspicious = CountingSink()
    let (_, suspiciousSeconds) = try BenchmarkSupport.time { try inspector.showSideBySide(options, to: suspicious) }
    options.flagsWeakest = false
    let html = CountingSink()
    let (_, htmlSeconds) = try BenchmarkSupport.time {
      try inspector.writeHTML(title: "bench", options: options, to: html)
    }

    func line(_ name: String, _ seconds: Double) {
      let label = name.padding(toLength: 28, withPad: " ", startingAt: 0)
      print(
        "  " + label
          + String(
            format: " %7.2f s  %6.1f MB/s  ×%.2f of reading", seconds, megabytes / seconds, seconds / readSeconds))
    }
    line("TMXReader alone (baseline)", readSeconds)
    line("--stats", statsSeconds)
    line("view (one pass)", viewSeconds)
    line("view --suspicious (two)", suspiciousSeconds)
    line("--html (two passes)", htmlSeconds)
    print(
      String(
        format:
          "  memory: %.0f MiB resident before, %.0f MiB peak during the view (%.0f MB of text out), %.0f MiB during --html",
        memoryBefore, max(view.peakMiB, suspicious.peakMiB), Double(view.bytes) / 1e6, html.peakMiB))
  }
}
