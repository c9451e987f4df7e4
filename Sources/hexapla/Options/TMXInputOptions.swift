import ArgumentParser
import HexaplaKit

/// How TMX and JSON-lines inputs are read: the bound on one segment.
struct TMXInputOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The longest segment, note, prop or attribute value read from a TMX file, in bytes; a JSON line may be 8 times this.",
      valueName: "n"))
  var maxSegmentBytes: Int = TMXReader.defaultMaxSegmentBytes

  /// Checks the value (the commands call this from `validate()`).
  func check() throws {
    guard maxSegmentBytes >= 1024 else {
      throw ValidationError("--max-segment-bytes must be at least 1024.")
    }
  }
}
