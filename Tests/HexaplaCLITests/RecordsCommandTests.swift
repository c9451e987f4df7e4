import Foundation
import TestResources
import Testing

/// `hexapla records` and `hexapla align --records`, end to end without Spark.
@Suite("hexapla records and align --records")
struct RecordsCommandTests {
  static let date = "2026-01-01T00:00:00Z"

  /// A corpus folder of the storm (three editions) and climb (two) fixtures.
  static func corpus() throws -> URL {
    let directory = try TestResources.temporaryDirectory()
    let files = [
      "divergent/storm.en.txt", "divergent/storm.fr.txt", "divergent/storm.de.txt", "align/climb.en.txt",
      "align/climb.de.txt",
    ]
    for file in files {
      let name = (file as NSString).lastPathComponent
      try FileManager.default.copyItem(
        at: HexaplaProcess.fixtures.appendingPathComponent(file), to: directory.appendingPathComponent(name))
    }
    return directory
  }

  @Test("records of a folder through align --records give what align --corpus --merge writes")
  func sameAsCorpus() throws {
    let corpus = try Self.corpus()
    defer { try? FileManager.default.removeItem(at: corpus) }
    let records = try HexaplaProcess.run(["records", corpus.path])
    #expect(records.status == 0, "\(records.stderr)")
    #expect(records.stdout.split(separator: "\n").count == 2)
    #expect(records.stderr.contains("2 article records written"))
    let streamed = try HexaplaProcess.run(["align", "--records", "--date", Self.date], input: records.stdout)
    #expect(streamed.status == 0, "\(streamed.stderr)")
    #expect(streamed.stderr.contains("2 records aligned"))
    for format in ["jsonl", "tmx"] {
      let merged = try HexaplaProcess.run([
        "align", "--corpus", corpus.path, "--merge", "--format", format, "--date", Self.date,
      ])
      #expect(merged.status == 0)
      if format == "jsonl" {
        #expect(streamed.stdout == merged.stdout)
        #expect(streamed.stdout.contains(#""document":"storm""#))
      } else {
        // export merges the unit records into the same TMX units.
        let exported = try HexaplaProcess.run(["export", "--date", Self.date, "-"], input: streamed.stdout)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(Self.units(exported.stdout) == Self.units(merged.stdout))
        #expect(!Self.units(merged.stdout).isEmpty)
      }
    }
  }

