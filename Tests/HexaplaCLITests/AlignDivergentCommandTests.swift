import Foundation
import Testing

/// `hexapla align` on editions that diverge as real ones do: the French edition merges two
/// English sentences into one and adds one of its own, the German one leaves a sentence out,
/// and every edition carries page furniture at both ends (a language bar, a credit, a print or
/// share prompt). The fixtures in Fixtures/divergent were written for these tests (project
/// licence); the expected TSV and TMX dumps were checked by hand.
@Suite("hexapla align on divergent editions")
struct AlignDivergentCommandTests {
  static func fixture(_ name: String) -> String {
    HexaplaProcess.fixtures.appendingPathComponent("divergent/\(name)").path
  }

  static func expected(_ name: String) throws -> String {
    try String(contentsOfFile: fixture(name), encoding: .utf8)
  }

  @Test(
    "two and three editions: one pipeline, a merge as a 2-1 unit, an omission and an addition as units of their own, no boilerplate",
    arguments: [
      (
        ["en", "fr", "de"], "storm.en-fr-de.tsv",
        "3 editions (en, fr, de): 8 units (1 with one language), 8 boilerplate lines dropped, 0 low-confidence units (score < 0.5)\n"
      ),
      (
        ["en", "fr"], "storm.en-fr.tsv",
        "2 editions (en, fr): 8 units (1 with one language), 5 boilerplate lines dropped, 0 low-confidence units (score < 0.5)\n"
      ),
    ])
  func tsv(languages: [String], expected: String, summary: String) throws {
    let result = try HexaplaProcess.run(
      ["align", "--unpaired", "keep", "--format", "tsv"] + languages.map { Self.fixture("storm.\($0).txt") })
    #expect(result.status == 0)
    #expect(result.stdout == (try Self.expected(expected)))
    #expect(result.stderr == summary)
  }

  @Test("the pair's rows are the three-edition rows of its two languages")
  func pairMatchesThreeEditions() throws {
    let three = try Self.expected("storm.en-fr-de.tsv").split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).prefix(2).joined(separator: "\t")
    }
    let two = try Self.expected("storm.en-fr.tsv").split(separator: "\n").map(String.init)
    #expect(three == two)
  }

  @Test("without --unpaired keep the sentence only one edition has is left out, and the summary says so")
  func unpairedLeftOut() throws {
    let result = try HexaplaProcess.run(
      ["align", "--format", "tsv"] + ["en", "fr", "de"].map { Self.fixture("storm.\($0).txt") })
    #expect(result.status == 0)
    #expect(!result.stdout.contains("Le préfet du Finistère"))
    #expect(result.stdout.split(separator: "\n").count == 1 + 7)
    #expect(result.stderr.contains("7 units, 1 sentence no other edition has left out (--unpaired keep writes them)"))
  }

  @Test(
    "--boilerplate keep: TMX with each furniture line as a one-language unit with x-boilerplate, tuids 1...N in file order"
  )
  func tmx() throws {
    let result = try HexaplaProcess.run(
      ["align", "--boilerplate", "keep", "--date", "2026-01-01T00:00:00Z"]
        + ["en", "fr", "de"].map { Self.fixture("storm.\($0).txt") })
    #expect(result.status == 0)
    #expect(result.stdout == (try Self.expected("storm.en-fr-de.tmx")))
    let tuids = result.stdout.components(separatedBy: "<tu tuid=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(tuids == (1...15).map { Substring(String($0)) })
    #expect(result.stdout.components(separatedBy: "<prop type=\"x-boilerplate\">").count - 1 == 8)
    #expect(result.stderr.hasPrefix("3 editions (en, fr, de): 15 units (8 with one language), "))
    #expect(result.stderr.contains("8 boilerplate lines kept"))
  }
}
