import Testing

@testable import HexaplaKit

/// `MultiAligner.keepingMerges`: after the other editions' votes split a join, a translator's
/// merge (one sentence with a comma where the pivot's two meet) is put back together.
@Suite("Merges kept against the other editions' votes")
struct MergeKeepingTests {
  static let pivot = [
    "Cotton was born in 1832 in a village near the sea.", "Perhaps it will not matter much.",
    "The trial opened two years later.",
  ]

  /// The links after `keepingMerges`, as `pivot:other`, for the consensus links pivot 0 with
  /// the edition's sentence 0, pivot 1 left out, pivot 2 with sentence 1, when the first
  /// alignment had joined pivot sentences 0 and 1.
  static func kept(_ first: String, joined: Bool = true, commasAreSparse: Bool = true) -> [String] {
    let texts = [first, "Le procès s’est ouvert deux ans plus tard."]
    let links = [
      PivotLink(pivot: 0..<1, other: 0..<1, score: 0.99), PivotLink(pivot: 1..<2, other: 1..<1, score: 0.99),
      PivotLink(pivot: 2..<3, other: 1..<2, score: 0.99),
    ]
    let firstRound =
      joined
      ? [PivotLink(pivot: 0..<2, other: 0..<1, score: 0.9), PivotLink(pivot: 2..<3, other: 1..<2, score: 0.99)]
      : links
    return MultiAligner.keepingMerges(
      links, joined: firstRound, pivotLengths: pivot.map(MultiAligner.letterCount),
      lengths: texts.map(MultiAligner.letterCount), texts: texts, commasAreSparse: commasAreSparse
    ).map { "\(Array($0.pivot)):\(Array($0.other))" }
  }

  @Test("a comma where the pivot sentences meet keeps the merge; without one the vote stands")
  func merge() {
    let merged = "Cotton est né en 1832 dans un village près de la mer, cela ne comptera pas beaucoup."
    #expect(Self.kept(merged) == ["[0, 1]:[0]", "[2]:[1]"])
    // No comma at the boundary: an omission glued to its neighbour, left out.
    #expect(
      Self.kept("Cotton est né en 1832 dans un village près de la mer et cela ne comptera pas beaucoup.") == [
        "[0]:[0]", "[1]:[]", "[2]:[1]",
      ])
    // The first alignment kept them apart: nothing to put back.
    #expect(Self.kept(merged, joined: false) == ["[0]:[0]", "[1]:[]", "[2]:[1]"])
    // Scripts that write a comma in nearly every sentence (Chinese, Japanese): the vote stands.
    #expect(Self.kept(merged, commasAreSparse: false) == ["[0]:[0]", "[1]:[]", "[2]:[1]"])
  }

  @Test("a sentence that fits one pivot sentence much better by length stays with it, comma or not")
  func lengthDecides() {
    #expect(
      Self.kept("Né en 1832 près de la mer, cela compte peu.") == ["[0]:[0]", "[1]:[]", "[2]:[1]"])
  }
}
