import Foundation
import TestResources
import Testing

@testable import HexaplaKit

@Suite("Article records: reading, writing, converting")
struct ArticleRecordReaderTests {
  /// Writes `text` to a temporary file and reads every record of it.
  static func read(_ text: String, maxRecordBytes: Int = 1 << 20) throws -> [Result<ArticleRecord, RecordFailure>] {
    try TestResources.withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("records.jsonl").path
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      let reader = try ArticleRecordReader(path: path, maxRecordBytes: maxRecordBytes)
      var results: [Result<ArticleRecord, RecordFailure>] = []
      while let next = try reader.next() { results.append(next) }
      return results
    }
  }

  /// What a line should become: an id with its edition languages (and kinds), or a failure.
  struct Case: Sendable, CustomStringConvertible {
    var line: String
    var editions: [String]?  // "en:text", "zh:html"
    var presegmented: Bool? = nil
    var pivot: String? = nil
    var failure: String? = nil
    var document: String? = nil
    var description: String { line }
  }

  static let cases: [Case] = [
    Case(line: #"{"id":"a","editions":{"fr":"Bonjour.","en":"Hello."}}"#, editions: ["en:text", "fr:text"]),
    Case(
      line: #"{"id":"b","editions":{"en":"Hi.","zh":{"html":"<p>你好。</p>"},"de":{"text":"Hallo."}}}"#,
      editions: ["de:text", "en:text", "zh:html"]),
    Case(
      line: #"{"id":"c","editions":{"en":"A","de":"B"},"presegmented":true,"pivot":"de"}"#,
      editions: ["de:text", "en:text"], presegmented: true, pivot: "de"),
    Case(line: "not json at all", editions: nil, failure: "not a JSON object: not json at all"),
    Case(line: #"{"editions":{"en":"A","de":"B"}}"#, editions: nil, failure: "no \"id\""),
    Case(line: #"{"id":"d"}"#, editions: nil, failure: "no \"editions\"", document: "d"),
    Case(line: #"{"id":"e","editions":{}}"#, editions: nil, failure: "no \"editions\"", document: "e"),
    Case(
      line: #"{"id":"f","editions":{"en":"A","xx-$$":"B"}}"#, editions: nil, failure: "edition \"xx-$$\"",
      document: "f"),
    Case(
      line: #"{"id":"g","editions":{"en":"A","de":42}}"#, editions: nil, failure: "edition \"de\" is neither",
      document: "g"),
    Case(
      line: #"{"id":"h","editions":{"en":"A","de":"B"},"presegmneted":true}"#, editions: nil,
      failure: "unknown key \"presegmneted\"", document: "h"),
    Case(
      line: #"{"id":"i","editions":{"en":"A","de":"B"},"presegmented":"yes"}"#, editions: nil,
      failure: "\"presegmented\" must be true or false", document: "i"),
  ]

  @Test("each line becomes a record or a failure naming the line", arguments: cases)
  func parse(_ example: Case) throws {
    let results = try Self.read("\n" + example.line + "\n")
    try #require(results.count == 1)
    switch results[0] {
    case .success(let record):
      #expect(example.failure == nil, "expected a failure, got \(record.id)")
      let kinds = record.editions.map { edition -> String in
        let kind: String
        switch edition.content {
        case .html: kind = "html"
        case .text: kind = "text"
        case .file: kind = "file"
        }
        return "\(edition.language!):\(kind)"
      }
      #expect(kinds == example.editions)
      #expect(record.presegmented == example.presegmented)
      #expect(record.pivot?.description == example.pivot)
      #expect(record.line == 2)
      #expect(record.editions.allSatisfy { $0.name.hasPrefix(record.id + ".") })
    case .failure(let failure):
      let expected = try #require(example.failure, "unexpected failure \(failure)")
      #expect(failure.message.contains(expected), "\(failure.message)")
      #expect(failure.line == 2)
      #expect(failure.document == example.document)
      #expect(failure.description.hasPrefix(failure.stream + ":2: "))
      #expect(!failure.jsonLine.contains("\n"))
    }
  }

  @Test("a record over the size limit is a failure with its id, and the next record is read")
  func tooLarge() throws {
    let big = String(repeating: "word ", count: 40_000)  // 200 kB, more than three 64 KiB chunks
    let text =
      #"{"id":"big","editions":{"en":"\#(big)","de":"x"}}"# + "\n" + #"{"id":"small","editions":{"en":"A","de":"B"}}"#
    let results = try Self.read(text, maxRecordBytes: 100_000)
    try #require(results.count == 2)
    guard case .failure(let failure) = results[0] else {
      Issue.record("the big record was read")
      return
    }
    #expect(failure.document == "big")
    #expect(failure.line == 1)
    #expect(failure.message.contains("more than the 100000 allowed"))
    #expect((try? results[1].get())?.id == "small")
    #expect((try? results[1].get())?.line == 2)
  }

  @Test("a line over the limit at the very end, without a line break, is still one failure")
  func tooLargeAtEnd() throws {
    let results = try Self.read(
      #"{"id":"z","editions":{"en":""# + String(repeating: "a", count: 5000) + "\"}}", maxRecordBytes: 1000)
    try #require(results.count == 1)
    if case .failure(let failure) = results[0] { #expect(failure.document == "z") } else { Issue.record("read") }
  }

  @Test(
    "the id of a record too large to parse is found when it is a plain string",
    arguments: [
      (#"{"id": "n01001", "editions": {"#, "n01001"), (#"{"editions":{"en":"x"#, nil), (#"{"id":"a\"b","#, nil),
      (#"{"id":42,"#, nil),
    ] as [(String, String?)])
  func peek(head: String, id: String?) {
    #expect(ArticleRecordReader.peekID(Data(head.utf8)) == id)
  }

  @Test("a record written by RecordConverter reads back the same")
  func roundTrip() throws {
    let record = ArticleRecord(
      id: "n\"01",
      editions: [
        EditionSource(content: .text("Line one.\nLine \"two\" \\ é 中\t."), name: "x", language: try LanguageTag("en")),
        EditionSource(content: .html("<p>Zeile.</p>"), name: "y", language: try LanguageTag("de")),
      ], presegmented: true, pivot: try LanguageTag("en"))
    let results = try Self.read(RecordConverter.line(for: record) + "\n")
    let back = try results[0].get()
    #expect(back.id == record.id)
    #expect(back.presegmented == true)
    #expect(back.pivot == record.pivot)
    #expect(back.editions.map(\.language) == [try LanguageTag("de"), try LanguageTag("en")])
    guard case .text(let text) = back.editions[1].content, case .html(let page) = back.editions[0].content else {
      Issue.record("contents changed kind")
      return
    }
    #expect(text == "Line one.\nLine \"two\" \\ é 中\t.")
    #expect(page == "<p>Zeile.</p>")
  }

  @Test("an edition given as a file is read into the record line, a page as html")
  func fileEditions() throws {
    try TestResources.withTemporaryDirectory { directory in
      let text = directory.appendingPathComponent("a.en.txt")
      let page = directory.appendingPathComponent("a.de.html")
      try Data("One.\nTwo.\n".utf8).write(to: text)
      try Data("<p>Eins.</p>".utf8).write(to: page)
      let record = ArticleRecord(
        id: "a",
        editions: [
          EditionSource(path: page.path, language: try LanguageTag("de")),
          EditionSource(path: text.path, language: try LanguageTag("en")),
        ])
      #expect(
        try RecordConverter.line(for: record)
          == #"{"id":"a","editions":{"de":{"html":"<p>Eins.</p>"},"en":"One.\nTwo.\n"}}"#)
      let missing = ArticleRecord(
        id: "b", editions: [EditionSource(path: directory.path + "/none.txt", language: try LanguageTag("en"))])
      #expect(throws: HexaplaError.self) { try RecordConverter.line(for: missing) }
    }
  }
}
