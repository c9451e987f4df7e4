/// A count and its noun in the right number: `1 unit`, `2 units`, `0 units`.
public enum CountPhrase {
  /// `count` followed by `singular`, or by `plural` (default: `singular` + "s") unless it is 1.
  public static func of(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
  }
}
