import ArgumentParser
import HexaplaKit

/// The `hexapla` command: aligns the language editions of a text into TMX translation memory.
@main
struct HexaplaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hexapla",
    abstract: "Align the language editions of a text sentence by sentence into TMX.",
    discussion: """
      Hexapla splits each edition into sentences with ICU and its own rules, pairs
      the sentences by length and shared anchors (numbers, names, URLs, Latin
      words in CJK text), and stores the result as TMX 1.4 translation memory.

      Examples:
        hexapla align Alignments/examples/pud/n01001.{en,zh,ru,fr}.txt -o n01001.tmx
        hexapla inspect n01001.tmx
      """,
    version: "\(HexaplaVersion.current) (ICU \(UnicodeProperties.icuVersion))",
    subcommands: [
      Segment.self, Align.self, Eval.self, Export.self, Extract.self, Records.self, Dict.self, Inspect.self,
      Review.self,
    ]
  )

  /// Runs the command line, removing temporary output files if a signal ends the run.
  ///
  /// A command line that a `validate()` rejects is parsed again without the checks (see
  /// `ValidationPass`), so an unknown option is reported before what it made the checks see.
  static func main() {
    AllocatorTuning.apply()
    TemporaryFileRegistry.removeOnSignals()
    var command: ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      do {
        _ = try ValidationPass.withoutChecks { try parseAsRoot() }
      } catch let parseError {
        exit(withError: parseError)
      }
      exit(withError: error)
    }
    do {
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}
