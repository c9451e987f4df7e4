import ArgumentParser
import HexaplaKit

/// Options of `align` for article editions and corpora: the pivot, boilerplate and unpaired
/// sentences, corpus runs and the TMX date.
struct EditionOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The edition every other edition is aligned to (a language tag). Default: the first (English in a corpus).",
      valueName: "tag"))
  var pivot: String?

  @Option(
    help: ArgumentHelp(
      "Boilerplate lines (language bars, credits, share prompts, datelines, copyright): 'drop' (default) or 'keep' as one-language units with an x-boilerplate prop.",
      valueName: "mode"))
  var boilerplate: BoilerplateHandling = .drop

  @Option(
    help: ArgumentHelp(
      "Sentences no other edition has: 'drop' (default) leaves them out, 'keep' writes each as a one-language unit.",
      valueName: "mode"))
  var unpaired: UnpairedArgument = .drop

  @Option(
    help: ArgumentHelp(
      "Align every article of a directory: files ID.LANG.txt or ID.LANG.html (or ID/LANG.txt); one output per article in the output directory.",
      valueName: "dir"),
    completion: .directory)
  var corpus: String?

  @Flag(help: "With --corpus: write one output with every article instead of one per article.")
  var merge = false

  @Flag(help: "With --corpus: realign articles whose output is newer than their editions.")
  var force = false

  @OptionGroup var creationDate: TMXDateOption

  /// The `--date` given, if any.
  var date: String? { creationDate.date }

  /// Whether one-language units of content are written.
  var keepsUnpaired: Bool { unpaired == .keep }

  /// Checks the options against the number of edition files given.
  func validate(fileCount: Int) throws {
    _ = try pivotLanguage()
    try creationDate.check()
    if corpus != nil {
      guard fileCount == 0 else { throw ValidationError("Give either --corpus DIR or edition files, not both.") }
    } else if merge || force {
      throw ValidationError("--merge and --force apply to --corpus only.")
    }
  }

  /// The pivot language, if given.
  func pivotLanguage() throws -> LanguageTag? {
    try pivot.map { try LanguageTag.argument($0, option: "--pivot") }
  }
}

/// `--unpaired drop|keep`.
enum UnpairedArgument: String, CaseIterable, ExpressibleByArgument {
  case drop, keep
}

extension BoilerplateHandling: ExpressibleByArgument {}

extension AlignmentWriter.Format: ExpressibleByArgument {}
