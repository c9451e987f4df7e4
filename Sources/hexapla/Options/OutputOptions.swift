import ArgumentParser
import HexaplaKit

/// Where a command writes its result.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp(
      "Write to this file instead of standard output (written to a temporary file, then renamed into place).",
      valueName: "path"),
    completion: .file())
  var output: String?

  /// Opens the output: standard output when no path (or `-`) was given.
  func openSink() throws -> TextSink {
    guard let output, output != "-" else { return StandardOutputWriter() }
    return try AtomicFileWriter(path: output)
  }
}
