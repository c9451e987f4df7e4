import Testing

@testable import HexaplaKit

@Suite("Combining pairwise alignments into N-language units")
struct MultiAlignmentCombinerTests {
  /// Links from compact notation: `"0-0 12-1 _-2 3-_"` (pivot digits, other digits, `_` empty;
  /// an empty side is positioned where it falls).
  func links(_ notation: String) -> [PivotLink] {
    var pivotNext = 0
    var otherNext = 0
    return notation.split(separator: " ").map { bead in
      let sides = bead.split(separator: "-").map(String.init)
      func range(_ side: String, _ next: inout Int) -> Range<Int> {
        guard side != "_" else { return next..<next }
        let digits = side.compactMap { $0.wholeNumberValue }
        next = digits.last! + 1
        return digits.first!..<(digits.last! + 1)
      }
      let pivot = range(sides[0], &pivotNext)
      let other = range(sides[1], &otherNext)
      return PivotLink(pivot: pivot, other: other, score: 0.9, anchors: [])
    }
  }

  /// Groups as `"0|0|0 12|12|1"`: sentence digits per edition, `.` for none.
  func dump(_ groups: [MultiAlignmentCombiner.Group]) -> String {
    groups.map { group in
      group.sentences.map { $0.isEmpty ? "." : $0.map(String.init).joined() }.joined(separator: "|")
    }.joined(separator: " ")
  }

  @Test(
    "units from pairwise alignments",
    arguments: [
      // Agreement: plain 1-1-1 units.
      ([3, 3, 3], ["0-0 1-1 2-2", "0-0 1-1 2-2"], "0|0|0 1|1|1 2|2|2"),
      // A 2-1 in one edition gives a 2-2-1 unit.
      ([3, 3, 2], ["0-0 1-1 2-2", "0-0 12-1"], "0|0|0 12|12|1"),
      // Disagreeing groupings of the pivot merge rather than contradict.
      ([3, 2, 2], ["0-0 12-1", "01-0 2-1"], "012|01|01"),
      // An unpaired sentence inside a merged unit joins it.
      ([2, 3, 1], ["0-0 _-1 1-2", "01-0"], "01|012|0"),
      // Unpaired sentences elsewhere stay alone, in document order.
      ([2, 3, 2], ["0-0 _-1 1-2", "0-0 1-1"], "0|0|0 .|1|. 1|2|1"),
      // A pivot sentence with no counterpart in one edition.
      ([3, 2, 3], ["0-0 1-_ 2-1", "0-0 1-1 2-2"], "0|0|0 1|.|1 2|1|2"),
    ] as [([Int], [String], String)])
  func combine(counts: [Int], notations: [String], expected: String) {
    let combiner = MultiAlignmentCombiner(pivot: 0, sentenceCounts: counts)
    let groups = combiner.combine([[]] + notations.map(links))
    #expect(dump(groups) == expected)
  }

  @Test("bead type, lowest score and merged anchors")
  func evidence() {
    let combiner = MultiAlignmentCombiner(pivot: 1, sentenceCounts: [1, 2, 2])
    let groups = combiner.combine([
      [PivotLink(pivot: 0..<2, other: 0..<1, score: 0.7, anchors: ["2024"])],
      [],
      [
        PivotLink(pivot: 0..<1, other: 0..<1, score: 0.95, anchors: ["2024", "UN"]),
        PivotLink(pivot: 1..<2, other: 1..<2, score: 0.9, anchors: []),
      ],
    ])
    #expect(groups.count == 1)
    #expect(groups[0].beadType == "1-2-2")
    #expect(groups[0].score == 0.7)
    #expect(groups[0].anchors == ["2024", "UN"])
  }
}
