/// The sides of a document pair whose sentences count an anchor key as evidence. Most keys
/// count on both; a dictionary link counts only on the side of its phrase, and matches the
/// other side's sentences that hold one of its translations without being counted there.
struct KeySides: OptionSet, Hashable, Sendable {
  let rawValue: UInt8

  static let source = KeySides(rawValue: 1)
  static let target = KeySides(rawValue: 2)
  static let both: KeySides = [.source, .target]
}
