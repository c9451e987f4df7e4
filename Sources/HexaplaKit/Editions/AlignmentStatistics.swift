/// Counts that summarise the units of an alignment.
public struct AlignmentStatistics: Hashable, Sendable {
  /// Units in total.
  public var units = 0
  /// Sentences in units where no other edition has text.
  public var unpairedSentences = 0
  /// Units with two or more languages whose score is below `lowConfidence`.
  public var lowConfidenceUnits = 0

  /// The score below which a unit counts as low-confidence.
  public static let lowConfidence = 0.5

  public init() {}

  /// The statistics of `units`.
  public init(_ units: [AlignedUnit]) {
    self.units = units.count
    for unit in units {
      let filled = unit.variants.filter { !$0.sentences.isEmpty }
      if filled.count <= 1 {
        unpairedSentences += filled.reduce(0) { $0 + $1.sentences.count }
      } else if unit.score < Self.lowConfidence {
        lowConfidenceUnits += 1
      }
    }
  }

  /// Adds another article's counts.
  public static func += (lhs: inout AlignmentStatistics, rhs: AlignmentStatistics) {
    lhs.units += rhs.units
    lhs.unpairedSentences += rhs.unpairedSentences
    lhs.lowConfidenceUnits += rhs.lowConfidenceUnits
  }
}
