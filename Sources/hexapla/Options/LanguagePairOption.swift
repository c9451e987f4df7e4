import ArgumentParser
import HexaplaKit

/// The languages of a pair of inputs, given with `--langs SRC,TGT` or taken from the file names.
struct LanguagePairOption: ParsableArguments {
  @Option(
    name: .customLong("langs"),
    help: ArgumentHelp(
      "The BCP 47 tags of the two inputs, comma-separated (de,fr or zh-Hans,en). Default: from file names like article.zh.txt.",
      valueName: "src,tgt"))
  var tags: String?

  /// The two tags.
  /// - Throws: `ValidationError` for malformed or unknown tags, or when a file name carries none.
  func resolve(source: String, target: String) throws -> (LanguageTag, LanguageTag) {
    if let tags {
      let parts = tags.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 2 else {
        throw ValidationError("--langs takes two tags separated by a comma, such as --langs de,fr (got '\(tags)').")
      }
      do { return (try LanguageTag(parts[0]), try LanguageTag(parts[1])) } catch {
        throw ValidationError("\(error)")
      }
    }
    guard let s = LanguageTag.fromFileName(source) else {
      throw ValidationError(
        "Cannot tell the language of '\(source)': pass --langs SRC,TGT (such as --langs de,fr) or name the files like article.de.txt."
      )
    }
    guard let t = LanguageTag.fromFileName(target) else {
      throw ValidationError(
        "Cannot tell the language of '\(target)': pass --langs SRC,TGT (such as --langs de,fr) or name the files like article.fr.txt."
      )
    }
    return (s, t)
  }
}
