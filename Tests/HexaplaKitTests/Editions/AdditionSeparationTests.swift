import Testing

@testable import HexaplaKit

/// `MultiAligner.separateAdditions`: a sentence only one edition has, glued to its neighbour's
/// link, becomes a unit of its own when length alone says which part translates the pivot.
@Suite("Additions glued to a neighbour")
struct AdditionSeparationTests {
  /// Links of the other edition as `pivot:other` (`[0]:[0, 1]`), after separation.
  static func separated(pivot: [Int], other: [Int], score: Double) -> [String] {
    // One uncertain link of pivot sentence 0 with the other edition's sentences 0 and 1 (and
    // any after), then a long 1-1 link that sets the editions' length ratio near 1.
    var links: [[PivotLink]] = [
      [],
      [
        PivotLink(pivot: 0..<1, other: 0..<other.count, score: score),
        PivotLink(pivot: 1..<2, other: other.count..<(other.count + 1), score: 0.99),
      ],
    ]
    MultiAligner.separateAdditions(links: &links, lengths: [pivot + [1000], other + [1000]], pivot: 0)
    return links[1].map { "\(Array($0.pivot)):\(Array($0.other))" }
  }

  @Test(
    "which links come out",
    arguments: [
      // An added sentence after the translation: a unit of its own.
      ([40], [41, 30], 0.6, ["[0]:[0]", "[]:[1]", "[1]:[2]"]),
      // Before it.
      ([40], [30, 39], 0.6, ["[]:[0]", "[0]:[1]", "[1]:[2]"]),
      // A translator's split of one sentence in two: the whole fits, kept.
      ([80], [41, 39], 0.6, ["[0]:[0, 1]", "[1]:[2]"]),
      // Either part could be the translation: kept together.
      ([40], [38, 42], 0.6, ["[0]:[0, 1]", "[1]:[2]"]),
      // A confident link is the aligner's to keep.
      ([40], [41, 30], 0.9, ["[0]:[0, 1]", "[1]:[2]"]),
    ])
  func links(pivot: [Int], other: [Int], score: Double, expected: [String]) {
    #expect(Self.separated(pivot: pivot, other: other, score: score) == expected)
  }
}
