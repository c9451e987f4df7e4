import Foundation
import TestResources
import Testing

@testable import HexaplaKit

@Suite("Record streams: aligning, error records, manifests")
struct RecordAlignerTests {
  static let english = "The storm hit the coast on 6 May 2024. More than 12,000 people left their homes."
  static let french = "La tempête a frappé la côte le 6 mai 2024. Plus de 12 000 personnes ont quitté leur maison."
  static let german = "Der Sturm traf am 6. Mai 2024 die Küste. Mehr als 12.000 Menschen verließen ihre Häuser."

  static func record(_ id: String, _ editions: [String: String]) -> String {
    "{\"id\":" + JSONText.quoted(id) + ",\"editions\":{"
      + editions.keys.sorted().map { JSONText.quoted($0) + ":" + JSONText.quoted(editions[$0]!) }.joined(separator: ",")
      + "}}"
  }

  /// A stream of good records with bad ones among them.
  static let stream = [
    record("a", ["en": english, "fr": french]),
    record("empty", ["en": english, "fr": "   "]),
    record("b", ["en": english, "fr": french, "de": german]),
    "{broken",
    record("c", ["de": german, "fr": french]),
    record("one", ["en": english]),
  ].joined(separator: "\n")

  static func run(_ text: String, workers: Int, batchSize: Int? = nil) throws -> (
    String, RecordAligner.Summary, [RecordFailure]
  ) {
    try TestResources.withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("in.jsonl").path
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      let sink = MemorySink()
      var failures: [RecordFailure] = []
      let stream = RecordAligner(aligner: EditionAligner(), workers: workers, batchSize: batchSize)
      let summary = try stream.run(
        reader: try ArticleRecordReader(path: path), sink: sink, onFailure: { failures.append($0) })
      #expect(sink.isFinished)
      return (sink.text, summary, failures)
    }
  }

  @Test("units of every good record in input order, an error record for each bad one", arguments: [1, 2, 3])
  func stream(workers: Int) throws {
    let (text, summary, failures) = try Self.run(Self.stream, workers: workers, batchSize: workers == 3 ? 2 : nil)
    let objects = text.split(separator: "\n").map {
      try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    let documents = objects.map { ($0["document"] as? String) ?? "-" }
    // Runs of units per document, in input order; error records where the bad records were.
    var runs: [String] = []
    for (document, object) in zip(documents, objects) {
      let tag = object["error"] != nil ? "error:\(document)" : document
      if runs.last != tag || object["error"] != nil { runs.append(tag) }
    }
    #expect(runs == ["a", "error:empty", "b", "error:-", "c", "error:one"])
    #expect(summary.records == 6)
    #expect(summary.failed == 3)
    #expect(failures.map(\.line) == [2, 4, 6])
    #expect(failures[0].message.contains("empty.fr: no text"))
    #expect(failures[2].message.contains("two or more editions"))
    // Units are numbered over the whole stream, 1…N.
    let tuids = objects.compactMap { $0["tuid"] as? String }
    #expect(tuids == (1...tuids.count).map(String.init))
    #expect(summary.statistics.units == tuids.count)
  }

  @Test("the output does not depend on the number of workers or the batch size")
  func deterministic() throws {
    let one = try Self.run(Self.stream, workers: 1).0
    #expect(try Self.run(Self.stream, workers: 2).0 == one)
    #expect(try Self.run(Self.stream, workers: 2, batchSize: 1).0 == one)
  }

  @Test("a record's units equal those of the same article aligned from files")
  func sameAsFiles() throws {
    try TestResources.withTemporaryDirectory { directory in
      for (language, text) in ["en": Self.english, "fr": Self.french, "de": Self.german] {
        try Data(text.utf8).write(to: directory.appendingPathComponent("b.\(language).txt"))
      }
      let scan = try CorpusScanner.scan(directory: directory.path)
      let alignment = try EditionAligner().align(scan.articles[0])
      let sink = MemorySink()
      try AlignmentWriter(format: .jsonl, languages: [], creationDate: "20260101T000000Z")
        .write(alignment.writtenUnits(keepUnpaired: false), to: sink)
      let records = try Self.run(
        Self.record("b", ["en": Self.english, "fr": Self.french, "de": Self.german]), workers: 1)
      #expect(records.0 == sink.text)
      // And the converter gives the same record as the hand-made one.
      let converted = try RecordConverter.line(for: try RecordConverter.record(scan.articles[0]))
      #expect(try Self.run(converted, workers: 1).0 == sink.text)
    }
  }

  @Test("per-record options: presegmented takes lines as sentences, pivot orders the columns")
  func recordOptions() throws {
    let line =
      #"{"id":"p","editions":{"en":"One. Two.\nThree.","de":"Eins. Zwei.\nDrei."},"presegmented":true,"pivot":"de"}"#
    let (text, _, failures) = try Self.run(line, workers: 1)
    #expect(failures.isEmpty)
    let first = try #require(text.split(separator: "\n").first)
    #expect(first.contains(#""segments":{"de":"Eins. Zwei.","en":"One. Two."}"#))
  }

  @Test(
    "manifests: id, lang, path lines, relative to the manifest",
    arguments: [
      ("id\tlang\tpath\nx\ten\tx.en.txt\nx\tde\tsub/x.txt\n# note\n\ny\ten\ty.txt\n", ["x"], ["y"], nil),
      ("x\ten\tx.en.txt\nx\ten\tother.txt\n", [], [], "manifest.tsv:2: article 'x' has a second 'en' edition"),
      ("x\ten\n", [], [], "manifest.tsv:1: expected three tab-separated fields"),
      ("x\t$$\tx.txt\n", [], [], "manifest.tsv:1: invalid language tag"),
    ] as [(String, [String], [String], String?)])
  func manifest(text: String, articles: [String], problems: [String], error: String?) throws {
    try TestResources.withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("manifest.tsv").path
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      do {
        let manifest = try RecordConverter.manifest(path: path)
        #expect(error == nil)
        #expect(manifest.articles.map(\.id) == articles)
        #expect(manifest.problems.map(\.id) == problems)
        if let x = manifest.articles.first {
          #expect(x.languages.map(\.description) == ["de", "en"])
          #expect(x.paths == [directory.path + "/sub/x.txt", directory.path + "/x.en.txt"])
        }
      } catch let thrown as HexaplaError {
        let expected = try #require(error, "unexpected \(thrown)")
        #expect("\(thrown)".hasPrefix(path.dropLast("manifest.tsv".count) + expected), "\(thrown)")
      }
    }
  }

  @Test("a page in a legacy charset goes into the record as Unicode text")
  func legacyCharset() throws {
    try TestResources.withTemporaryDirectory { directory in
      var page = Array(#"<html><head><meta charset="windows-1252"></head><body><p>Caf"#.utf8)
      page += [0xE9]  // é in windows-1252
      page += Array(" au lait, s'il vous plaît.</p></body></html>".utf8)
      try Data(page).write(to: directory.appendingPathComponent("a.fr.html"))
      try Data("Coffee with milk, please.".utf8).write(to: directory.appendingPathComponent("a.en.txt"))
      let article = try CorpusScanner.scan(directory: directory.path).articles[0]
      let record = try RecordConverter.record(article)
      guard case .html(let text) = record.editions[1].content else {
        Issue.record("no page")
        return
      }
      #expect(text.contains("Café au lait"))
    }
  }
}

@Suite("Corpus runner")
struct CorpusRunnerTests {
  @Test("every job runs once, results in index order, failures kept", arguments: [1, 2, 5])
  func run(workers: Int) {
    let results = CorpusRunner.run(count: 20, workers: workers) { index -> Int in
      if index == 7 { throw HexaplaError.inconsistentInput(message: "seven") }
      return index * index
    }
    #expect(results.count == 20)
    for (index, result) in results.enumerated() {
      if index == 7 {
        #expect(throws: HexaplaError.inconsistentInput(message: "seven")) { try result.get() }
      } else {
        #expect((try? result.get()) == index * index)
      }
    }
  }
}
