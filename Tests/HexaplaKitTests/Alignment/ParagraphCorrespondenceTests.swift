import Testing

@testable import HexaplaKit

/// When two texts' paragraphs correspond, pairing sentences of different paragraphs costs
/// `paragraphMismatchCost`; when they do not (another number of paragraphs, or boundaries a
/// paragraph apart), nothing changes.
@Suite("Paragraph correspondence")
struct ParagraphCorrespondenceTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let source: [Int]  // sentence lengths, paragraphs separated by 0
    let target: [Int]
    let corresponds: Bool
    var testDescription: String { name }

    /// Lengths and paragraph starts from the `0`-separated list.
    static func split(_ layout: [Int]) -> (lengths: [Int], starts: [Bool]) {
      var lengths: [Int] = []
      var starts: [Bool] = []
      var newParagraph = true
      for value in layout {
        if value == 0 {
          newParagraph = true
          continue
        }
        lengths.append(value)
        starts.append(newParagraph || starts.isEmpty)
        newParagraph = false
      }
      return (lengths, starts)
    }
  }

  static let cases: [Case] = [
    Case(
      name: "same layout", source: [50, 60, 0, 40, 35, 0, 70, 30], target: [55, 58, 0, 45, 30, 0, 66, 35],
      corresponds: true),
    Case(
      name: "a sentence added at a paragraph's start", source: [50, 60, 0, 40, 35, 0, 70, 30],
      target: [50, 60, 0, 30, 40, 35, 0, 70, 30], corresponds: true),
    Case(
      name: "one sentence per paragraph: a merge and an addition keep the count",
      source: [50, 0, 60, 0, 40, 0, 70], target: [50, 0, 100, 0, 30, 0, 70], corresponds: false),
    Case(name: "one paragraph", source: [50, 60], target: [50, 60], corresponds: false),
    Case(
      name: "another number of paragraphs", source: [50, 30, 0, 60, 20, 0, 40, 30],
      target: [50, 30, 60, 20, 0, 40, 30],
      corresponds: false),
    Case(
      name: "merged here, split there: boundaries a paragraph apart",
      source: [50, 50, 0, 50, 50, 0, 50, 50, 50, 50, 0, 50, 50],
      target: [50, 50, 50, 50, 0, 50, 50, 0, 50, 50, 0, 50, 50], corresponds: false),
  ]

  @Test("which layouts correspond", arguments: cases)
  func corresponds(_ testCase: Case) {
    let source = Case.split(testCase.source)
    let target = Case.split(testCase.target)
    #expect(
      BeadCostModel.paragraphsCorrespond(
        sourceStarts: source.starts, sourceLengths: source.lengths, targetStarts: target.starts,
        targetLengths: target.lengths) == testCase.corresponds)
  }

  /// A model over two two-sentence paragraphs a side, with paragraphs 0 0 1 1.
  static func model(mismatchCost: Double, targetParagraphs: [Int] = [0, 0, 1, 1]) -> BeadCostModel {
    BeadCostModel(
      sourceLengths: [40, 40, 40, 40], targetLengths: [40, 40, 40, 40],
      source: SentenceKeyTable([[], [], [], []]), target: SentenceKeyTable([[], [], [], []]),
      reliabilities: [], maxSide: 2, variance: 6.8, sourceParagraphs: [0, 0, 1, 1],
      targetParagraphs: targetParagraphs, paragraphCost: 2, paragraphMismatchCost: mismatchCost)
  }

  @Test("a pairing across corresponding paragraphs pays the mismatch cost")
  func mismatchCost() {
    let model = Self.model(mismatchCost: 6.9)
    let free = Self.model(mismatchCost: 0)
    // Source sentence 1 (paragraph 0) with target sentence 2 (paragraph 1).
    #expect(abs(model.cost(1, 1, 2, 1) - free.cost(1, 1, 2, 1) - 6.9) < 1e-9)
    // Within a paragraph, and for sentences left unpaired, nothing changes.
    #expect(model.cost(1, 1, 1, 1) == free.cost(1, 1, 1, 1))
    #expect(model.cost(1, 1, 2, 0) == free.cost(1, 1, 2, 0))
    // Paragraphs that do not correspond (three on the target side) cost nothing extra.
    let other = Self.model(mismatchCost: 6.9, targetParagraphs: [0, 1, 1, 2])
    let otherFree = Self.model(mismatchCost: 0, targetParagraphs: [0, 1, 1, 2])
    #expect(other.cost(1, 1, 2, 1) == otherFree.cost(1, 1, 2, 1))
  }

  @Test("the default is in use")
  func defaultCost() {
    #expect(AlignerOptions().paragraphMismatchCost > AlignerOptions().skipCost)
  }
}
