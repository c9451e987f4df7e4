import Testing

@testable import HexaplaKit

/// The cost of a sentence without counterpart follows how many the pair's path has, from the
/// prior up, never above it.
@Suite("Skip cost estimate")
struct SkipCostEstimateTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let skips: Int
    let beads: Int
    let expected: Double
    var testDescription: String { "\(skips) of \(beads)" }
  }

  static let cases: [Case] = [
    // None found: the prior stands (the estimate would be dearer).
    Case(skips: 0, beads: 25, expected: 5.3),
    Case(skips: 0, beads: 100_000, expected: 5.3),
    // Two of 25 (an addition and an omission): (1 + 20 × 0.005) / 45 → 3.71 nats.
    Case(skips: 2, beads: 25, expected: 3.71),
    // Two of 1,000: fewer than the prior rate; the prior stands.
    Case(skips: 2, beads: 1_000, expected: 5.30),
    // One in ten on a long text: its own rate, 5 %.
    Case(skips: 2_000, beads: 20_000, expected: 3.00),
  ]

  @Test("estimate", arguments: cases)
  func estimate(_ test: Case) {
    let cost = BeadShape.skipCost(skips: test.skips, beads: test.beads, prior: 5.3, priorWeight: 20)
    #expect(abs(cost - test.expected) < 0.01, "cost \(cost)")
  }

  @Test("on by default")
  func onByDefault() {
    #expect(AlignerOptions().estimatesSkipCosts)
  }
}
