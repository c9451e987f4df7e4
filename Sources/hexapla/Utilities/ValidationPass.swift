/// Whether the commands' `validate()` checks run.
///
/// argument-parser validates a command before it looks for options nobody declared, so
/// `hexapla segment --bogus x` would be told that the language of `x` is unknown.
/// `HexaplaCommand.main` parses a rejected command line once more with the checks skipped:
/// a parse error that this second pass meets (an unknown option, an extra argument) is the
/// one reported. Every `validate()` starts with `guard !ValidationPass.isSkipped`.
enum ValidationPass {
  /// Set only by `withoutChecks`, on the main thread, before any command runs.
  nonisolated(unsafe) private static var skipping = false

  /// Whether the checks are being skipped.
  static var isSkipped: Bool { skipping }

  /// Runs `body` with the `validate()` checks skipped.
  static func withoutChecks<T>(_ body: () throws -> T) rethrows -> T {
    skipping = true
    defer { skipping = false }
    return try body()
  }
}
