/// A sentence alignment of two texts: beads that cover every sentence of both sides exactly
/// once, in order.
public struct Alignment: Hashable, Sendable {
  /// The beads in order.
  public var beads: [Bead]

  public init(beads: [Bead]) {
    self.beads = beads
  }

  /// The number of source sentences left without a counterpart (in 1-0 beads).
  public var unpairedSourceCount: Int {
    beads.filter { $0.target.isEmpty }.reduce(0) { $0 + $1.source.count }
  }

  /// The number of target sentences left without a counterpart (in 0-1 beads).
  public var unpairedTargetCount: Int {
    beads.filter { $0.source.isEmpty }.reduce(0) { $0 + $1.target.count }
  }

  /// One line per bead in the gold-file format with the score appended: `[0, 1]:[0]:0.9731`.
  public var beadLines: String {
    beads.map { "\($0.goldNotation):\(TMXUnit.formatScore(min(1, max(0, $0.score))))\n" }.joined()
  }
}
