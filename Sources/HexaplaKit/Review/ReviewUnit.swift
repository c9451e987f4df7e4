/// One unit in `hexapla review`: a TMX unit as read, or as edited by hand.
///
/// An untouched unit is written back byte for byte as it was read; an edited one is written
/// again from `tmx`. `sentences` holds the sentence lists an edit made, per language, so a later
/// edit of the same unit does not depend on segmenting the joined text again.
public struct ReviewUnit: Hashable, Sendable {
  /// The unit's content: for an untouched unit exactly as read.
  public var tmx: TMXUnit
  /// The position in the file of the unit this one comes from (the first, for a merge).
  public var origin: Int
  /// Whether the unit was changed (edited or accepted) in this session.
  public var isEdited: Bool
  /// The sentences per language (`LanguageTag.description`) an edit left, when known.
  public var sentences: [String: [String]]

  public init(tmx: TMXUnit, origin: Int, isEdited: Bool = false, sentences: [String: [String]] = [:]) {
    self.tmx = tmx
    self.origin = origin
    self.isEdited = isEdited
    self.sentences = sentences
  }

  /// The prop type that marks a unit a person has checked: its value is the date of the review.
  public static let reviewedProperty = "x-reviewed"

  /// Whether the unit has been reviewed, in this session or an earlier one (`x-reviewed`).
  public var isReviewed: Bool { tmx.prop(Self.reviewedProperty) != nil }

  /// The languages the unit has text in, in its own order.
  public var languages: [LanguageTag] {
    tmx.variants.compactMap { $0.segment.trimmingWhitespace().isEmpty ? nil : $0.language }
  }

  /// The edition sentence indices of `language` from `x-sentences-LANG`, if recorded.
  public func sentenceIndices(in language: LanguageTag) -> [Int]? {
    guard let value = tmx.prop(TMXUnit.PropertyType.sentencesPrefix + language.description) else { return nil }
    let indices = value.split(separator: ",").compactMap { Int(String($0).trimmingWhitespace()) }
    return indices.isEmpty ? nil : indices
  }
}
