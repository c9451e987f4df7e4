/// What happens to boilerplate lines found in an edition.
public enum BoilerplateHandling: String, Sendable, CaseIterable {
  /// Left out of the text (the default for HTML pages).
  case drop
  /// Kept, each as a unit of its own with no counterpart (the default for plain text).
  case keepUnpaired = "keep"
}
