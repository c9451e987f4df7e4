import Foundation
import Testing

/// TMX files written by other tools (`Fixtures/real-tmx/`, with their sources and licences):
/// every unit and language they hold is read (issue 16).
@Suite("Real TMX files from other tools")
struct RealTMXTests {
  /// A file, its units and `<tuv>`s (counted with xmllint) and its languages as Hexapla writes
  /// them, in the order of their first `<tuv>`.
  struct Case: Sendable, CustomTestStringConvertible {
    var file: String
    var units: Int
    var variants: Int
    var languages: [String]
    var testDescription: String { file }
  }

  static let cases: [Case] = [
    Case(file: "xml-tmx-0.39-sample.tmx", units: 7, variants: 14, languages: ["en-GB", "pt-PT"]),
    Case(file: "xml-tmx-0.39-writer-cat.tmx", units: 2, variants: 4, languages: ["pt", "en"]),
    Case(file: "weblate-5.14.3-memory.tmx", units: 1, variants: 3, languages: ["de-DE", "en-US", "cs-CZ"]),
    Case(file: "weblate-5.14.3-memory2-omegat.tmx", units: 1, variants: 2, languages: ["en", "sc"]),
    Case(file: "translate-toolkit-3.8.4-po2tmx.tmx", units: 4, variants: 8, languages: ["en", "fr"]),
  ]

  static func path(_ file: String) -> String {
    HexaplaProcess.fixtures.appendingPathComponent("real-tmx").appendingPathComponent(file).path
  }

  /// How often an element's start tag occurs in the file (`<tu>`, `<tu ...>`), counted on the text.
  static func count(_ element: String, in text: String) -> Int {
    var count = 0
    var rest = text[...]
    while let range = rest.range(of: "<" + element) {
      if let next = rest[range.upperBound...].first, next == ">" || next == " " || next == "\n" || next == "\t" {
        count += 1
      }
      rest = rest[range.upperBound...]
    }
    return count
  }

  @Test("the table holds what the files hold", arguments: cases)
  func table(_ c: Case) throws {
    let text = try String(contentsOfFile: Self.path(c.file), encoding: .utf8)
    #expect(Self.count("tu", in: text) == c.units)
    #expect(Self.count("tuv", in: text) == c.variants)
  }

  @Test("inspect --stats counts every unit and language", arguments: cases)
  func statistics(_ c: Case) throws {
    let result = try HexaplaProcess.run(["inspect", "--stats", Self.path(c.file)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Units: \(c.units)")
    #expect(lines.dropFirst().first == "Languages: " + c.languages.joined(separator: ", "))
    let segments = lines.first { $0.hasPrefix("segments") }?.split(separator: " ").dropFirst().compactMap { Int($0) }
    #expect(segments?.reduce(0, +) == c.variants, "\(result.stdout)")
  }

  @Test("export --format tsv writes every unit, one column per language", arguments: cases)
  func export(_ c: Case) throws {
    let result = try HexaplaProcess.run(["export", "--format", "tsv", Self.path(c.file)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "exported \(c.units) of \(c.units) unit\(c.units == 1 ? "" : "s")\n")
    let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(rows.first.map(String.init) == c.languages.joined(separator: "\t"))
    #expect(rows.count == c.units + 1)
    let filled = rows.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
      .map { $0.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count }
    #expect(filled.reduce(0, +) == c.variants)
  }
}
