/// One step of an alignment: consecutive sentences of the source paired with consecutive
/// sentences of the target (either side may be empty).
public struct Bead: Hashable, Sendable {
  /// The source sentence indices; empty (positioned where it falls) for a 0-1 bead.
  public var source: Range<Int>
  /// The target sentence indices; empty (positioned where it falls) for a 1-0 bead.
  public var target: Range<Int>
  /// Confidence in [0, 1]: the model's posterior probability that this bead is right.
  public var score: Double
  /// The anchors both sides share, in display form (source side's spelling).
  public var anchors: [String]

  public init(source: Range<Int>, target: Range<Int>, score: Double, anchors: [String] = []) {
    self.source = source
    self.target = target
    self.score = score
    self.anchors = anchors
  }

  /// The bead type, sentence counts joined by `-` (`1-1`, `2-1`, `0-1`).
  public var typeName: String { "\(source.count)-\(target.count)" }

  /// The bead in the gold-file format, `[i, j]:[k]` (0-based, `[]` for an empty side).
  public var goldNotation: String {
    "[\(source.map(String.init).joined(separator: ", "))]:[\(target.map(String.init).joined(separator: ", "))]"
  }
}
