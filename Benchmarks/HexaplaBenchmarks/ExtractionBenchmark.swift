import Foundation
import HexaplaKit

/// Article extraction speed: every page of ../shared/gold/html/readability read in-process, in
/// CPU time, against decoding the same pages alone (measured in the same run). Target: at least
/// 20 pages per CPU second.
enum ExtractionBenchmark {
  static func run(rounds: Int) throws {
    let directory = (ProcessInfo.processInfo.environment["HEXAPLA_SHARED"] ?? "../shared") + "/gold/html/readability"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      print("extract: \(directory) not found; skipped")
      return
    }
    let pages = try names.sorted().compactMap { name -> [UInt8]? in
      let path = "\(directory)/\(name)/source.html"
      guard FileManager.default.fileExists(atPath: path) else { return nil }
      return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
    let (_, _, decodeCPU) = try BenchmarkSupport.timeWithCPU {
      for _ in 0..<rounds { for page in pages { _ = try HTMLCharset.decode(page, path: "page.html") } }
    }
    var failed = 0
    let (_, wall, cpu) = BenchmarkSupport.timeWithCPU {
      for _ in 0..<rounds {
        for page in pages where (try? ArticleExtractor.extract(bytes: page, path: "page.html")) == nil { failed += 1 }
      }
    }
    let count = Double(pages.count * rounds)
    print(
      String(
        format:
          "extract: %d pages x %d: %.1f pages/s CPU (%.2f ms/page CPU, %.2f ms wall), decoding alone %.2f ms/page (%.0fx); %d without text; target >= 20 pages/s: %@",
        pages.count, rounds, count / cpu, 1000 * cpu / count, 1000 * wall / count, 1000 * decodeCPU / count,
        cpu / max(decodeCPU, 1e-9), failed / rounds, count / cpu >= 20 ? "met" : "NOT met"))
  }
}
