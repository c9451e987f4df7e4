/// A change a reviewer makes to the units (`ReviewEditor.apply`). Units are 0-based positions.
public enum ReviewEdit: Hashable, Sendable {
  /// Joins a unit with the next one, language by language.
  case merge(unit: Int)
  /// Cuts a unit in two: for each language, how many of its sentences go to the first part (a
  /// language not listed stays whole in the first part).
  case split(unit: Int, firstPart: [LanguageTag: Int])
  /// Moves the first sentence of a language to the end of the unit before.
  case moveFirstUp(unit: Int, language: LanguageTag)
  /// Moves the last sentence of a language to the start of the unit after.
  case moveLastDown(unit: Int, language: LanguageTag)
  /// Makes each language of a unit a one-language unit of its own.
  case unpair(unit: Int)
  /// Marks a unit as checked, without changing it.
  case accept(unit: Int)

  /// The unit the edit starts from.
  public var unit: Int {
    switch self {
    case .merge(let unit), .split(let unit, _), .moveFirstUp(let unit, _), .moveLastDown(let unit, _),
      .unpair(let unit), .accept(let unit):
      return unit
    }
  }
}
