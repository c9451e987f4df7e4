import ArgumentParser
import HexaplaKit

/// `--langs TAG,TAG,...`: the language of each input file, in order.
struct LanguageListOption: ParsableArguments {
  @Option(
    name: .customLong("langs"),
    help: ArgumentHelp(
      "The BCP 47 tags of the editions, one per file in order, comma-separated (de,fr or zh-Hans,en,ru). Default: from file names like article.zh.txt, else an unambiguous script.",
      valueName: "tags"))
  var tags: String?

  /// Per file, the given language, or nil entries (file name or script) without `--langs`.
  /// - Throws: `ValidationError` for malformed or unknown tags, or a count that does not match.
  func resolve(count: Int) throws -> [LanguageTag?] {
    guard let tags else { return Array(repeating: nil, count: count) }
    let parts = LanguageTag.listItems(tags, keepingEmpty: true)
    guard parts.count == count else {
      throw ValidationError(
        "--langs gives \(parts.count) tags for \(count) editions; give one per file, in order (such as --langs en,fr).")
    }
    let languages = try LanguageTag.arguments(parts, option: "--langs")
    for (k, language) in languages.enumerated() where languages[..<k].contains(language) {
      throw ValidationError("--langs gives '\(language)' twice; each edition needs its own language.")
    }
    return languages
  }
}
