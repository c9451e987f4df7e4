import Foundation

/// A bead type the search may use (`a` source and `b` target sentences) and its prior cost.
struct BeadShape: Hashable, Sendable {
  /// Source sentences.
  var a: Int
  /// Target sentences.
  var b: Int
  /// -log of the prior probability of the type, in nats.
  var prior: Double

  /// How much less likely a bead becomes with each sentence beyond a 1-2 bead's three: every
  /// extra sentence is one more merge, so a bead of n ≥ 3 sentences has prior
  /// P(1-2) · m^(n - 3) (2-2 and 1-3: 0.005, 2-3 and 1-4: 0.0005). On the dev sets m = 0.1 and
  /// 0.2 both helped (strict F1, with the skip length cost) and 0.06 hurt textberg-dev with its
  /// dictionary by 0.005; 0.1 is the round value inside that range.
  static let mergeProbability = 0.1
  /// The prior probability of a 1-2 or 2-1 bead (Gale and Church's 0.089, split between the two).
  static let oneToTwoProbability = 0.05

  /// The bead types up to `maxSide` sentences on a side: 1-1, 1-0, 0-1, and the merges
  /// 1-n, n-1, 2-2, 2-3, 3-2, with priors that fall geometrically with the size of the bead.
  static func all(maxSide: Int, skipCost: Double) -> [BeadShape] {
    var shapes: [BeadShape] = [
      BeadShape(a: 1, b: 1, prior: -log(0.85)),
      BeadShape(a: 1, b: 0, prior: skipCost),
      BeadShape(a: 0, b: 1, prior: skipCost),
    ]
    guard maxSide >= 2 else { return shapes }
    for a in 1...maxSide {
      for b in 1...maxSide where a + b > 2 {
        let small = min(a, b)
        let large = max(a, b)
        guard small == 1 || (small == 2 && large <= 3) else { continue }
        let probability = oneToTwoProbability * pow(mergeProbability, Double(a + b - 3))
        shapes.append(BeadShape(a: a, b: b, prior: -log(probability)))
      }
    }
    return shapes
  }
}
