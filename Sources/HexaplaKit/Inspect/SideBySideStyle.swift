/// How `SideBySideRenderer` decorates its output.
public struct SideBySideStyle: Hashable, Sendable {
  /// Whether to use ANSI colours (only for a terminal or `--color always`).
  public var colors: Bool
  /// Whether to wrap each right-to-left cell line in FSI…PDI (U+2068, U+2069), so a terminal
  /// that applies the bidi algorithm to whole lines cannot reorder the columns. Meant for a
  /// terminal only: pipes and files get the plain logical order.
  public var isolatesRightToLeft: Bool
  /// Whether to show the bead-type and score columns (off for files that record neither).
  public var showsEvidence: Bool

  public init(colors: Bool = false, isolatesRightToLeft: Bool = false, showsEvidence: Bool = true) {
    self.colors = colors
    self.isolatesRightToLeft = isolatesRightToLeft
    self.showsEvidence = showsEvidence
  }

  /// Plain text with bead types and scores: what pipes and golden tests get.
  public static let plain = SideBySideStyle()
}
