/// Thresholds that pick out a file's least confident units.
public enum ScoreThreshold {
  /// The threshold below which a unit belongs to the weakest `fraction` of `scores`: the
  /// score at rank ⌈fraction·n⌉ (nearest rank), nudged up so that `score < threshold` holds
  /// for it. Units tied with it are included, so slightly more than `fraction` may be flagged.
  /// Returns nil when there are no scores.
  /// - Complexity: O(n log n).
  public static func weakest(_ fraction: Double, of scores: [Double]) -> Double? {
    guard !scores.isEmpty else { return nil }
    let sorted = scores.sorted()
    let rank = min(sorted.count, max(1, Int((fraction * Double(sorted.count)).rounded(.up))))
    return sorted[rank - 1].nextUp
  }
}
