import Testing

@testable import HexaplaKit

/// The length variance is estimated from the texts' confident beads: a close translation gets a
/// tighter model than the prior, a loose one a wider one, within bounds, and a short text keeps
/// the prior.
@Suite("Length variance estimate")
struct LengthVarianceTests {
  /// Sentences of 100 characters against targets `100 + offsets[k]` characters long.
  static func features(offsets: [Int]) -> (AlignmentFeatures, BeadCostModel, [(Int, Int)]) {
    let features = AlignmentFeatures(
      source: offsets.map { _ in SentenceTokens(length: 100, words: [], anchors: []) },
      target: offsets.map { SentenceTokens(length: 100 + $0, words: [], anchors: []) })
    return (features, costModel(features), offsets.indices.map { ($0, $0) })
  }

  static func costModel(_ features: AlignmentFeatures) -> BeadCostModel {
    features.costModel(maxSide: 2, options: AlignerOptions(), sourceParagraphs: nil, targetParagraphs: nil)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let offsets: [Int]
    /// The expected variance, or nil for "keeps the prior".
    let expected: ClosedRange<Double>?
    var testDescription: String { name }
  }

  static let prior = 6.8
  static let cases: [Case] = [
    // d = ±2 on 100 characters: d²/mean ≈ 0.04, far below the prior; clamped at a quarter.
    Case(name: "tight translation, many beads", offsets: (0..<200).map { $0 % 2 == 0 ? 2 : -2 }, expected: 1.7...1.7),
    // d = ±25: d²/mean ≈ 5.6, over the chi-square median 12.3; clamped at twice the prior.
    Case(name: "loose translation", offsets: (0..<200).map { $0 % 2 == 0 ? 25 : -25 }, expected: 13.6...13.6),
    // d = ±10 on 20 beads: observed ≈ 2.2, halfway to the prior with 20 beads of weight.
    Case(name: "halfway with 20 beads", offsets: (0..<20).map { $0 % 2 == 0 ? 10 : -10 }, expected: 4.4...4.7),
    Case(name: "fewer than 10 beads", offsets: [2, -2, 2, -2, 2, -2, 2, -2, 2], expected: nil),
  ]

  @Test("estimate", arguments: cases)
  func estimate(_ test: Case) {
    var (features, model, pairs) = Self.features(offsets: test.offsets)
    features.estimateLengthVariance(from: pairs, model: model, prior: Self.prior)
    if let expected = test.expected {
      let value = try! #require(features.lengthVariance)
      #expect(expected.contains((value * 10).rounded() / 10), "estimated \(value)")
    } else {
      #expect(features.lengthVariance == nil)
    }
  }

  @Test("the estimate feeds the cost model")
  func feedsCostModel() {
    var (features, model, pairs) = Self.features(offsets: (0..<200).map { $0 % 2 == 0 ? 2 : -2 })
    features.estimateLengthVariance(from: pairs, model: model, prior: Self.prior)
    let tight = Self.costModel(features)
    // A 100-character sentence against 102 costs more under the tight model than under the prior.
    #expect(tight.lengthCost(0, 1, 0, 1) > model.lengthCost(0, 1, 0, 1) + 0.01)
  }
}
