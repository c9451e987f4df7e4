import Foundation
import Testing

/// `--help` of every command, compared with the golden text in `Fixtures/help/` (as
/// argument-parser's own example tests compare help), so any change to a command's options,
/// wording or layout shows up in review.
///
/// After an intended change, regenerate the files and review the diff:
///
///     HEXAPLA_UPDATE_GOLDEN=1 swift test --skip-build --filter HelpGoldenTests
@Suite("--help golden text")
struct HelpGoldenTests {
  static let directory = HexaplaProcess.fixtures.appendingPathComponent("help")

  /// The commands, and the file of each one's help.
  static let commands: [([String], String)] = [
    ([], "hexapla"), (["segment"], "segment"), (["align"], "align"), (["eval"], "eval"),
    (["export"], "export"), (["extract"], "extract"), (["records"], "records"), (["dict"], "dict"),
    (["dict", "info"], "dict-info"),
    (["dict", "build"], "dict-build"), (["inspect"], "inspect"), (["review"], "review"),
  ]

  @Test("help is the golden text", arguments: commands)
  func help(command: [String], name: String) throws {
    // A fixed width: argument-parser wraps help to $COLUMNS, else the terminal, else 80.
    let result = try HexaplaProcess.run(command + ["--help"], environment: ["COLUMNS": "80"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let file = Self.directory.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["HEXAPLA_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
      try Data(result.stdout.utf8).write(to: file)
      return
    }
    let golden = try String(contentsOf: file, encoding: .utf8)
    #expect(result.stdout == golden, "hexapla \(command.joined(separator: " ")) --help changed; see HelpGoldenTests")
  }

  @Test("every subcommand has a golden help file, and no file is left over")
  func complete() throws {
    let root = try HexaplaProcess.run(["--help"], environment: ["COLUMNS": "80"])
    // Lines like "  segment                 Split a text into sentences."
    let subcommands = (root.stdout.components(separatedBy: "SUBCOMMANDS:\n").last ?? "").split(separator: "\n")
      .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && $0.contains("     ") }
      .compactMap { $0.split(separator: " ").first.map(String.init) }
    #expect(subcommands == ["segment", "align", "eval", "export", "extract", "records", "dict", "inspect", "review"])
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    #expect(files == Self.commands.map { "\($0.1).txt" }.sorted())
  }

  @Test("shell completion offers files by their endings")
  func completion() throws {
    let bash = try HexaplaProcess.run(["--generate-completion-script", "bash"])
    #expect(bash.status == 0)
    for endings in ["tmx|jsonl", "tmx", "html", "hxdict", "u8|txt|index|dz|dict|tsv|dic|hxdict", "html|htm|txt"] {
      #expect(bash.stdout.contains("-fX '!*.@(\(endings))'"), "\(endings)")
    }
  }
}
