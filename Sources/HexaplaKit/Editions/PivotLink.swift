/// One bead of a pairwise alignment between the pivot edition and another edition: the
/// sentences of each side it pairs (either side may be empty), its score and anchors.
public struct PivotLink: Hashable, Sendable {
  /// Pivot sentence indices; empty (positioned where it falls) when the other side is unpaired.
  public var pivot: Range<Int>
  /// Other-edition sentence indices; empty when the pivot side is unpaired.
  public var other: Range<Int>
  /// Confidence in [0, 1].
  public var score: Double
  /// Anchors both sides share.
  public var anchors: [String]

  public init(pivot: Range<Int>, other: Range<Int>, score: Double, anchors: [String] = []) {
    self.pivot = pivot
    self.other = other
    self.score = score
    self.anchors = anchors
  }
}
