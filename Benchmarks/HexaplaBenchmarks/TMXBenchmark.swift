import Foundation
import HexaplaKit

#if canImport(Glibc)
  import Glibc
#endif

/// Writes `units` TMX units (about 500 bytes each, so 1,000,000 units make a file of about
/// 500 MB) with `TMXWriter`, reads them back with `TMXReader` in a child process (so its peak
/// memory is its own), and reports units/s against baselines measured in the same run: a plain
/// byte copy of the file for writing, a plain byte scan for reading, and `xmllint --stream`
/// when it is installed.
enum TMXBenchmark {
  static func run(units: Int) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "hexapla-tmx-bench-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("bench.tmx").path
    let pool = makePool()
    print("tmx: \(units) units, 2 languages each (a pool of \(pool.count) distinct unit texts)")

    // Write.
    let writeCPUStart = cpuSeconds()
    let (_, writeSeconds) = try BenchmarkSupport.time {
      let writer = TMXWriter(
        sink: try AtomicFileWriter(path: path), header: .hexapla(creationDate: "20260101T000000Z"))
      for i in 0..<units {
        var unit = pool[i % pool.count]
        unit.tuid = String(i + 1)
        unit.props[0].value = TMXUnit.formatScore(Double(i % 10_000) / 10_000)
        try writer.write(unit)
      }
      try writer.finish()
    }
    let writeCPU = cpuSeconds() - writeCPUStart
    let size = Double(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
    let megabytes = size / 1e6
    let copyPath = directory.appendingPathComponent("copy.tmx").path
    let (_, copySeconds) = try BenchmarkSupport.time { try copy(path, to: copyPath) }
    try? FileManager.default.removeItem(atPath: copyPath)
    print(String(format: "  file: %.0f MB", megabytes))
    print(
      String(
        format:
          "  write TMXWriter:        %9.0f units/s  %7.1f MB/s  (%.2f s; CPU %.2f s = %.0f units/CPU-s)",
        Double(units) / writeSeconds, megabytes / writeSeconds, writeSeconds, writeCPU,
        Double(units) / writeCPU))
    print(
      String(
        format: "  baseline byte copy:     %9.0f units/s  %7.1f MB/s  ratio writer/copy %.2f",
        Double(units) / copySeconds, megabytes / copySeconds,
        (megabytes / writeSeconds) / (megabytes / copySeconds)))

    // Read: baselines first (xmllint's peak memory is then the only child's), then TMXReader.
    let (tags, scanSeconds) = try BenchmarkSupport.time { try scan(path) }
    var xmllintLine: String?
    if let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(
      where: FileManager.default.isExecutableFile)
    {
      let (status, seconds) = try BenchmarkSupport.time {
        try runChild(xmllint, ["--stream", "--noout", path]).status
      }
      if status == 0 {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        xmllintLine = String(
          format: "  baseline xmllint --stream: %6.0f units/s  %7.1f MB/s  peak %.0f MiB",
          Double(units) / seconds,
          megabytes / seconds, Double(usage.ru_maxrss) / 1024)
      }
    }
    let child = try runChild(CommandLine.arguments[0], ["tmx-read", path])
    let fields = child.output.split(separator: " ").compactMap {
      Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    guard child.status == 0, fields.count == 4 else {
      throw HexaplaError.inconsistentInput(message: "tmx-read child failed: \(child.output)")
    }
    let (readUnits, readSeconds, readPeak, readCPU) = (
      Int(fields[0]), fields[1], fields[2], fields[3]
    )
    guard readUnits == units else {
      throw HexaplaError.inconsistentInput(message: "read \(readUnits) units back, wrote \(units)")
    }
    print(
      String(
        format:
          "  read TMXReader:         %9.0f units/s  %7.1f MB/s  (%.2f s; CPU %.2f s = %.0f units/CPU-s)  peak %.0f MiB",
        Double(units) / readSeconds, megabytes / readSeconds, readSeconds, readCPU,
        Double(units) / readCPU, readPeak))
    print(
      String(
        format:
          "  baseline byte scan:     %9.0f units/s  %7.1f MB/s  (%d '<')  ratio reader/scan %.3f",
        Double(units) / scanSeconds, megabytes / scanSeconds, tags, scanSeconds / readSeconds))
    if let xmllintLine { print(xmllintLine) }
    print(
      String(
        format: "  memory: reader peak %.0f MiB for a %.0f MB file (%.2f x the file)", readPeak,
        megabytes,
        readPeak * 1_048_576 / size))
  }

  /// The child-process half: reads `path` and prints `units seconds peakMiB cpuSeconds`.
  static func readChild(path: String) throws {
    var count = 0
    var characters = 0
    let cpuStart = cpuSeconds()
    let (_, seconds) = try BenchmarkSupport.time {
      let reader = try TMXReader(path: path)
      while let unit = try reader.next() {
        count += 1
        characters &+= unit.variants.count
      }
    }
    precondition(characters >= count)
    print("\(count) \(seconds) \(BenchmarkSupport.peakMemoryMiB()) \(cpuSeconds() - cpuStart)")
  }

  /// Distinct units with news-like sentences: English about 170 bytes, Chinese about 55
  /// characters, a few escapes.
  private static func makePool() -> [TMXUnit] {
    let english = [
      "the", "government", "said", "on", "Tuesday", "that", "prices", "rose", "by", "3.5%", "in",
      "March",
      "while", "exports", "to", "Europe", "fell", "sharply", "after", "a", "strike", "at", "the",
      "port", "of",
      "Rotterdam", "&", "officials", "expect", "<growth>", "next", "year", "according", "report",
    ]
    let chinese = Array("政府周二表示三月份物价上涨百分之出口到欧洲的货物在鹿特丹港罢工后大幅下降官员预计明年经济将恢复增长据报道")
    var generator = SplitMix64(seed: 42)
    let en = try! LanguageTag("en")
    let zh = try! LanguageTag("zh-Hans")
    return (0..<1000).map { i in
      var words: [String] = []
      while words.joined(separator: " ").utf8.count < 165 {
        words.append(english[Int(generator.next() % UInt64(english.count))])
      }
      let sentence =
        words.joined(separator: " ").prefix(1).uppercased()
        + words.joined(separator: " ").dropFirst() + "."
      let characters = (0..<55).map { _ in chinese[Int(generator.next() % UInt64(chinese.count))] }
      return TMXUnit(
        props: [
          TMXProperty(type: TMXUnit.PropertyType.score, value: "0.0000"),
          TMXProperty(type: TMXUnit.PropertyType.bead, value: i % 7 == 0 ? "2-1" : "1-1"),
          TMXProperty(type: TMXUnit.PropertyType.document, value: "doc\(i / 40)"),
        ],
        variants: [
          .init(language: en, segment: sentence),
          .init(language: zh, segment: String(characters) + "。"),
        ])
    }
  }

  /// User + system CPU time of this process so far: on a shared machine, a fairer speed
  /// measure than wall-clock time.
  private static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }

  private static func copy(_ source: String, to target: String) throws {
    let input = open(source, O_RDONLY)
    let output = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    defer {
      close(input)
      close(output)
    }
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: 1 << 20, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let n = read(input, buffer, 1 << 20)
      if n <= 0 { break }
      _ = write(output, buffer, n)
    }
    fsync(output)
  }

  /// Reads the file in 1 MiB chunks and counts `<`: the least any XML reader must do.
  private static func scan(_ path: String) throws -> Int {
    let input = open(path, O_RDONLY)
    defer { close(input) }
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 20)
    defer { buffer.deallocate() }
    var count = 0
    while true {
      let n = read(input, buffer, 1 << 20)
      if n <= 0 { break }
      for i in 0..<n where buffer[i] == 0x3C { count += 1 }
    }
    return count
  }

  private static func runChild(_ executable: String, _ arguments: [String]) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// A small deterministic generator (SplitMix64) so the benchmark corpus is the same every run.
private struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
