import ArgumentParser
import HexaplaKit

/// Language tags as the options give them: one tag (`--lang de`, `--pivot en`) or a
/// comma-separated list (`--langs de,fr`, `--dictionary-langs de,fr`). Every option parses
/// them here, so a bad tag reads the same everywhere.
///
/// The options keep the text and parse it in `validate()`, not through `ExpressibleByArgument`:
/// argument-parser reports a failed `init?(argument:)` as "The value 'deu' is invalid for
/// '--lang <tag>'", without the reason and suggestion `LanguageTag` gives ("did you mean 'de'?").
extension LanguageTag {
  /// Parses one tag given on the command line.
  /// - Parameter option: the option to name before the reason (`--pivot: invalid language tag
  ///   'zz': …`), or nil when the message about the tag is enough.
  /// - Throws: `ValidationError` for a malformed or unknown tag.
  static func argument(_ text: String, option: String? = nil) throws -> LanguageTag {
    do {
      return try LanguageTag(text)
    } catch {
      throw ValidationError(option.map { "\($0): \(error)" } ?? "\(error)")
    }
  }

  /// Parses every tag of `items` (see `listItems(_:keepingEmpty:)`), in order.
  /// - Throws: `ValidationError` naming `option`, for the first malformed or unknown tag.
  static func arguments(_ items: [String], option: String) throws -> [LanguageTag] {
    try items.map { try argument($0, option: option) }
  }

  /// The items of a comma-separated list, as written (`de,fr` → `de`, `fr`).
  /// - Parameter keepingEmpty: whether an empty item (`de,,fr`) is kept, so that parsing it
  ///   reports an empty tag, rather than left out.
  static func listItems(_ text: String, keepingEmpty: Bool = false) -> [String] {
    text.split(separator: ",", omittingEmptySubsequences: !keepingEmpty).map(String.init)
  }
}
