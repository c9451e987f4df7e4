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

  @Flag(
    help:
      "Read article records, one JSON object per line, from standard input (or --input) and write each record's units as JSON lines, flushed per record; a failed record becomes an error record. For Spark's rdd.pipe and Hadoop streaming."
  )
  var records = false

  @Option(
    name: .customLong("input"),
    help: ArgumentHelp("With --records: read the records from this file instead of standard input.", valueName: "path"),
    completion: .file(extensions: ["jsonl"]))
  var recordInput: String?

  @Option(
    help: ArgumentHelp(
      "With --records: a record larger than this many bytes becomes an error record without being read into memory.",
      valueName: "n"))
  var maxRecordBytes: Int = ArticleRecordReader.defaultMaxRecordBytes

  @Option(
    help: ArgumentHelp(
      "With --corpus or --records: articles aligned at once (default: the number of cores).", valueName: "n"))
  var jobs: Int?

  @OptionGroup var creationDate: TMXDateOption

  /// The `--date` given, if any.
  var date: String? { creationDate.date }

  /// The number of articles aligned at once.
  var workers: Int { jobs ?? CorpusRunner.defaultWorkers }

  /// Whether one-language units of content are written.
  var keepsUnpaired: Bool { unpaired == .keep }

  /// Checks the options against the number of edition files given.
  func validate(fileCount: Int) throws {
    _ = try pivotLanguage()
    try creationDate.check()
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more (got \(jobs)).") }
    if maxRecordBytes < 1 { throw ValidationError("--max-record-bytes must be 1 or more (got \(maxRecordBytes)).") }
    if records {
      guard fileCount == 0, corpus == nil else {
        throw ValidationError(
          "--records reads its articles from standard input: give no edition files and no --corpus.")
      }
      if merge || force { throw ValidationError("--merge and --force apply to --corpus only.") }
      return
    }
    if recordInput != nil || maxRecordBytes != ArticleRecordReader.defaultMaxRecordBytes {
      throw ValidationError("--input and --max-record-bytes apply to --records only.")
    }
    if corpus != nil {
      guard fileCount == 0 else { throw ValidationError("Give either --corpus DIR or edition files, not both.") }
    } else if merge || force || jobs != nil {
      throw ValidationError("--merge, --force and --jobs apply to --corpus (and --jobs to --records) only.")
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
