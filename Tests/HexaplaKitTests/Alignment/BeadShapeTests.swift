import Foundation
import Testing

@testable import HexaplaKit

/// Bead priors: each sentence beyond the first pair is one more merge, so priors fall by the
/// same factor per extra sentence whatever the side.
@Suite("Bead shapes")
struct BeadShapeTests {
  static func prior(_ shapes: [BeadShape], _ a: Int, _ b: Int) -> Double? {
    shapes.first { $0.a == a && $0.b == b }?.prior
  }

  @Test("the shapes of each size, with priors geometric in the number of sentences", arguments: [1, 2, 3, 4])
  func priors(maxSide: Int) throws {
    let shapes = BeadShape.all(maxSide: maxSide, skipCost: 5.3)
    let names = shapes.map { "\($0.a)-\($0.b)" }.sorted()
    let expected: [Int: [String]] = [
      1: ["0-1", "1-0", "1-1"],
      2: ["0-1", "1-0", "1-1", "1-2", "2-1", "2-2"],
      3: ["0-1", "1-0", "1-1", "1-2", "1-3", "2-1", "2-2", "2-3", "3-1", "3-2"],
      4: ["0-1", "1-0", "1-1", "1-2", "1-3", "1-4", "2-1", "2-2", "2-3", "3-1", "3-2", "4-1"],
    ]
    #expect(names == expected[maxSide])
    #expect(Self.prior(shapes, 1, 0) == 5.3 && Self.prior(shapes, 0, 1) == 5.3)
    let step = -log(BeadShape.mergeProbability)
    #expect(abs(Self.prior(shapes, 1, 1)! - -log(0.85)) < 1e-12)
    for shape in shapes where shape.a > 0 && shape.b > 0 && shape.a + shape.b > 2 {
      let extra = Double(shape.a + shape.b - 3)
      #expect(abs(shape.prior - (-log(BeadShape.oneToTwoProbability) + extra * step)) < 1e-12)
    }
    if maxSide >= 3 {
      // A 1-3 bead costs as much as a 2-2 one, and as two merges.
      #expect(abs(Self.prior(shapes, 1, 3)! - Self.prior(shapes, 2, 2)!) < 1e-12)
      #expect(Self.prior(shapes, 1, 3)! > Self.prior(shapes, 1, 2)!)
    }
  }
}
