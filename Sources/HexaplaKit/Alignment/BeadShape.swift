import Foundation

/// A bead type the search may use (`a` source and `b` target sentences) and its prior cost.
struct BeadShape: Hashable, Sendable {
  /// Source sentences.
  var a: Int
  /// Target sentences.
  var b: Int
  /// -log of the prior probability of the type, in nats.
  var prior: Double

  /// The bead types up to `maxSide` sentences on a side: 1-1, 1-0, 0-1, and the merges
  /// 1-n, n-1, 2-2, 2-3, 3-2, with priors that fall with the size of the bead.
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
        // 1-2: 0.05, 2-2 and 1-3: 0.01, 2-3 and 1-4: 0.003, then a factor 0.3 per sentence.
        let probability: Double
        switch (small, large) {
        case (1, 2): probability = 0.05
        case (2, 2), (1, 3): probability = 0.01
        default: probability = 0.003 * pow(0.3, Double(a + b - 5))
        }
        shapes.append(BeadShape(a: a, b: b, prior: -log(probability)))
      }
    }
    return shapes
  }

  /// The cost of a 1-0 or 0-1 bead re-estimated from a path with `skips` of them among
  /// `beads`: half their rate (additions and omissions alike), with `priorWeight` beads at the
  /// prior rate e^-`prior` per side added, and never dearer than `prior` (a pair may show more
  /// sentences without counterpart than the prior expects, not fewer than it allows).
  static func skipCost(skips: Int, beads: Int, prior: Double, priorWeight: Double) -> Double {
    let rate = (Double(skips) / 2 + priorWeight * exp(-prior)) / (Double(beads) + priorWeight)
    return min(prior, -log(rate))
  }
}
