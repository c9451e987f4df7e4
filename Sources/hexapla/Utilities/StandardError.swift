import Foundation

/// Warnings and notes for the user, one line each on standard error.
final class StandardError: @unchecked Sendable {
  /// Warnings printed so far.
  private(set) var warningCount = 0
  /// At most this many warnings are printed; the rest are counted.
  let limit: Int

  init(limit: Int = 100) { self.limit = limit }

  /// Prints `message` prefixed with `warning: ` unless it already says so.
  func warn(_ message: String) {
    warningCount += 1
    if warningCount <= limit {
      print(message.contains("warning: ") ? message : "warning: \(message)")
    } else if warningCount == limit + 1 {
      print("warning: more warnings follow; only the first \(limit) are shown")
    }
  }

  /// Prints an informational line.
  func note(_ message: String) { print(message) }

  private func print(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
