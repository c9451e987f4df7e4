import ArgumentParser
import Foundation
import HexaplaKit

/// `--dictionary PATH` (repeatable) and `--dictionary-langs SRC,TGT`: bilingual dictionaries as
/// lexical evidence, in any format Hexapla reads, merged and oriented to the texts' languages.
struct DictionaryOptions: ParsableArguments {
  /// The endings of the dictionary files Hexapla reads, for shell completion (CC-CEDICT's
  /// `.u8`/`.txt`, dictd's `.index` and `.dict.dz`, TSV, hunalign's `.dic`, `.hxdict`).
  static let fileExtensions = ["u8", "txt", "index", "dz", "dict", "tsv", "dic", "hxdict"]

  @Option(
    name: .customLong("dictionary"),
    help: ArgumentHelp(
      "A bilingual dictionary: CC-CEDICT text, dictd (.index with .dict.dz or .dict), hunalign .dic, two-column TSV or .hxdict. Repeatable.",
      valueName: "path"),
    completion: .file(extensions: fileExtensions))
  var paths: [String] = []

  @Option(
    name: .customLong("dictionary-langs"),
    help: ArgumentHelp(
      "Source and target language of dictionaries that do not name them (TSV, .dic), such as de,fr. Default: from a file name like terms.de-fr.tsv.",
      valueName: "src,tgt"))
  var languages: String?

  func validate() throws {
    guard !ValidationPass.isSkipped else { return }
    _ = try hint()
    for path in paths where !FileManager.default.fileExists(atPath: path) {
      throw ValidationError("Cannot read dictionary '\(path)': no such file.")
    }
  }

  /// The `--dictionary-langs` pair, if given.
  /// - Throws: `ValidationError` for a malformed pair or tag.
  func hint() throws -> (LanguageTag, LanguageTag)? {
    guard let languages else { return nil }
    return try Self.parsePair(languages, option: "--dictionary-langs")
  }

  /// Parses `SRC,TGT`.
  /// - Throws: `ValidationError`.
  static func parsePair(_ text: String, option: String) throws -> (LanguageTag, LanguageTag) {
    let parts = LanguageTag.listItems(text)
    guard parts.count == 2 else {
      throw ValidationError("\(option) takes two language tags separated by a comma, such as de,fr.")
    }
    let tags = try LanguageTag.arguments(parts, option: option)
    return (tags[0], tags[1])
  }

  /// Reads every `--dictionary` file, printing a warning for skipped malformed lines.
  /// - Throws: `HexaplaError` from the loader.
  func loadFiles() throws -> [DictionaryFile] {
    let hint = try hint()
    return try paths.map { path in
      let file = try DictionaryLoader.load(path: path, hint: hint)
      Self.warnAboutSkippedLines(file)
      return file
    }
  }

  /// The merged dictionary from `source` to `target`, or nil when no `--dictionary` was given.
  /// - Throws: `HexaplaError` from the loader, or `.dictionaryLanguageMismatch`.
  func load(source: LanguageTag, target: LanguageTag) throws -> BilingualDictionary? {
    guard !paths.isEmpty else { return nil }
    return try BilingualDictionary(merging: loadFiles(), source: source, target: target)
  }

  /// Prints `warning: PATH: skipped N malformed lines (first: line L: ...)` to standard error.
  static func warnAboutSkippedLines(_ file: DictionaryFile) {
    guard file.skippedCount > 0, let first = file.skippedExamples.first else { return }
    let plural = file.skippedCount == 1 ? "line" : "lines"
    FileHandle.standardError.write(
      Data(
        "warning: \(file.path): skipped \(file.skippedCount) malformed \(plural) (first: line \(first.line): \(first.message))\n"
          .utf8))
  }
}
