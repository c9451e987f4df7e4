/// How much the lengths of the two texts' translations vary, estimated from the texts.
extension AlignmentFeatures {
  /// How many confident beads the prior value is worth: a document of a few dozen sentences
  /// moves the estimate about halfway, a book sets it.
  static let lengthVariancePriorWeight = 20.0
  /// The median of a chi-square variable with one degree of freedom: the median of the squared
  /// standard normal deviations that a bead's length deviation over the variance follows.
  static let chiSquareMedian = 0.4549

  /// Estimates the length variance per character from confident 1-1 beads (source, target
  /// sentence index) and keeps it in `lengthVariance`: the median of their deviations
  /// (`BeadCostModel.lengthDeviation`, robust to the few wrong beads among them) over the
  /// chi-square median, pulled towards `prior` with the weight of `lengthVariancePriorWeight`
  /// beads and kept within a quarter and twice the prior. Fewer than 10 beads keep the prior.
  /// - Complexity: O(*m* log *m*) for *m* beads.
  mutating func estimateLengthVariance(from pairs: [(Int, Int)], model: BeadCostModel, prior: Double) {
    guard pairs.count >= 10 else { return }
    let deviations = pairs.map { model.lengthDeviation($0.0, 1, $0.1, 1) }.sorted()
    let observed = deviations[deviations.count / 2] / Self.chiSquareMedian
    let count = Double(deviations.count)
    let weight = Self.lengthVariancePriorWeight
    let estimate = (count * observed + weight * prior) / (count + weight)
    lengthVariance = min(2 * prior, max(prior / 4, estimate))
  }
}
