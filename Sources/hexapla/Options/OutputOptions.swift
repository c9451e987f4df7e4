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

  /// Refuses an `-o` that names one of the inputs, which the run would replace.
  /// - Throws: `ValidationError` naming the file.
  func refuseOverwriting(inputs: [String]) throws {
    guard let output, let input = AtomicFileWriter.wouldReplace(output, anyOf: inputs) else { return }
    throw ValidationError(
      "-o \(output) is the input file \(input): the run would replace it; write the output elsewhere.")
  }

  /// Opens the output: standard output when no path (or `-`) was given.
  func openSink() throws -> TextSink {
    guard let output, output != "-" else { return StandardOutputWriter() }
    return try AtomicFileWriter(path: output)
  }
}
