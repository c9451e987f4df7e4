import ArgumentParser
import HexaplaKit

/// The language of a single input, given with `--lang` or taken from the file name.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "The BCP 47 language tag of the input (en, zh-Hans, pt-BR). Default: from a file name like article.de.txt.",
      valueName: "tag"))
  var tag: String?

  /// The parsed tag, or the one a file name carries.
  /// - Throws: `ValidationError` for a malformed or unknown tag, or when neither is given.
  func resolve(for path: String) throws -> LanguageTag {
    try Self.resolve(tag, for: path)
  }

  /// `tag` parsed, or the language a file name carries.
  /// - Throws: as `resolve(for:)`.
  static func resolve(_ tag: String?, for path: String) throws -> LanguageTag {
    if let tag { return try LanguageTag.argument(tag) }
    if let fromName = LanguageTag.fromFileName(path) { return fromName }
    throw ValidationError(
      "Cannot tell the language of '\(path)': pass --lang TAG (such as --lang de) or name the file like article.de.txt."
    )
  }
}
