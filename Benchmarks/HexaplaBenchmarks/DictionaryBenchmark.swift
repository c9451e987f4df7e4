import Foundation
import HexaplaKit

/// Loads CC-CEDICT from its text and from a `.hxdict` built from it (and FreeDict deu-fra when
/// installed), against reading the same files' bytes in the same run. The goal: under 1 second.
/// Times are wall-clock seconds, with the process's CPU seconds beside them (the machine may be shared).
enum DictionaryBenchmark {
  /// Wall and CPU seconds taken by `body`.
  static func time<R>(_ body: () throws -> R) rethrows -> (R, String, Double) {
    let cpuBefore = cpuSeconds()
    let (result, wall) = try BenchmarkSupport.time(body)
    let cpu = cpuSeconds() - cpuBefore
    return (result, String(format: "%7.3f s (cpu %6.3f s)", wall, cpu), cpu)
  }

  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
      + Double(usage.ru_stime.tv_usec) / 1e6
  }

  static func run(cedict: String?, freedict: String?) throws {
    guard let cedict, FileManager.default.fileExists(atPath: cedict) else {
      print("dictionary: CC-CEDICT not found (run Tools/install-dictionaries.sh or pass --cedict PATH); skipped")
      return
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hexapla-bench-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    let (_, readTime, readCPU) = try time { try Data(contentsOf: URL(fileURLWithPath: cedict)) }
    let (file, textTime, textCPU) = try time { try DictionaryLoader.load(path: cedict) }
    let dictionary = try file.dictionary(source: try LanguageTag("zh"), target: try LanguageTag("en"))
    let (bytes, encodeTime, _) = time { CompactDictionary.encode(dictionary, provenance: ["CC-CEDICT"]) }
    let compactPath = directory.appendingPathComponent("cedict.hxdict").path
    try Data(bytes).write(to: URL(fileURLWithPath: compactPath))
    let (_, compactReadTime, compactReadCPU) = try time { try Data(contentsOf: URL(fileURLWithPath: compactPath)) }
    let (compact, compactTime, compactCPU) = try time { try DictionaryLoader.load(path: compactPath) }
    let english = LexicalNormalizer(language: try LanguageTag("en"))
    let chinese = LexicalNormalizer(language: try LanguageTag("zh"))
    let (keyCount, keyTime, _) = time {
      compact.entries.reduce(0) {
        $0 + chinese.keys(forPhrase: $1.source).count + english.keys(forPhrase: $1.target).count
      }
    }
    let megabytes = Double(try FileManager.default.attributesOfItem(atPath: cedict)[.size] as? Int ?? 0) / 1e6
    print(
      String(
        format: "dictionary: CC-CEDICT %.1f MB, %d headwords, %d pairs; hxdict %.1f MB", megabytes,
        file.headwordCount, file.entries.count, Double(bytes.count) / 1e6))
    print("  baseline: read CEDICT bytes          \(readTime)")
    print(
      "  load CEDICT text (parse + clean)     \(textTime)"
        + String(format: "  %.1f x baseline cpu", textCPU / max(readCPU, 1e-3)))
    print("  encode .hxdict                       \(encodeTime)")
    print("  baseline: read .hxdict bytes         \(compactReadTime)")
    print(
      "  load .hxdict                         \(compactTime)"
        + String(
          format: "  %.1f x baseline cpu, %d pairs", compactCPU / max(compactReadCPU, 1e-3), compact.entries.count))
    print("  normalise all pairs to keys          \(keyTime)  (\(keyCount) keys)")
    if let freedict, FileManager.default.fileExists(atPath: freedict) {
      let (_, dataTime, _) = try time { try Data(contentsOf: URL(fileURLWithPath: freedict)) }
      let (dictd, dictdTime, _) = try time { try DictionaryLoader.load(path: freedict) }
      print("  baseline: read \((freedict as NSString).lastPathComponent) \(dataTime)")
      print("  load dictd (inflate + parse)         \(dictdTime)  (\(dictd.entries.count) pairs)")
    }
  }
}
