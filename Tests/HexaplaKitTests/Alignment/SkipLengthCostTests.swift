import Testing

@testable import HexaplaKit

/// A sentence left without counterpart pays a share of Gale and Church's cost of an empty
/// counterpart: nothing with weight 0, more for a long sentence than a short one, and far less
/// than the full term.
@Suite("Skip length cost")
struct SkipLengthCostTests {
  static func model(weight: Double) -> BeadCostModel {
    // Source: a 10- and a 200-character sentence; target: one of 10 and one of 200.
    BeadCostModel(
      sourceLengths: [10, 200], targetLengths: [10, 200], source: SentenceKeyTable([[], []]),
      target: SentenceKeyTable([[], []]), reliabilities: [], maxSide: 2, variance: 6.8,
      sourceParagraphs: nil, targetParagraphs: nil, paragraphCost: 2, skipLengthWeight: weight)
  }

  @Test("1-0 and 0-1 length costs", arguments: [0.0, 0.2, 1.0])
  func skipCosts(weight: Double) {
    let model = Self.model(weight: weight)
    let short = model.lengthCost(0, 1, 0, 0)
    let long = model.lengthCost(1, 1, 0, 0)
    // Both sides count the same, and pairing keeps its usual cost.
    #expect(model.lengthCost(0, 0, 1, 1) == long)
    #expect(model.lengthCost(0, 1, 0, 1) < 0.1)
    if weight == 0 {
      #expect(short == 0 && long == 0)
    } else {
      #expect(short > 0 && long > short)
      // Gale and Church's full term for 200 characters against none is over 25 nats.
      #expect(abs(long / weight - Self.model(weight: 1).lengthCost(1, 1, 0, 0)) < 1e-9)
      #expect(Self.model(weight: 1).lengthCost(1, 1, 0, 0) > 25)
    }
  }

  @Test("the default weight is in use")
  func defaultWeight() {
    #expect(AlignerOptions().skipLengthWeight > 0 && AlignerOptions().skipLengthWeight < 1)
  }
}
