import ArgumentParser
import HexaplaKit

/// Options of `align` for article editions: several inputs, HTML pages and corpora.
struct EditionOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The edition every other edition is aligned to (a language tag). Default: the first.",
      valueName: "tag"))
  var pivot: String?

  @Option(
    help: ArgumentHelp(
      "Boilerplate lines (language menus, share prompts, bylines, datelines, copyright): 'drop' or 'keep' as units of their own. Default: drop for HTML, keep for text.",
      valueName: "mode"))
  var boilerplate: BoilerplateArgument?

  @Option(
    help: ArgumentHelp(
      "Align every article of a directory: files ID.LANG.txt or ID.LANG.html (or ID/LANG.txt); one TMX per article in the output directory.",
      valueName: "dir"))
  var corpus: String?

  @Flag(help: "With --corpus: write one TMX (or TSV) with every article instead of one per article.")
  var merge = false

  @Flag(help: "With --corpus: realign articles whose output is newer than their editions.")
  var force = false

  @Option(
    help: ArgumentHelp(
      "TMX creation date: YYYYMMDDThhmmssZ, YYYY-MM-DDThh:mm:ssZ or @SECONDS (default: SOURCE_DATE_EPOCH, else now).",
      valueName: "date"))
  var date: String?

  /// Whether these options ask for the editions path of `align`.
  /// Whether an option given applies only to the editions path (several editions, HTML,
  /// corpora), so two plain texts take it too.
  var choosesEditionsPath: Bool { pivot != nil || boilerplate != nil || corpus != nil || merge || force }

  /// The pivot language, if given.
  func pivotLanguage() throws -> LanguageTag? {
    guard let pivot else { return nil }
    do { return try LanguageTag(pivot) } catch { throw ValidationError("--pivot: \(error)") }
  }
}
