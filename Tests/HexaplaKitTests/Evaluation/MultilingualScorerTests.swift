import Foundation
import HexaplaKit
import Testing

@Suite("N-way scores (score_nway.py's definition)")
struct MultilingualScorerTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// (pair, P strict, R strict, F1 strict, P lax, R lax, F1 lax) as `score_nway.py nway.gold.tsv
  /// nway.pred.tsv --pairs all --json` printed them: a merge (u1+u2 in en and fr, not zh), a unit
  /// alone in zh, a sentence only fr has glued to its neighbour, spacing that differs.
  static let expected: [(String, Double, Double, Double, Double, Double, Double)] = [
    ("en-fr", 0.5, 0.25, 0.3333, 1.0, 1.0, 1.0),
    ("en-zh", 0.6, 0.6, 0.6, 0.8, 0.8, 0.8),
    ("fr-zh", 0.4, 0.25, 0.3077, 0.8, 0.75, 0.7742),
  ]

  @Test("every pair scores what score_nway.py gives")
  func sameAsReference() throws {
    let gold = try MultilingualTable.load(path: Self.fixtures.appendingPathComponent("nway.gold.tsv").path)
    let predicted = try MultilingualTable.load(path: Self.fixtures.appendingPathComponent("nway.pred.tsv").path)
    #expect(gold.languages == ["en", "fr", "zh"])
    #expect(predicted.languages == ["en", "fr", "zh"])
    let scores = try MultilingualScorer.score(gold: gold, predicted: predicted, pairs: .all)
    #expect(scores.map { "\($0.first)-\($0.second)" } == Self.expected.map(\.0))
    for (score, expected) in zip(scores, Self.expected) {
      let s = score.score
      let got = [s.precisionStrict, s.recallStrict, s.f1Strict, s.precisionLax, s.recallLax, s.f1Lax]
      let want = [expected.1, expected.2, expected.3, expected.4, expected.5, expected.6]
      for (g, w) in zip(got, want) { #expect(abs(g - w) < 0.0001, "\(expected.0)") }
    }
  }

  @Test("pivot pairs, and a pivot that is not there")
  func pivot() throws {
    let gold = MultilingualTable(languages: ["de", "en", "fr"], rows: [["Eins.", "One.", "Un."]])
    let scores = try MultilingualScorer.score(gold: gold, predicted: gold, pairs: .pivot)
    #expect(scores.map { "\($0.first)-\($0.second)" } == ["en-de", "en-fr"])
    #expect(scores.allSatisfy { $0.score.f1Strict == 1 })
    #expect(throws: HexaplaError.self) {
      try MultilingualScorer.score(gold: gold, predicted: gold, pairs: .pivot, pivot: "ja")
    }
    let oneShared = MultilingualTable(languages: ["en", "ja"], rows: [["One.", "一。"]])
    #expect(throws: HexaplaError.self) { try MultilingualScorer.score(gold: gold, predicted: oneShared, pairs: .all) }
  }

  @Test("a row with more cells than the header names its line")
  func malformedRow() {
    #expect {
      try MultilingualTable.parseTSV("en\tfr\nOne.\tUn.\textra\n", path: "p.tsv")
    } throws: { error in
      guard case .malformedLine(let path, let line, _) = error as? HexaplaError else { return false }
      return path == "p.tsv" && line == 2
    }
  }
}