  @Test(
    "align's options apply to every record as to every corpus article",
    arguments: [
      ["--unpaired", "keep"], ["--boilerplate", "keep"], ["--pivot", "de"], ["--no-learned-lexicon"],
      ["--pivot", "de", "--dictionary", TestResources.dictionary("terms.de-fr.tsv")],
    ])
  func options(options: [String]) throws {
    let corpus = try Self.corpus()
    defer { try? FileManager.default.removeItem(at: corpus) }
    let records = try HexaplaProcess.run(["records", corpus.path]).stdout
    let streamed = try HexaplaProcess.run(["align", "--records"] + options, input: records)
    let merged = try HexaplaProcess.run(["align", "--corpus", corpus.path, "--merge", "--format", "jsonl"] + options)
    #expect(streamed.status == merged.status, "\(streamed.stderr)")
    // A dictionary that covers none of an article's pairs fails that article in both modes.
    let units = streamed.stdout.split(separator: "\n").filter { !$0.hasPrefix(#"{"document":"#) }
    #expect(units.joined(separator: "\n") + "\n" == merged.stdout)
    #expect(!units.isEmpty)
  }

  /// The `<tu>` elements of a TMX document.
  static func units(_ tmx: String) -> [String] {
    tmx.components(separatedBy: "<tu ").dropFirst().map { $0.components(separatedBy: "</tu>")[0] }
  }

  @Test("a failed record is an error record and a warning; the rest is aligned; exit status 1")
  func failures() throws {
    let input = [
      #"{"id":"ok","editions":{"en":"The storm hit the coast. Many people left.","de":"Der Sturm traf die Küste. Viele Menschen gingen."}}"#,
      #"{"id":"bad","editions":{"en":"Text.","xx-$$":"Text."}}"#,
      #"{"id":"again","editions":{"en":"It rained for days.","fr":"Il a plu pendant des jours."}}"#,
    ].joined(separator: "\n")
    let result = try HexaplaProcess.run(["align", "--records"], input: input)
    #expect(result.failed(.failure))
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix(#"{"document":"bad","line":2,"error":"#) })
    #expect(lines.contains { $0.contains(#""document":"ok""#) && $0.contains(#""segments""#) })
    #expect(lines.last?.contains(#""document":"again""#) == true)
    #expect(result.stderr.contains("warning: <stdin>:2: article 'bad': edition \"xx-$$\""))
    #expect(result.stderr.contains("2 records aligned, 1 failed"))
    // export skips the error record with a warning.
    let exported = try HexaplaProcess.run(["export", "--format", "tsv", "--langs", "en,de", "-"], input: result.stdout)
    #expect(exported.status == 0)
    #expect(exported.stderr.contains("skipped the error record of article 'bad'"))
    #expect(exported.stdout.contains("The storm hit the coast."))
  }

  @Test("a page's warnings are printed in records mode too, as align prints them for files")
  func pageWarnings() throws {
    let page =
      "<html><body><article><p>The storm hit the coast early on Monday morning, and thousands of people left "
      + "their homes.</p><p>Rescue teams worked through the night to reach the villages cut off by the floods.</p>"
      + "</article></body></html>"
    let german =
      "Der Sturm traf die Küste am Montagmorgen, und Tausende Menschen verließen ihre Häuser.\\n"
      + "Rettungsteams arbeiteten die ganze Nacht, um die vom Hochwasser abgeschnittenen Dörfer zu erreichen."
    let input = #"{"id":"short","editions":{"en":{"html":"\#(page)"},"de":"\#(german)"}}"#
    let result = try HexaplaProcess.run(["align", "--records"], input: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("characters of article text found"), "\(result.stderr)")
  }

  @Test("each record's units are written before the next record is read")
  func flushedPerRecord() throws {
    let process = Process()
    process.executableURL = HexaplaProcess.executable
    process.arguments = ["align", "--records", "--jobs", "1"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    let record =
      #"{"id":"first","editions":{"en":"The storm hit the coast.","de":"Der Sturm traf die Küste."}}"# + "\n"
    input.fileHandleForWriting.write(Data(record.utf8))
    // The pipe stays open: the unit line must arrive anyway.
    let line = try Self.readLine(output.fileHandleForReading, timeout: 30)
    #expect(line?.contains(#""document":"first""#) == true)
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  /// One line from `handle`, or nil when none arrives within `timeout` seconds.
  static func readLine(_ handle: FileHandle, timeout: Double) throws -> String? {
    let box = LineBox()
    let thread = Thread {
      var data = Data()
      while !data.contains(0x0A) {
        let chunk = handle.availableData
        if chunk.isEmpty { break }
        data += chunk
      }
      box.set(String(decoding: data, as: UTF8.self))
    }
    thread.start()
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let line = box.get() { return line }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
  }

  final class LineBox: @unchecked Sendable {
    private var line: String?
    private let lock = NSLock()
    func set(_ value: String) { lock.withLock { line = value } }
    func get() -> String? { lock.withLock { line } }
  }

  @Test("a TSV manifest of id, lang, path becomes records; a malformed one is an error naming the line")
  func manifest() throws {
    let corpus = try Self.corpus()
    defer { try? FileManager.default.removeItem(at: corpus) }
    let tsv = corpus.appendingPathComponent("crawl.tsv")
    try Data("id\tlang\tpath\nS\ten\tstorm.en.txt\nS\tfr\tstorm.fr.txt\nlone\tde\tclimb.de.txt\n".utf8).write(to: tsv)
    let result = try HexaplaProcess.run(["records", tsv.path])
    #expect(result.failed(.failure))
    #expect(result.stdout.hasPrefix(#"{"id":"S","editions":{"en":"#))
    #expect(result.stdout.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("left out article 'lone': only one edition"))
    try Data("S\ten\n".utf8).write(to: tsv)
    let broken = try HexaplaProcess.run(["records", tsv.path])
    #expect(broken.failed(.failure))
    #expect(broken.stderr.contains("crawl.tsv:1: expected three tab-separated fields"))
    #expect(broken.stdout.isEmpty)
  }

  @Test(
    "options that do not fit --records are usage errors",
    arguments: [
      (["--records", "a.en.txt"], "give no edition files"),
      (["--records", "--format", "tmx"], "--records writes JSON lines"),
      (["--records", "--langs", "en,de"], "--langs does not apply to --records"),
      (["--records", "--merge"], "--merge and --force apply to --corpus only"),
      (["--jobs", "0", "--records"], "--jobs must be 1 or more"),
      (["--input", "x.jsonl", "a.en.txt", "a.de.txt"], "apply to --records only"),
    ])
  func usage(arguments: [String], message: String) throws {
    let result = try HexaplaProcess.run(["align"] + arguments)
    #expect(result.failed(.usage))
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test("--corpus --jobs 1 and --jobs 2 write the same output")
  func corpusJobs() throws {
    let corpus = try Self.corpus()
    defer { try? FileManager.default.removeItem(at: corpus) }
    let runs = try [1, 2].map { jobs in
      try HexaplaProcess.run([
        "align", "--corpus", corpus.path, "--merge", "--jobs", "\(jobs)", "--format", "jsonl",
      ])
    }
    #expect(runs.allSatisfy { $0.status == 0 })
    #expect(runs[0].stdout == runs[1].stdout)
  }
}
